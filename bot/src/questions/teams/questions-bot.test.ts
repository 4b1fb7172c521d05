import { signInAs } from '../../../../test/support/api-client';
import {
  type CaptureConnector,
  type SentActivity,
  startCaptureConnector,
} from '../../../../test/support/capture-connector';
import { actionTitles, cardText } from '../../../../test/support/card-text';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations, type TestChannel } from '../../../../test/support/teams-conversations';

type Card = {
  body: unknown[];
  actions?: { title: string; verb?: string; data?: Record<string, unknown> }[];
  refresh?: { userIds: string[] };
};

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const channel: TestChannel = { teamId: '19:kcc-team@thread.tacv2', channelId: '19:funding-questions@thread.tacv2' };

async function waitFor<T>(find: () => T | undefined, ms = 6000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Nothing arrived within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const cardOf = (sent: SentActivity | undefined) =>
  sent?.activity.attachments?.find((a) => a.contentType === ADAPTIVE_CARD)?.content as Card | undefined;

describe('schools ask KCC in the bot and officers answer on the card in their channel', () => {
  let service: TestService;
  let connector: CaptureConnector;
  let teams: TeamsConversations;
  const asker = demoPersonWith('representative');
  const officer = demoPersonWith('officer');
  const askerChat = 'a:asker-personal-chat';
  const officerSender = { id: '29:officer-teams-id', aadObjectId: officer.aadObjectId, name: officer.displayName };
  let questionId = '';
  let cardId = '';

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  const sentTo = (conversationId: string) => connector.sent.filter((s) => s.conversationId === conversationId);

  it('lets an officer route Funding questions to a channel of the KCC team where the app is installed', async () => {
    expect((await teams.installInTeam(officerSender, channel)).status).toBe(200);
    expect((await teams.sayInChannel(officerSender, channel, 'set question channel Funding')).status).toBe(200);
    const reply = connector.sent.at(-1);
    expect(reply?.activity.text).toBe(
      "Questions about Funding now come to this channel. Officers assign, answer, mark duplicates and close them on each question's card.",
    );
  });

  it('refuses to route questions for someone who is not a KCC officer', async () => {
    await teams.sayInChannel({ aadObjectId: asker.aadObjectId }, channel, 'set question channel all');
    expect(cardText(cardOf(connector.sent.at(-1)))).toContain('Only KCC officers can do this.');
  });

  it('shows a representative published answers that may already answer their question before it is sent', async () => {
    await teams.say({ aadObjectId: asker.aadObjectId }, 'ask', askerChat);
    const form = cardOf(connector.sent.at(-1));
    expect(cardText(form)).toContain('Ask KCC a question');
    const submissionId = form?.actions?.[0]?.data?.submissionId;
    const { body } = await teams.press(
      { aadObjectId: asker.aadObjectId },
      'askQuestion',
      {
        submissionId,
        theme: 'funding',
        text: 'Can my school still claim E3 top-up for a pupil who joined in Year 2?',
      },
      askerChat,
    );
    const suggestions = body?.value as Card;
    expect(cardText(suggestions)).toContain('Before you send it');
    expect(cardText(suggestions)).toContain(
      'Can we still claim Element 3 top-up funding for pupils in mainstream school?',
    );
    expect(actionTitles(suggestions)).toEqual(['Send to KCC']);
    questionId = String(suggestions.actions?.[0]?.data?.questionId);
  });

  it('keeps what was typed and says why when a question names a pupil', async () => {
    const { body } = await teams.press(
      { aadObjectId: asker.aadObjectId },
      'askQuestion',
      {
        submissionId: 'another',
        theme: 'funding',
        text: 'Can we get top-up for Oliver in Year 2?',
      },
      askerChat,
    );
    expect(cardText(body?.value)).toContain('"Oliver" looks like a pupil\'s name.');
    expect(JSON.stringify(body?.value)).toContain('Can we get top-up for Oliver in Year 2?');
  });

  it('sends the question to the Funding channel as a card officers can act on, refreshed for them', async () => {
    const { body } = await teams.press({ aadObjectId: asker.aadObjectId }, 'sendQuestion', { questionId }, askerChat);
    expect(cardText(body?.value)).toContain('Sent to KCC');
    const posted = await waitFor(() => sentTo(channel.channelId).find((s) => cardOf(s)));
    cardId = `sent-${connector.sent.indexOf(posted) + 1}`;
    const card = cardOf(posted) as Card;
    expect(cardText(card)).toContain('Can my school still claim E3 top-up for a pupil who joined in Year 2?');
    expect(cardText(card)).toContain(`${asker.displayName} (`);
    expect(cardText(card)).toContain('Open: waiting for an officer');
    expect(card.refresh?.userIds).toEqual(['29:officer-teams-id']);
    expect(actionTitles(card)).toEqual(['Show actions']);
  });

  it('gives the officer Assign to me, Answer, Mark duplicate and Close when their card refreshes', async () => {
    const { body } = await teams.pressInChannel(officerSender, channel, cardId, 'questionCard', { questionId });
    expect(actionTitles(body?.value as Card)).toEqual(['Assign to me', 'Answer', 'Mark duplicate', 'Close']);
  });

  it('assigns the question to the officer: the card changes in place for everyone and the thread notes it', async () => {
    const { status, body } = await teams.pressInChannel(officerSender, channel, cardId, 'assignQuestion', {
      questionId,
    });
    expect(status).toBe(200);
    expect(cardText(body?.value)).toContain(`Assigned to ${officer.displayName}`);
    expect(actionTitles(body?.value as Card)).toEqual(['Answer', 'Mark duplicate', 'Close']);
    const update = await waitFor(() => connector.updated.find((u) => u.replyToId === cardId));
    expect(cardText(cardOf(update))).toContain(`Assigned to ${officer.displayName}`);
    const note = await waitFor(() => sentTo(`${channel.channelId};messageid=${cardId}`)[0]);
    expect(note.activity.text).toBe(`🙋 Assigned to ${officer.displayName}`);
  });

  it('answers on the card: everyone sees "Answered by", and the asker gets the answer once in their 1:1 chat', async () => {
    const typed = await teams.pressInChannel(officerSender, channel, cardId, 'answerQuestion', {
      questionId,
      answerText: 'No: E3 claims ended on 31 March 2025. Bring the request to your community meeting.',
      publish: 'true',
      publishQuestion: 'Can we claim E3 top-up for a pupil who joins mid-year?',
      publishAnswer: 'No: E3 claims ended on 31 March 2025. Bring such requests to your community meeting.',
    });
    // Publishing is checked first: the officer sees what the asker gets and what every school will read.
    const check = typed.body?.value as Card;
    expect(cardText(check)).toContain('Check before sending: this answer will be published');
    expect(cardText(check)).toContain('Can we claim E3 top-up for a pupil who joins mid-year?');
    expect(cardText(check)).toContain('Bring such requests to your community meeting.');
    expect(actionTitles(check)).toEqual(['Send and publish', 'Change it']);
    expect(sentTo(askerChat).filter((s) => cardText(cardOf(s)).includes('KCC answered your question'))).toHaveLength(0);
    const confirm = /"verb":"answerQuestion","data":(\{[^}]*"confirmed":true[^}]*\})/.exec(JSON.stringify(check))?.[1];
    const { body } = await teams.pressInChannel(
      officerSender,
      channel,
      cardId,
      'answerQuestion',
      JSON.parse(confirm ?? '{}'),
    );
    expect(cardText(body?.value)).toContain(`✅ Answered by ${officer.displayName}`);
    expect(actionTitles(body?.value as Card)).toEqual([]);
    await waitFor(() =>
      connector.updated.filter((u) => u.replyToId === cardId && cardText(cardOf(u)).includes('✅ Answered')).at(0),
    );
    const answer = await waitFor(() =>
      sentTo(askerChat).find((s) => cardText(cardOf(s)).includes('KCC answered your question')),
    );
    expect(cardText(cardOf(answer))).toContain('No: E3 claims ended on 31 March 2025.');
    expect(actionTitles(cardOf(answer) as Card)).toEqual(['Helpful', 'Not helpful', 'Follow up']);
    await new Promise((r) => setTimeout(r, 2500));
    expect(sentTo(askerChat).filter((s) => cardText(cardOf(s)).includes('KCC answered your question'))).toHaveLength(1);
    const thread = sentTo(`${channel.channelId};messageid=${cardId}`).map((s) => s.activity.text);
    expect(thread).toContain(`✅ Answered by ${officer.displayName} and published to the FAQ`);
    // The FAQ carries the officer's rewording for everyone, not the answer written for this one school.
    const api = await signInAs(service.baseUrl, officer.email);
    const { body: found } = await api.call('GET', `/api/faq/search?q=${encodeURIComponent('E3 top-up mid-year')}`);
    const published = found.results.find(
      (r: { question: string }) => r.question === 'Can we claim E3 top-up for a pupil who joins mid-year?',
    );
    expect(published?.answer).toBe(
      'No: E3 claims ended on 31 March 2025. Bring such requests to your community meeting.',
    );
  });

  it('refuses a second answer on a stale card and shows how the question now stands', async () => {
    const { body } = await teams.pressInChannel(officerSender, channel, cardId, 'answerQuestion', {
      questionId,
      answerText: 'A second answer that should not be sent.',
    });
    expect(cardText(body?.value)).toContain('This question has already been answered.');
  });

  it('records Not helpful, then reopens the question with its history when the asker follows up', async () => {
    const feedback = await teams.press(
      { aadObjectId: asker.aadObjectId },
      'questionFeedback',
      { questionId, helpful: false },
      askerChat,
    );
    expect(cardText(feedback.body?.value)).toContain('Thank you: you said this was not helpful.');
    const followed = await teams.press(
      { aadObjectId: asker.aadObjectId },
      'questionFollowUp',
      {
        questionId,
        followUp: 'The pupil joined us from another county; does that change anything?',
      },
      askerChat,
    );
    expect(cardText(followed.body?.value)).toContain('You followed up: KCC will answer here.');
    const reopened = await waitFor(() =>
      connector.updated.find(
        (u) =>
          u.replyToId === cardId &&
          cardText(cardOf(u)).includes(`Assigned to ${officer.displayName}`) &&
          cardText(cardOf(u)).includes('followed up'),
      ),
    );
    expect(cardText(cardOf(reopened))).toContain('does that change anything?');
    expect(cardText(cardOf(reopened))).toContain('said the answer was not helpful');
  });

  it('lists the reopened question among the officer’s open questions', async () => {
    await teams.say(officerSender, 'open questions', 'a:officer-chat');
    const list = cardOf(connector.sent.at(-1));
    expect(cardText(list)).toContain('Can my school still claim E3 top-up');
    // Where each theme goes: Funding was routed to the channel above; the others wait for an officer to route them.
    expect(JSON.stringify(list)).toContain('{"title":"Funding","value":"A Teams channel"}');
    expect(cardText(list)).toMatch(/Questions about .+ reach no channel yet/);
    expect(cardText(list)).not.toMatch(/Questions about [^:]*Funding[^:]* reach no channel/);
  });

  it('finds the newly published answer when someone searches the FAQ in the bot', async () => {
    await teams.say(
      { aadObjectId: asker.aadObjectId },
      'faq pupil arriving part way through the year, element 3',
      askerChat,
    );
    expect(cardText(cardOf(connector.sent.at(-1)))).toContain('Can we claim E3 top-up for a pupil who joins mid-year?');
  });

  it('shows a representative who types "questions" their own questions and the answers, never the officers\' list', async () => {
    await teams.say({ aadObjectId: asker.aadObjectId }, 'questions', askerChat);
    const mine = cardOf(connector.sent.at(-1));
    expect(cardText(mine)).toContain('My questions');
    expect(cardText(mine)).not.toContain('Open questions');
    expect(cardText(mine)).toContain('Can my school still claim E3 top-up');
    expect(cardText(mine)).toContain('No: E3 claims ended on 31 March 2025.');
  });

  it('answers a question typed in the chat with what the FAQ has and a way to the contacts, not the welcome card', async () => {
    await teams.say({ aadObjectId: asker.aadObjectId }, 'Who is our educational psychologist?', askerChat);
    const found = cardOf(connector.sent.at(-1));
    expect(cardText(found)).toContain('Here is what I found for "Who is our educational psychologist?"');
    const links = JSON.stringify(found?.actions);
    expect(links).toContain('/contacts?q=educational+psychologist');
    expect(actionTitles(found as Card)).toEqual(['Ask KCC this question', 'Search contacts', 'Back to help']);
    const ask = await teams.press(
      { aadObjectId: asker.aadObjectId },
      'ask',
      { text: 'Who is our educational psychologist?' },
      askerChat,
    );
    expect(JSON.stringify(ask.body)).toContain('"value":"Who is our educational psychologist?"');
  });

  it('says a typed question has not been answered yet and offers Send to KCC first, instead of weak matches', async () => {
    const typed = 'How do I book the minibus for a school trip?';
    await teams.say({ aadObjectId: asker.aadObjectId }, typed, askerChat);
    const found = cardOf(connector.sent.at(-1)) as Card;
    expect(cardText(found)).toContain("We haven't answered this yet");
    expect(cardText(found)).not.toContain('Here is what I found');
    expect(found.body).toHaveLength(3);
    expect(actionTitles(found)).toEqual(['Send to KCC', 'Search contacts', 'Back to help']);
    const send = found.actions?.[0];
    const form = await teams.press({ aadObjectId: asker.aadObjectId }, 'ask', send?.data ?? {}, askerChat);
    expect(cardText(form.body?.value)).toContain('Ask KCC a question');
    expect(JSON.stringify(form.body)).toContain(`"value":"${typed}"`);
  });
});
