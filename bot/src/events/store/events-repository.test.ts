import type { Kysely } from 'kysely';
import { briefingEvent } from '../../../../test/support/briefing-event';
import { databaseEngines } from '../../../../test/support/database-targets';
import { openSeededEventsStore, type SeededEventsStore } from '../../../../test/support/seeded-events-store';
import type { Database } from '../../platform/db/schema';
import type { KentEvent } from '../domain/kent-event';
import type { EventsRepository } from './events-repository';

const FREED = { kind: 'event-place-freed', payload: { title: 'Briefing' } };
const ANNOUNCED = { kind: 'event-announced', payload: { title: 'Briefing' } };

describe.each(databaseEngines())('events and bookings on %s', (engine) => {
  let store: SeededEventsStore;
  let db: Kysely<Database>;
  let events: EventsRepository;
  let officerId: string;
  let representatives: SeededEventsStore['representatives'];

  beforeAll(async () => {
    store = await openSeededEventsStore(engine);
    ({ db, events, officerId, representatives } = store);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  let serial = 0;
  const newEvent = async (changes: Partial<KentEvent> = {}): Promise<KentEvent> => {
    const event = briefingEvent({
      id: `event-${++serial}`,
      venue: 'The Inn on the Lake, Shorne, Gravesend, DA12 3HB',
      capacity: 150,
      createdBy: officerId,
      ...changes,
    });
    await events.create(event);
    return event;
  };
  const bookings = (eventId: string) =>
    db
      .selectFrom('event_bookings')
      .select(['id', 'person_id', 'status'])
      .where('event_id', '=', eventId)
      .orderBy('id')
      .execute();

  it('gives 150 places to 200 people booking at once: exactly 150 booked, the other 50 waiting in arrival order', async () => {
    expect(representatives.length).toBeGreaterThanOrEqual(200);
    const event = await newEvent();
    const people = representatives.slice(0, 200).map((r) => r.person_id);
    const outcomes = await Promise.all(people.map((id) => events.book(event, id)));

    expect(outcomes.filter((o) => o.status === 'booked')).toHaveLength(150);
    const positions = outcomes.flatMap((o) => (o.status === 'waiting' ? [o.position] : [])).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const rows = await bookings(event.id);
    expect(rows.map((r) => r.status)).toEqual([...Array(150).fill('booked'), ...Array(50).fill('waiting')]);
    expect(new Set(rows.map((r) => r.person_id)).size).toBe(200);

    // Booking again gives back the same place, and adds nothing.
    const again = await events.book(event, rows[160]?.person_id as string);
    expect(again).toEqual({ status: 'waiting', position: 11, alreadyHad: true });
    expect(await bookings(event.id)).toHaveLength(200);
  });

  it('gives a cancelled place to the first waiting, tells them in the same transaction, and moves the list up', async () => {
    const event = await newEvent({ capacity: 2 });
    const [a, b, c, d] = representatives.slice(0, 4).map((r) => r.person_id) as [string, string, string, string];
    for (const person of [a, b, c, d]) await events.book(event, person);

    expect(await events.cancel(event, a, FREED)).toBe(true);
    expect(await events.cancel(event, a, FREED)).toBe(false);
    const rows = await bookings(event.id);
    expect(rows.map((r) => [r.person_id, r.status])).toEqual([
      [a, 'cancelled'],
      [b, 'booked'],
      [c, 'booked'],
      [d, 'waiting'],
    ]);
    expect((await events.listFor(d, false)).find((e) => e.id === event.id)?.myPlace).toEqual({
      status: 'waiting',
      position: 1,
    });
    const told = await db
      .selectFrom('outbox')
      .select(['person_id', 'kind'])
      .where('dedupe_key', 'like', `event-place-freed:${event.id}:%`)
      .execute();
    expect(told).toEqual([{ person_id: c, kind: 'event-place-freed' }]);

    // A waiting place given up tells nobody and moves nobody.
    expect(await events.cancel(event, d, FREED)).toBe(true);
    expect((await bookings(event.id)).filter((r) => r.status === 'booked').map((r) => r.person_id)).toEqual([b, c]);
  });

  it('keeps to the places per school, counting the waiting list, and says why', async () => {
    const event = await newEvent({ capacity: 1, placesPerSchool: 1 });
    const [first, second] = representatives;
    await events.book(event, first?.person_id as string);
    // A colleague at the same school: made for the test, working at the first representative's school.
    await db
      .insertInto('people')
      .values({ id: 'colleague', email: 'colleague@school.demo.example', display_name: 'A Colleague' })
      .execute();
    await db
      .insertInto('school_staff')
      .values({ person_id: 'colleague', school_id: first?.school_id as string })
      .execute();
    await expect(events.book(event, 'colleague')).rejects.toThrow('Your school already has a place at this event.');
    expect(await events.book(event, second?.person_id as string)).toEqual({
      status: 'waiting',
      position: 1,
      alreadyHad: false,
    });
  });

  it('announces to everyone with a role once each, however many times it is sent', async () => {
    const event = await newEvent();
    const first = await events.announce(event, ANNOUNCED, officerId);
    expect(first.queued).toBeGreaterThanOrEqual(600);
    expect(first.alreadySent).toBe(0);
    const second = await events.announce(event, ANNOUNCED, officerId);
    expect(second).toMatchObject({ queued: 0, alreadySent: first.queued });
    const queued = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.count<string>('person_id').distinct().as('people'))
      .select((eb) => eb.fn.countAll<string>().as('cards'))
      .where('dedupe_key', 'like', `event-announced:${event.id}:%`)
      .executeTakeFirstOrThrow();
    expect({ people: Number(queued.people), cards: Number(queued.cards) }).toEqual({
      people: first.queued,
      cards: first.queued,
    });
  });

  it("announces an area's headteacher briefing only to headteachers with a role there", async () => {
    const event = await newEvent({ audience: 'headteachers', areaIds: ['north-kent'] });
    const result = await events.announce(event, ANNOUNCED, officerId);
    const told = await db
      .selectFrom('outbox')
      .innerJoin('people', 'people.id', 'outbox.person_id')
      .select(['people.id', 'people.job_title'])
      .where('dedupe_key', 'like', `event-announced:${event.id}:%`)
      .execute();
    expect(told).toHaveLength(result.queued);
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((p) => /head ?teacher|principal|head of school/i.test(p.job_title ?? ''))).toBe(true);
    for (const person of told) {
      const facts = await events.inAudience(event, person.id);
      expect(facts).toBe(true);
    }
  });

  it('reminds the people booked on an event starting within the day once, and not those waiting or cancelled', async () => {
    const start = Date.parse('2027-09-10T09:00:00Z');
    const event = await newEvent({ capacity: 1, startMs: start, endMs: start + 3_600_000, bookingClosesMs: start - 1 });
    const [booked, waiting] = representatives.slice(0, 2).map((r) => r.person_id) as [string, string];
    await events.book(event, booked);
    await events.book(event, waiting);
    const reminder = () => ({ kind: 'event-reminder', payload: { eventId: event.id } });
    expect(await events.queueReminders(start - 2 * 86_400_000, start - 86_400_000, reminder)).toBe(0);
    expect(await events.queueReminders(start - 86_400_000 + 60_000, start + 60_000, reminder)).toBe(1);
    expect(await events.queueReminders(start - 86_400_000 + 360_000, start + 360_000, reminder)).toBe(0);
    const reminded = await db
      .selectFrom('outbox')
      .select('person_id')
      .where('dedupe_key', 'like', `event-reminder:${event.id}:%`)
      .execute();
    expect(reminded).toEqual([{ person_id: booked }]);
  });
});
