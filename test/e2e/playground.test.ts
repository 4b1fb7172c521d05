import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ADAPTIVE_CARD,
  isCardIn,
  type PlaygroundFrame,
  PlaygroundStream,
  startTestPlayground,
  type TestPlayground,
} from '../support/agents-playground';
import { actionTitles, cardText } from '../support/card-text';
import { demoPersonWith } from '../support/demo-people';
import { startTestService, type TestService } from '../support/start-test-service';

/** Conversations and users from .m365agentsplayground.yml. */
const PERSONAL_CHAT = 'a:personal-chat';
const GROUP_CHAT = '19:community-chairs-chat';
const REPRESENTATIVE_ACTIONS = [
  'Request funding',
  'My requests',
  'Next meeting',
  'Community budget',
  'Ask KCC a question',
];
const CHAIR_ACTIONS = ['Plan meetings', 'Next meeting', 'Next agenda', 'Community budget'];

type Card = { actions?: { title?: string }[] };

describe('the bot in the Microsoft 365 Agents Playground (a local Teams client)', () => {
  const representative = demoPersonWith('representative');
  const chair = demoPersonWith('chair', true);
  let service: TestService | undefined;
  let playground: TestPlayground | undefined;
  const running = () => {
    if (!playground) throw new Error('The playground is not running (see beforeAll)');
    return playground;
  };
  const call: TestPlayground['call'] = (route, body) => running().call(route, body);
  const pressButton: TestPlayground['pressButton'] = (...args) => running().pressButton(...args);
  let stream: PlaygroundStream | undefined;
  /** The welcome cards the bot sent when the representative installed the app in their personal chat. */
  let welcomeCards: PlaygroundFrame[] = [];

  beforeAll(async () => {
    service = await startTestService();
    playground = await startTestPlayground(`${service.baseUrl}/api/messages`);
    stream = await PlaygroundStream.open(playground.port);
    expect((await call(`/_debug/conversation/${PERSONAL_CHAT}/installation`, {})).status).toBe(200);
    await stream.waitFor(isCardIn(PERSONAL_CHAT));
    await stream.settle();
    welcomeCards = stream.frames.filter(isCardIn(PERSONAL_CHAT));
  }, 90000);

  afterAll(async () => {
    stream?.close();
    await playground?.stop();
    await service?.stop();
  });

  it("chats as the seeded representative Wendy Jessop, with the chair Zoe Fitzgerald among the playground's users", () => {
    const yml = readFileSync(path.resolve(__dirname, '../../.m365agentsplayground.yml'), 'utf8');
    expect(representative.displayName).toBe('Wendy Jessop');
    expect(yml).toContain(`currentUser:\n  id: 29:representative\n  name: ${representative.displayName}\n`);
    expect(yml).toContain(`aadObjectId: ${representative.aadObjectId}`);
    expect(chair.displayName).toBe('Zoe Fitzgerald');
    expect(yml).toContain(`- id: 29:chair\n    name: ${chair.displayName}\n`);
    expect(yml).toContain(`aadObjectId: ${chair.aadObjectId}`);
  });

  it('welcomes the representative exactly once, by name and with their actions, when they install the app', () => {
    expect(welcomeCards).toHaveLength(1);
    const card = cardOf(welcomeCards[0]);
    expect(cardText(card)).toContain(`Hello, ${representative.displayName}`);
    expect(cardText(card)).toContain('School representative, ');
    expect(actionTitles(card)).toEqual(expect.arrayContaining(REPRESENTATIVE_ACTIONS));
    expect(actionTitles(card)).not.toContain('Plan meetings');
  });

  it('answers "help" typed by the representative with their card and nothing else', async () => {
    const from = streamOf().frames.length;
    const sent = await call(`/_conversation/v1/conversations/${PERSONAL_CHAT}/messages`, {
      from: { id: '29:representative' },
      text: 'help',
      textFormat: 'plain',
    });
    expect(sent.status).toBe(200);
    const reply = await streamOf().waitFor(isCardIn(PERSONAL_CHAT), from);
    await streamOf().settle();
    expect(cardText(cardOf(reply))).toContain(`Hello, ${representative.displayName}`);
    expect(actionTitles(cardOf(reply))).toEqual(actionTitles(cardOf(welcomeCards[0])));
    expect(
      streamOf()
        .frames.slice(from)
        .filter((f) => f.actionConversationId === PERSONAL_CHAT),
    ).toHaveLength(1);
  });

  it('shows the community budget from "Community budget", to the penny, with a way to the Budget tab', async () => {
    const pressed = await pressButton('29:representative', PERSONAL_CHAT, 'budget', welcomeMessageId());
    expect(pressed.status).toBe(200);
    expect(pressed.body.type).toBe(ADAPTIVE_CARD);
    expect(cardText(pressed.body.value)).toMatch(/budget 20\d\d-\d\d[\s\S]*£[\d,]+\.\d\d/);
    const facts = JSON.stringify(pressed.body.value);
    for (const label of ['Allocation', 'Pot for requests', 'Committed', 'Remaining']) {
      expect(facts).toContain(`"title":"${label}"`);
    }
    expect(actionTitles(pressed.body.value as Card)).toContain('Open in the tab');
  });

  it('opens the funding request form from "Request funding", then goes back to the representative card', async () => {
    const pressed = await pressButton('29:representative', PERSONAL_CHAT, 'requestFunding', welcomeMessageId());
    expect(pressed.status).toBe(200);
    expect(pressed.body.type).toBe(ADAPTIVE_CARD);
    expect(cardText(pressed.body.value)).toContain("Never name a pupil: use your school's own reference.");
    expect(actionTitles(pressed.body.value as Card)).toEqual(['Submit request']);

    const back = await pressButton('29:representative', PERSONAL_CHAT, 'help', welcomeMessageId());
    expect(back.status).toBe(200);
    expect(back.body.type).toBe(ADAPTIVE_CARD);
    expect(back.body.value).toEqual(cardOf(welcomeCards[0]));
  });

  it("answers the chair's help action in the chairs' group chat with the chair's card for both communities", async () => {
    // The playground's personal chat holds only its current user (an invoke from 29:chair there gets 400
    // UserNotFound), so the chair presses the button in the group chat, where every configured user is a member.
    const from = streamOf().frames.length;
    expect((await call(`/_debug/conversation/${GROUP_CHAT}/installation`, {})).status).toBe(200);
    const groupCard = await streamOf().waitFor(isCardIn(GROUP_CHAT), from);

    const answer = await pressButton('29:chair', GROUP_CHAT, 'help', groupCard.message?.messageId ?? '');
    expect(answer.status).toBe(200);
    expect(answer.body.type).toBe(ADAPTIVE_CARD);
    const text = cardText(answer.body.value);
    expect(text).toContain(`Hello, ${chair.displayName}`);
    expect(text.match(/Community chair, /g)).toHaveLength(2);
    expect(actionTitles(answer.body.value as Card)).toEqual(expect.arrayContaining(CHAIR_ACTIONS));
  });

  it('lets the chair plan and create the year from a card, ending with seven meetings in calendars', async () => {
    const from = streamOf().frames.length;
    expect((await call(`/_debug/conversation/${GROUP_CHAT}/installation`, {})).status).toBe(200);
    const cardMessage = (await streamOf().waitFor(isCardIn(GROUP_CHAT), from)).message?.messageId ?? '';

    const plan = await pressButton('29:chair', GROUP_CHAT, 'planMeetings', cardMessage);
    expect(cardText(plan.body.value)).toContain('Plan 2026-27 meetings');
    const chosen = Object.fromEntries(
      JSON.stringify(plan.body.value)
        .match(/"id":"(date|time)_\d{4}-\d{2}","label":"[^"]+","value":"[^"]+"/g)
        ?.map((m) => /"id":"([^"]+)".*"value":"([^"]+)"/.exec(m)?.slice(1, 3) as [string, string]) ?? [],
    );
    expect(Object.keys(chosen)).toHaveLength(14);

    const beforeCreate = streamOf().frames.length;
    const created = await pressButton('29:chair', GROUP_CHAT, 'createCycle', cardMessage, {
      ...chosen,
      communityId: chair.roles[0]?.communityId,
      academicYear: '2026-27',
    });
    expect(created.status).toBe(200);
    let finalCard: unknown = created.body.value;
    if (cardText(finalCard).includes('adding the meetings')) {
      const update = await streamOf().waitFor(
        (f) => f.action === 'updateMessage' && f.message?.messageId === cardMessage,
        beforeCreate,
      );
      finalCard = update.message?.attachments?.[0]?.content;
    }
    expect(cardText(finalCard)).toContain('7 of 7 meetings are saved.');
  });

  it("takes a funding request from the representative to the chair's decision, and tells the representative", async () => {
    // Runs after the chair has planned 2026-27 (above), so the request joins September's agenda.
    const form = await pressButton('29:representative', PERSONAL_CHAT, 'requestFunding', welcomeMessageId());
    const idempotencyKey = /"idempotencyKey":"([^"]+)"/.exec(JSON.stringify(form.body.value))?.[1];
    const answers = {
      idempotencyKey,
      schoolId: representative.roles[0]?.schoolId,
      pupilReference: 'PG-001',
      yearGroup: '5',
      requestType: 'individual',
      areasOfNeed: 'cognitionAndLearning',
      currentProvision: 'Daily precision teaching from the notional SEN budget.',
      whatIsWorking: 'Short, frequent sessions.',
      hopedForOutcomes: 'Reads Year 4 texts independently by July.',
      nextSteps: 'Review with the educational psychologist in the spring term.',
      amount: '1800',
      periodStart: '2026-09-01',
      periodEnd: '2027-07-21',
    };
    const submitted = await pressButton(
      '29:representative',
      PERSONAL_CHAT,
      'submitFunding',
      welcomeMessageId(),
      answers,
    );
    expect(cardText(submitted.body.value)).toContain('Request PG-001 submitted.');

    const from = streamOf().frames.length;
    const groupCard = streamOf().frames.find(isCardIn(GROUP_CHAT))?.message?.messageId ?? '';
    const agenda = await pressButton('29:chair', GROUP_CHAT, 'agenda', groupCard, {
      communityId: chair.roles[0]?.communityId,
    });
    const line = (agenda.body.value as { body: unknown[] }).body.find((item) =>
      JSON.stringify(item).includes('PG-001'),
    );
    const requestId = /"requestId":"([^"]+)"/.exec(JSON.stringify(line))?.[1];
    const decided = await pressButton('29:chair', GROUP_CHAT, 'decideFunding', groupCard, {
      requestId,
      outcome: 'approved',
      amount: '1800',
    });
    expect(cardText(decided.body.value)).toContain('Recorded: Approved £1,800.00 of £1,800.00 for PG-001.');

    const told = await streamOf().waitFor(
      (f) => isCardIn(PERSONAL_CHAT)(f) && cardText(cardOf(f)).includes('Request approved'),
      from,
      15000,
    );
    expect(cardText(cardOf(told))).toContain('£1,800.00');
  });

  it('refuses a card action whose verb it does not know, which the playground reports as a failed bot call', async () => {
    const from = streamOf().frames.length;
    const answer = await pressButton('29:representative', PERSONAL_CHAT, 'noSuchVerb', welcomeMessageId());
    // The bot answers the invoke with HTTP 400 and an application/vnd.microsoft.error body; the playground
    // wraps any non-2xx bot answer as 502 UserBotError with the bot's own answer inside.
    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({
      code: 'UserBotError',
      innerHttpError: {
        statusCode: 400,
        body: {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: expect.stringContaining('"noSuchVerb"') },
        },
      },
    });
    await streamOf().settle(500, 2000);
    expect(streamOf().frames.slice(from)).toEqual([]);
  });

  function streamOf(): PlaygroundStream {
    if (!stream) throw new Error('The playground stream is not open (see beforeAll)');
    return stream;
  }

  function welcomeMessageId(): string {
    const id = welcomeCards[0]?.message?.messageId;
    if (!id) throw new Error('No welcome card arrived when the app was installed');
    return id;
  }
});

function cardOf(frame: PlaygroundFrame | undefined): Card {
  const card = frame?.message?.attachments?.find((a) => a.contentType === ADAPTIVE_CARD)?.content;
  if (!card) throw new Error(`Not a card message: ${JSON.stringify(frame)}`);
  return card as Card;
}
