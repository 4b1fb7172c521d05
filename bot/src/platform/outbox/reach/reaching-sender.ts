import { cardAsEmail } from '../../cards/card-as-email';
import type { ConversationRef, ConversationRefsPort } from '../../conversations/conversation-refs';
import type { MessageSender, SendResult } from '../message-sender';
import type { NotificationCard } from '../notification-cards';
import type { AddressedMessage } from '../outbox-store';
import type { ProactiveSender } from '../proactive-sender';
import type { AppInstallerPort, MailerPort, ReachablePerson, RecipientsPort } from './reach-ports';

/** How long to wait for Teams to open the bot's chat with someone the app was just installed for. */
const INSTALL_SETTLE_MS = 5000;

/** After this many tries with no chat opened by an installation, the person is emailed instead. */
const INSTALL_TRIES = 3;

/** The ways a notification can reach a person, and what an email needs. */
export interface ReachParts {
  teams: Pick<ProactiveSender, 'post'>;
  refs: ConversationRefsPort;
  cards: Record<string, NotificationCard>;
  /** Who a person is; without it, a person is reached only through a chat they already have with the bot. */
  recipients?: RecipientsPort;
  /** Installs the app for people in the app's own tenant (Graph); absent without Graph. */
  installer?: AppInstallerPort;
  /** Sends the email to everyone else (Graph `sendMail`, or a local folder). */
  mailer?: MailerPort;
  /** The bot's app id, for the conversation reference of a chat the app was installed into. */
  botAppId: string;
  /** The Bot Framework's address for a tenant none of whose chats is stored yet. */
  defaultServiceUrl: string;
  /** Where the email's "Open Communities of Schools" link leads. */
  appUrl: string;
}

/**
 * Delivers a notification by the first way that reaches its person: the conversation it names, else their chat with
 * the bot (even one opened since it was queued), else a chat the app is installed into for them (people in the app's
 * own tenant), else email. A chat that is gone (the app removed, the bot blocked) falls through to the next way.
 */
export class ReachingSender implements MessageSender {
  constructor(private readonly parts: ReachParts) {}

  async tenantOf(message: AddressedMessage): Promise<string> {
    const ref = await this.chatOf(message);
    const conversation = ref?.reference.conversation as { tenantId?: string } | undefined;
    return conversation?.tenantId ?? (ref ? 'unknown' : 'outside-teams');
  }

  async send(message: AddressedMessage): Promise<SendResult> {
    const ref = await this.chatOf(message);
    if (ref) {
      const sent = await this.parts.teams.post(ref, message.kind, message.payload);
      if (sent.status !== 'gone' || !message.personId || message.conversationId) return sent;
    } else if (!message.personId) {
      return { status: 'gone', reason: 'No stored conversation: the app was never installed there.' };
    }
    return this.reachOutsideChats(message.personId, message.kind, message.payload, message.attempts ?? 1);
  }

  private async chatOf(message: AddressedMessage): Promise<ConversationRef | undefined> {
    if (message.conversationId) return this.parts.refs.find(message.conversationId);
    if (message.personId) return this.parts.refs.personalConversationOf(message.personId);
    return undefined;
  }

  private async reachOutsideChats(
    personId: string,
    kind: string,
    payload: Record<string, unknown>,
    attempt: number,
  ): Promise<SendResult> {
    const person = await this.parts.recipients?.find(personId);
    if (!person) return { status: 'gone', reason: 'No chat with the bot, and no way to reach them outside Teams.' };
    const { installer } = this.parts;
    if (installer?.canInstallFor(person)) {
      const installed = await installer.install(person);
      if (installed.status === 'pending' && attempt < INSTALL_TRIES) {
        return { status: 'retry', afterMs: INSTALL_SETTLE_MS, reason: installed.reason };
      }
      if (installed.status === 'chat') {
        const ref = await this.rememberChat(person, installed.chatId);
        const sent = await this.parts.teams.post(ref, kind, payload);
        if (sent.status === 'sent') return { status: 'sent', channel: 'teams-installed' };
        if (sent.status === 'retry') return sent;
      }
    }
    return this.email(person, kind, payload);
  }

  /** Stores the chat the app was installed into, so later notifications go straight there. */
  private async rememberChat(person: ReachablePerson, chatId: string): Promise<ConversationRef> {
    const tenantId = person.tenantId ?? undefined;
    const serviceUrl =
      (tenantId && (await this.parts.refs.serviceUrlOfTenant(tenantId))) || this.parts.defaultServiceUrl;
    const ref: ConversationRef = {
      conversationId: chatId,
      conversationType: 'personal',
      personId: person.personId,
      reference: {
        channelId: 'msteams',
        serviceUrl,
        conversation: { id: chatId, conversationType: 'personal', tenantId },
        bot: { id: `28:${this.parts.botAppId}` },
        user: { aadObjectId: person.aadObjectId ?? undefined },
      },
    };
    await this.parts.refs.save(ref);
    return ref;
  }

  private async email(person: ReachablePerson, kind: string, payload: Record<string, unknown>): Promise<SendResult> {
    const card = this.parts.cards[kind];
    if (!card) return { status: 'gone', reason: `No card for notifications of kind "${kind}".` };
    if (!this.parts.mailer) return { status: 'gone', reason: 'No chat with the bot, and email is not set up.' };
    const mail = cardAsEmail(card(payload), this.parts.appUrl);
    const sent = await this.parts.mailer.send({ to: { name: person.displayName, email: person.email }, ...mail });
    if (sent.status === 'sent') return { status: 'sent', channel: 'email' };
    return sent.status === 'retry' ? sent : { status: 'gone', reason: sent.reason };
  }
}
