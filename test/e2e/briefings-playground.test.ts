import {
  ADAPTIVE_CARD,
  isCardIn,
  type PlaygroundFrame,
  PlaygroundStream,
  startTestPlayground,
  type TestPlayground,
} from '../support/agents-playground';
import { signInAs } from '../support/api-client';
import { actionTitles, cardText } from '../support/card-text';
import { demoPersonWith } from '../support/demo-people';
import { startTestService, type TestService } from '../support/start-test-service';

/** Conversations and users from .m365agentsplayground.yml. */
const PERSONAL_CHAT = 'a:personal-chat';
const GROUP_CHAT = '19:community-chairs-chat';

type Card = { actions?: { title?: string; verb?: string; data?: Record<string, unknown> }[] };

/**
 * The rest of KCC's Keeping in Touch briefing in the Microsoft 365 Agents Playground: the chair of Dartford North
 * (Zoe Fitzgerald) puts next year's dates to the community, its representative (Wendy Jessop) answers in her chat,
 * the chair confirms; an officer announces a briefing and Wendy books a place from the card.
 */
describe('June/July dates and briefings in the Agents Playground', () => {
  const representative = demoPersonWith('representative');
  const chair = demoPersonWith('chair', true);
  const community = representative.roles[0]?.communityId as string;
  let service: TestService | undefined;
  let playground: TestPlayground | undefined;
  let stream: PlaygroundStream | undefined;

  beforeAll(async () => {
    service = await startTestService();
    playground = await startTestPlayground(`${service.baseUrl}/api/messages`);
    stream = await PlaygroundStream.open(playground.port);
    for (const chat of [PERSONAL_CHAT, GROUP_CHAT]) {
      const from = stream.frames.length;
      expect((await playground.call(`/_debug/conversation/${chat}/installation`, {})).status).toBe(200);
      await stream.waitFor(isCardIn(chat), from);
    }
    await stream.settle();
  }, 90000);
  afterAll(async () => {
    stream?.close();
    await playground?.stop();
    await service?.stop();
  });

  const running = () => {
    if (!playground || !stream || !service) throw new Error('The playground is not running (see beforeAll)');
    return { playground, stream, service };
  };
  const firstCardIn = (chat: string) => running().stream.frames.find(isCardIn(chat))?.message?.messageId ?? '';
  const arrives = (chat: string, words: string, from: number) =>
    running().stream.waitFor((f) => isCardIn(chat)(f) && cardText(cardOf(f)).includes(words), from, 20000);

  it("runs the June/July confirmation of next year's dates from the chair's card to the calendar", async () => {
    const { playground: pg, stream: frames } = running();
    expect(chair.roles.map((r) => r.communityId)).toContain(community);
    const groupCard = firstCardIn(GROUP_CHAT);
    const plan = await pg.pressButton('29:chair', GROUP_CHAT, 'planMeetings', groupCard, { communityId: community });
    const ask = (plan.body.value as Card).actions?.find((a) => a.title === 'Ask the community first');
    expect(ask?.verb).toBe('startDatePoll');

    const from = frames.frames.length;
    const tally = await pg.pressButton('29:chair', GROUP_CHAT, 'startDatePoll', groupCard, ask?.data);
    expect(tally.status).toBe(200);
    expect(cardText(tally.body.value)).toContain('2026-27 dates: what the community says');
    const pollId = (tally.body.value as Card).actions?.find((a) => a.title === 'Confirm these dates')?.data?.pollId;

    // Wendy is asked in her chat, and answers: September works, November does not.
    const question = await arrives(PERSONAL_CHAT, "Can you make next year's meeting dates?", from);
    const months = [...JSON.stringify(cardOf(question)).matchAll(/"id":"works_(\d{4}-\d{2})"/g)].map((m) => m[1]);
    expect(months).toHaveLength(7);
    const answers: Record<string, unknown> = { pollId, 'reason_2026-11': 'Our Year 6 residential trip' };
    for (const month of months) answers[`works_${month}`] = month === '2026-11' ? 'no' : 'yes';
    const answered = await pg.pressButton(
      '29:representative',
      PERSONAL_CHAT,
      'answerDatePoll',
      question.message?.messageId ?? '',
      answers,
    );
    expect(cardText(answered.body.value)).toContain('your answers are saved');

    // The chair looks again (what Teams' refresh does), asks for another November date, and confirms.
    const seen = await pg.pressButton('29:chair', GROUP_CHAT, 'showDatePoll', groupCard, { pollId });
    expect(cardText(seen.body.value)).toContain(`✘ ${representative.displayName}: Our Year 6 residential trip`);
    const replanned = await pg.pressButton('29:chair', GROUP_CHAT, 'suggestPollDate', groupCard, {
      pollId,
      month: '2026-11',
    });
    expect(cardText(replanned.body.value)).toContain("✔ 0 works · ✘ 0 can't");
    const confirmed = await pg.pressButton('29:chair', GROUP_CHAT, 'confirmDatePoll', groupCard, { pollId });
    expect(confirmed.status).toBe(200);
    expect(cardText(confirmed.body.value)).toMatch(/meetings/i);
    expect(actionTitles(confirmed.body.value as Card)).not.toContain('Confirm these dates');
  });

  it('announces a briefing to the representatives of the area, and Book a place on the card books it', async () => {
    const { playground: pg, stream: frames, service: svc } = running();
    const officer = await signInAs(svc.baseUrl, demoPersonWith('officer').email);
    const { communities } = (await officer.call('GET', '/api/communities')).body as {
      communities: { id: string; areaId: string }[];
    };
    const areaId = communities.find((c) => c.id === community)?.areaId;
    const created = await officer.call('POST', '/api/events', {
      title: 'SENCo briefing: the Locality Model in 2026-27',
      audience: 'representatives',
      areaIds: [areaId],
      venue: 'The Inn on the Lake, Shorne, Gravesend, DA12 3HB',
      start: '2026-07-08T13:00:00+01:00',
      end: '2026-07-08T16:00:00+01:00',
      bookingCloses: '2026-07-06T17:00:00+01:00',
      capacity: 40,
    });
    expect(created.status).toBe(201);
    const from = frames.frames.length;
    expect((await officer.call('POST', `/api/events/${created.body.id}/announce`)).status).toBe(202);

    const card = await arrives(PERSONAL_CHAT, 'SENCo briefing: the Locality Model in 2026-27', from);
    expect(actionTitles(cardOf(card))).toContain('Book a place');
    const booked = await pg.pressButton(
      '29:representative',
      PERSONAL_CHAT,
      'bookEventPlace',
      card.message?.messageId ?? '',
      { eventId: created.body.id },
    );
    expect(booked.status).toBe(200);
    expect(cardText(booked.body.value)).toContain('You have a place.');
    const attendees = await officer.call('GET', `/api/events/${created.body.id}/attendees`);
    expect(attendees.body.items).toEqual([expect.objectContaining({ email: representative.email, status: 'booked' })]);
  });
});

function cardOf(frame: PlaygroundFrame | undefined): Card {
  const card = frame?.message?.attachments?.find((a) => a.contentType === ADAPTIVE_CARD)?.content;
  if (!card) throw new Error(`Not a card message: ${JSON.stringify(frame)}`);
  return card as Card;
}
