import type { Kysely } from 'kysely';
import { briefingEvent } from '../../../../test/support/briefing-event';
import { databaseEngines } from '../../../../test/support/database-targets';
import { openSeededEventsStore, type SeededEventsStore } from '../../../../test/support/seeded-events-store';
import type { Database } from '../../platform/db/schema';
import type { KentEvent } from '../domain/kent-event';
import type { EventsRepository } from './events-repository';
import { InvitationsRepository } from './invitations-repository';

const FREED = { kind: 'event-place-freed', payload: { title: 'Briefing' } };
const NOW = Date.parse('2026-06-15T09:00:00Z');

describe.each(databaseEngines())('booked places’ invitations on %s', (engine) => {
  let store: SeededEventsStore;
  let db: Kysely<Database>;
  let events: EventsRepository;
  let invitations: InvitationsRepository;
  let people: string[];
  let officerId: string;

  beforeAll(async () => {
    store = await openSeededEventsStore(engine);
    ({ db, events, officerId } = store);
    invitations = new InvitationsRepository(db);
    people = store.representatives.map((r) => r.person_id);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  let serial = 0;
  const newEvent = async (capacity: number): Promise<KentEvent> => {
    const event = briefingEvent({
      id: `invited-${++serial}`,
      venue: 'Sessions House, Maidstone',
      capacity,
      createdBy: officerId,
    });
    await events.create(event);
    return event;
  };
  const stateOf = async (eventId: string, personId: string) =>
    db
      .selectFrom('event_bookings')
      .select(['invitation', 'invitation_event_id', 'invitation_attempts'])
      .where('event_id', '=', eventId)
      .where('person_id', '=', personId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
  const drain = async () => {
    for (let work = await invitations.claim(100, 60_000, NOW); work.length > 0; ) {
      for (const w of work) await invitations.settle(w, { status: 'done', eventId: `AAMk-${w.bookingId}` }, 60_000);
      work = await invitations.claim(100, 60_000, NOW);
    }
  };

  it('gives booked places an invitation to send, claimed by one worker at a time, and none to the waiting list', async () => {
    await drain();
    const event = await newEvent(2);
    const [a, b, c] = people as [string, string, string];
    for (const person of [a, b, c]) await events.book(event, person, true);
    expect((await stateOf(event.id, c)).invitation).toBeNull();

    const [first, second] = await Promise.all([
      invitations.claim(100, 60_000, NOW),
      invitations.claim(100, 60_000, NOW),
    ]);
    const claimed = [...first, ...second];
    expect(claimed.map((w) => w.action)).toEqual(['send', 'send']);
    expect(new Set(claimed.map((w) => w.bookingId)).size).toBe(2);
    expect(claimed.every((w) => w.attemptsBefore === 0 && w.event.id === event.id)).toBe(true);
    expect(await invitations.claim(100, 60_000, NOW)).toEqual([]);

    for (const w of claimed) {
      expect(await invitations.settle(w, { status: 'done', eventId: `AAMk-${w.bookingId}` }, 60_000)).toBe(true);
    }
    expect(await stateOf(event.id, a)).toMatchObject({ invitation: 'sent', invitation_attempts: 1 });
  });

  it('cancels a sent invitation when its place is given up, and sends the promoted person theirs', async () => {
    await drain();
    const event = await newEvent(1);
    const [a, b] = people as [string, string];
    await events.book(event, a, true);
    await events.book(event, b, true);
    await drain();
    expect(await events.cancel(event, a, FREED, true)).toBe(true);

    const work = await invitations.claim(100, 60_000, NOW);
    expect(work.map((w) => [w.action, w.attendee.email.length > 0, w.eventId !== null])).toEqual([
      ['cancel', true, true],
      ['send', true, false],
    ]);
    for (const w of work) await invitations.settle(w, { status: 'done', eventId: w.eventId ?? 'AAMk-new' }, 60_000);
    expect((await stateOf(event.id, a)).invitation).toBe('cancelled');
    expect((await stateOf(event.id, b)).invitation).toBe('sent');
  });

  it('drops an invitation never tried, and keeps one whose outcome is unknown out of reach until its retry', async () => {
    await drain();
    const event = await newEvent(5);
    const [a, b] = people as [string, string];
    await events.book(event, a, true);
    await events.cancel(event, a, FREED, true);
    expect((await stateOf(event.id, a)).invitation).toBeNull();

    await events.book(event, b, true);
    const [tried] = await invitations.claim(100, 60_000, NOW);
    if (!tried) throw new Error('nothing claimed');
    await invitations.settle(tried, { status: 'unknown', reason: 'Outlook did not answer (504).' }, 60_000);
    expect(await invitations.claim(100, 60_000, NOW)).toEqual([]);
    await db
      .updateTable('event_bookings')
      .set({ invitation_leased_until: new Date(0) })
      .execute();
    const [again] = await invitations.claim(100, 60_000, NOW);
    expect(again).toMatchObject({ bookingId: tried.bookingId, action: 'send', attemptsBefore: 1 });
    // The first worker's lease is gone: what it says now changes nothing.
    expect(await invitations.settle(tried, { status: 'done', eventId: 'AAMk-late' }, 60_000)).toBe(false);
    expect(await invitations.settle(again as typeof tried, { status: 'done', eventId: 'AAMk-b' }, 60_000)).toBe(true);
    expect(await stateOf(event.id, b)).toMatchObject({ invitation: 'sent', invitation_event_id: 'AAMk-b' });
  });
});
