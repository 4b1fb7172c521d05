import { adaptiveCard, text } from '../../cards/adaptive-card';
import type { ConversationRef, ConversationRefsPort } from '../../conversations/conversation-refs';
import type { SendResult } from '../message-sender';
import type { AppInstallerPort, InstallOutcome, OutgoingMail, ReachablePerson } from './reach-ports';
import { ReachingSender } from './reaching-sender';

const ann: ReachablePerson = {
  personId: 'p-ann',
  displayName: 'Ann Lee',
  email: 'ann@school.example',
  tenantId: 'kcc',
  aadObjectId: 'aad-ann',
};

/** A sender over fakes: stored chats, a Teams poster answering `teamsAnswer`, an installer and a mail outbox. */
function senderWith(options: { chats?: ConversationRef[]; teamsAnswer?: SendResult; install?: () => InstallOutcome }) {
  const chats = [...(options.chats ?? [])];
  const posted: string[] = [];
  const mails: OutgoingMail[] = [];
  const refs: ConversationRefsPort = {
    save: async (ref) => void chats.push(ref),
    find: async (id) => chats.find((c) => c.conversationId === id),
    personalConversationOf: async (personId) => chats.find((c) => c.personId === personId),
    serviceUrlOfTenant: async () => undefined,
    personalConversationsOf: async () => new Map(),
  };
  const installer: AppInstallerPort | undefined = options.install && {
    canInstallFor: (p) => p.tenantId === 'kcc',
    install: async () => (options.install as () => InstallOutcome)(),
  };
  const sender = new ReachingSender({
    teams: {
      post: async (ref) => {
        posted.push(ref.conversationId);
        return options.teamsAnswer ?? { status: 'sent', channel: 'teams' };
      },
    },
    refs,
    cards: { note: (payload) => adaptiveCard([text(`Note: ${payload.what}`)]) },
    recipients: { find: async (id) => (id === ann.personId ? ann : undefined) },
    installer,
    mailer: {
      send: async (mail) => {
        mails.push(mail);
        return { status: 'sent' };
      },
    },
    botAppId: 'bot',
    defaultServiceUrl: 'https://smba.example/teams/',
    appUrl: 'https://cos.example',
  });
  return { sender, posted, mails, chats };
}

const toAnn = (attempts = 1) => ({
  kind: 'note',
  payload: { what: '<b>hello</b>' },
  conversationId: null,
  personId: ann.personId,
  attempts,
});

describe('reaching a person', () => {
  it('uses their chat with the bot when they have one', async () => {
    const chat = { conversationId: 'a:ann', conversationType: 'personal', personId: ann.personId, reference: {} };
    const { sender, posted, mails } = senderWith({ chats: [chat] });
    expect(await sender.send(toAnn())).toEqual({ status: 'sent', channel: 'teams' });
    expect(posted).toEqual(['a:ann']);
    expect(mails).toEqual([]);
  });

  it('emails them when their chat is gone (the app removed or the bot blocked)', async () => {
    const chat = { conversationId: 'a:ann', conversationType: 'personal', personId: ann.personId, reference: {} };
    const { sender, mails } = senderWith({ chats: [chat], teamsAnswer: { status: 'gone', reason: '403: blocked' } });
    expect(await sender.send(toAnn())).toEqual({ status: 'sent', channel: 'email' });
    expect(mails.map((m) => [m.to.email, m.subject])).toEqual([['ann@school.example', 'Note: <b>hello</b>']]);
    expect(mails[0]?.html).toContain('Note: &lt;b&gt;hello&lt;/b&gt;');
  });

  it('installs the app and remembers the chat it opened, so the next notification goes straight there', async () => {
    let installs = 0;
    const install = (): InstallOutcome => {
      installs++;
      return { status: 'chat', chatId: 'a:new' };
    };
    const { sender, posted, chats } = senderWith({ install });
    expect(await sender.send(toAnn())).toEqual({ status: 'sent', channel: 'teams-installed' });
    expect(await sender.send(toAnn())).toEqual({ status: 'sent', channel: 'teams' });
    expect(installs).toBe(1);
    expect(posted).toEqual(['a:new', 'a:new']);
    expect(chats[0]?.reference).toMatchObject({ serviceUrl: 'https://smba.example/teams/', bot: { id: '28:bot' } });
  });

  it('waits for a chat an installation has not opened yet, then emails after three tries', async () => {
    const { sender, mails } = senderWith({ install: () => ({ status: 'pending', reason: 'not yet' }) });
    expect(await sender.send(toAnn(1))).toMatchObject({ status: 'retry', reason: 'not yet' });
    expect(await sender.send(toAnn(2))).toMatchObject({ status: 'retry' });
    expect(await sender.send(toAnn(3))).toEqual({ status: 'sent', channel: 'email' });
    expect(mails).toHaveLength(1);
  });

  it('gives up on a conversation that is gone when no person is named, and on someone unknown', async () => {
    const { sender } = senderWith({});
    const toChannel = { kind: 'note', payload: {}, conversationId: '19:gone', personId: null };
    expect(await sender.send(toChannel)).toMatchObject({ status: 'gone' });
    expect(await sender.send({ ...toAnn(), personId: 'p-nobody' })).toMatchObject({ status: 'gone' });
  });
});
