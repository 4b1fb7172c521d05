import {
  ADAPTIVE_CARD,
  isCardIn,
  type PlaygroundFrame,
  PlaygroundStream,
  startTestPlayground,
  type TestPlayground,
} from '../support/agents-playground';
import { signInAs } from '../support/api-client';
import { cardText } from '../support/card-text';
import { demoPersonWith } from '../support/demo-people';
import { startTestService, type TestService } from '../support/start-test-service';

/** Conversations and users from .m365agentsplayground.yml. */
const PERSONAL_CHAT = 'a:personal-chat';
const QUESTIONS_CHANNEL = '19:questions-channel';

describe('a question from a school to a KCC channel and back, in the Microsoft 365 Agents Playground', () => {
  const officer = demoPersonWith('officer');
  let service: TestService | undefined;
  let playground: TestPlayground | undefined;
  const running = () => {
    if (!playground) throw new Error('The playground is not running (see beforeAll)');
    return playground;
  };
  const call: TestPlayground['call'] = (route, body) => running().call(route, body);
  const pressButton: TestPlayground['pressButton'] = (...args) => running().pressButton(...args);
  let stream: PlaygroundStream | undefined;

  beforeAll(async () => {
    service = await startTestService();
    playground = await startTestPlayground(`${service.baseUrl}/api/messages`);
    stream = await PlaygroundStream.open(playground.port);
  }, 90000);
  afterAll(async () => {
    stream?.close();
    await playground?.stop();
    await service?.stop();
  });

  it('goes from the representative asking to the officer answering on the card to the answer in the personal chat', async () => {
    const frames = streamOf();
    expect((await call(`/_debug/conversation/${QUESTIONS_CHANNEL}/installation`, {})).status).toBe(200);
    await frames.waitFor(isCardIn(QUESTIONS_CHANNEL));
    // The playground posts typed messages as its current user (the representative), so the officer routes the
    // channel from the tab's API; `set question channel` typed in a channel is covered in questions-bot.test.ts.
    const officerApi = await signInAs(serviceOf().baseUrl, officer.email);
    const routed = await officerApi.call('PUT', '/api/question-routes/all', { conversationId: QUESTIONS_CHANNEL });
    expect(routed.body).toEqual({ theme: 'all', themeName: 'all themes', conversationId: QUESTIONS_CHANNEL });
    const installed = await call(`/_debug/conversation/${PERSONAL_CHAT}/installation`, {});
    expect(installed.status).toBe(200);
    let from = frames.frames.length;
    await call(`/_conversation/v1/conversations/${PERSONAL_CHAT}/messages`, {
      from: { id: '29:representative' },
      text: 'ask',
      textFormat: 'plain',
    });
    const form = await frames.waitFor(isCardIn(PERSONAL_CHAT), from);
    const formId = form.message?.messageId ?? '';
    const submissionId = /"submissionId":"([^"]+)"/.exec(JSON.stringify(form.message?.attachments))?.[1];
    const suggested = await pressButton('29:representative', PERSONAL_CHAT, 'askQuestion', formId, {
      submissionId,
      theme: 'funding',
      text: 'Is there still notional top-up funding for our small school next year?',
    });
    expect(cardText(suggested.body.value)).toContain('Before you send it');
    const questionId = /"questionId":"([^"]+)"/.exec(JSON.stringify(suggested.body.value))?.[1];

    from = frames.frames.length;
    const sent = await pressButton('29:representative', PERSONAL_CHAT, 'sendQuestion', formId, { questionId });
    expect(cardText(sent.body.value)).toContain('Sent to KCC');
    const posted = await frames.waitFor(isCardIn(QUESTIONS_CHANNEL), from, 15000);
    expect(cardText(cardOf(posted))).toContain(
      'Is there still notional top-up funding for our small school next year?',
    );
    const cardId = posted.message?.messageId ?? '';

    from = frames.frames.length;
    // In a channel, a card is the first message of its own thread, which Teams names "<channel>;messageid=<card>".
    const thread = `${QUESTIONS_CHANNEL};messageid=${cardId}`;
    const answered = await pressButton('29:officer', thread, 'answerQuestion', cardId, {
      questionId,
      answerText: 'Yes: notional top-up for small schools continues until 31 August 2026.',
      publish: 'false',
    });
    expect(answered.status).toBe(200);
    expect(cardText(answered.body.value)).toContain(`✅ Answered by ${officer.displayName}`);
    const answer = await frames.waitFor(
      (f) => isCardIn(PERSONAL_CHAT)(f) && cardText(cardOf(f)).includes('KCC answered your question'),
      from,
      15000,
    );
    expect(cardText(cardOf(answer))).toContain(
      'Yes: notional top-up for small schools continues until 31 August 2026.',
    );
    await frames.settle(1500, 4000);
    expect(
      frames.frames
        .slice(from)
        .filter((f) => isCardIn(PERSONAL_CHAT)(f) && cardText(cardOf(f)).includes('KCC answered')),
    ).toHaveLength(1);
    const update = frames.frames
      .slice(from)
      .find((f) => f.action === 'updateMessage' && f.message?.messageId === cardId);
    expect(cardText(update?.message?.attachments?.[0]?.content)).toContain(`✅ Answered by ${officer.displayName}`);
  }, 60000);

  function serviceOf(): TestService {
    if (!service) throw new Error('The service is not running (see beforeAll)');
    return service;
  }

  function streamOf(): PlaygroundStream {
    if (!stream) throw new Error('The playground stream is not open (see beforeAll)');
    return stream;
  }
});

function cardOf(frame: PlaygroundFrame | undefined): unknown {
  return frame?.message?.attachments?.find((a) => a.contentType === ADAPTIVE_CARD)?.content;
}
