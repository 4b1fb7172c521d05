import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type {
  Attendee,
  BookingOutcome,
  EventAnnouncement,
  EventForPerson,
  EventNotice,
  EventsStore,
} from '../app/ports';
import { isInAudience } from '../domain/event-audience';
import type { KentEvent, MyPlace } from '../domain/kent-event';
import { audienceFacts, audienceQuery } from './audience-query';
import {
  activeBooking,
  invitationAfterCancelling,
  lockEvent,
  placeOf,
  promoteFirstWaiting,
  schoolOf,
} from './booking-steps';
import { eventOf } from './event-row';
import { noticeOutcomes } from './event-standing-repository';

const iso = (ms: number) => new Date(ms).toISOString();

/** Events and bookings in PostgreSQL (or PGlite); bookings take a lock on their event, so places never overbook. */
export class EventsRepository implements EventsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(event: KentEvent): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('events')
        .values({
          id: event.id,
          title: event.title,
          description: event.description,
          area_ids: JSON.stringify(event.areaIds),
          audience: event.audience,
          venue: event.venue,
          starts_at: iso(event.startMs),
          ends_at: iso(event.endMs),
          capacity: event.capacity,
          booking_closes_at: iso(event.bookingClosesMs),
          places_per_school: event.placesPerSchool,
          created_by: event.createdBy,
        })
        .execute();
      await writeAudit(tx, {
        actorPersonId: event.createdBy,
        action: 'event.created',
        entityType: 'event',
        entityId: event.id,
        after: event,
      });
    });
  }

  async event(id: string): Promise<KentEvent | undefined> {
    const row = await this.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
    return row && eventOf(row);
  }

  async areasExist(areaIds: string[]): Promise<boolean> {
    if (areaIds.length === 0) return true;
    const found = await this.db.selectFrom('areas').select('id').where('id', 'in', areaIds).execute();
    return found.length === areaIds.length;
  }

  async inAudience(event: KentEvent, personId: string): Promise<boolean> {
    return isInAudience(event, await audienceFacts(this.db, personId));
  }

  async listFor(personId: string, everything: boolean, onlyEventId?: string): Promise<EventForPerson[]> {
    const only = onlyEventId !== undefined;
    const [rows, facts, counts, mine, areas] = await Promise.all([
      this.db
        .selectFrom('events')
        .selectAll()
        .$if(only, (q) => q.where('id', '=', onlyEventId as string))
        .orderBy('starts_at')
        .orderBy('id')
        .execute(),
      audienceFacts(this.db, personId),
      this.db
        .selectFrom('event_bookings')
        .select(['event_id', 'status', (eb) => eb.fn.countAll<string>().as('n')])
        .$if(only, (q) => q.where('event_id', '=', onlyEventId as string))
        .where('status', '!=', 'cancelled')
        .groupBy(['event_id', 'status'])
        .execute(),
      this.db
        .selectFrom('event_bookings as mine')
        .select([
          'mine.event_id',
          'mine.status',
          (eb) =>
            eb
              .selectFrom('event_bookings as ahead')
              .select((e) => e.fn.countAll<string>().as('n'))
              .whereRef('ahead.event_id', '=', 'mine.event_id')
              .where('ahead.status', '=', 'waiting')
              .whereRef('ahead.id', '<=', 'mine.id')
              .as('position'),
        ])
        .where('mine.person_id', '=', personId)
        .where('mine.status', '!=', 'cancelled')
        .execute(),
      this.db.selectFrom('areas').select(['id', 'name']).execute(),
    ]);
    const count = (eventId: string, status: string) =>
      Number(counts.find((c) => c.event_id === eventId && c.status === status)?.n ?? 0);
    const areaName = new Map(areas.map((a) => [a.id, a.name]));
    return rows
      .map(eventOf)
      .filter((event) => everything || isInAudience(event, facts))
      .map((event) => {
        const place = mine.find((m) => m.event_id === event.id);
        const myPlace: MyPlace | null = !place
          ? null
          : place.status === 'booked'
            ? { status: 'booked' }
            : { status: 'waiting', position: Number(place.position) };
        return {
          ...event,
          counts: { booked: count(event.id, 'booked'), waiting: count(event.id, 'waiting') },
          myPlace,
          areaNames: event.areaIds.map((id) => areaName.get(id) ?? id),
        };
      });
  }

  async announce(event: KentEvent, notice: EventNotice, actorId: string): Promise<EventAnnouncement> {
    const dedupePrefix = `${notice.kind}:${event.id}:`;
    const result = await this.db.transaction().execute(async (tx) => {
      const members = await audienceQuery(tx, event).execute();
      let queued = 0;
      for (const { person_id } of members) {
        const isNew = await enqueueInTransaction(tx, {
          kind: notice.kind,
          to: { personId: person_id },
          payload: notice.payload,
          dedupeKey: `${dedupePrefix}${person_id}`,
        });
        if (isNew) queued++;
      }
      const withChats = await tx
        .selectFrom('conversation_refs')
        .select((eb) => eb.fn.count<string>('person_id').distinct().as('n'))
        .where('conversation_type', '=', 'personal')
        .where('person_id', 'in', audienceQuery(tx, event))
        .executeTakeFirstOrThrow();
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'event.announced',
        entityType: 'event',
        entityId: event.id,
        after: { queued, audience: members.length },
      });
      return { queued, alreadySent: members.length - queued, withoutChat: members.length - Number(withChats.n) };
    });
    return { ...result, ...(await noticeOutcomes(this.db, dedupePrefix)) };
  }

  async book(event: KentEvent, personId: string, invite = false): Promise<BookingOutcome> {
    return this.db.transaction().execute(async (tx) => {
      await lockEvent(tx, event.id);
      const existing = await activeBooking(tx, event.id, personId);
      if (existing) return { ...(await placeOf(tx, existing)), alreadyHad: true };
      const schoolId = await schoolOf(tx, personId);
      if (event.placesPerSchool !== null && schoolId) {
        const taken = await tx
          .selectFrom('event_bookings')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('event_id', '=', event.id)
          .where('school_id', '=', schoolId)
          .where('status', '!=', 'cancelled')
          .executeTakeFirstOrThrow();
        if (Number(taken.n) >= event.placesPerSchool) {
          const places = event.placesPerSchool === 1 ? 'a place' : `${event.placesPerSchool} places`;
          throw new UserFacingError('conflict', `Your school already has ${places} at this event.`);
        }
      }
      const booked = await tx
        .selectFrom('event_bookings')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('event_id', '=', event.id)
        .where('status', '=', 'booked')
        .executeTakeFirstOrThrow();
      const status = Number(booked.n) < event.capacity ? 'booked' : 'waiting';
      const inserted = await tx
        .insertInto('event_bookings')
        .values({
          event_id: event.id,
          person_id: personId,
          school_id: schoolId,
          status,
          invitation: invite && status === 'booked' ? 'pending' : null,
        })
        .returning(['id', 'status'])
        .executeTakeFirstOrThrow();
      await writeAudit(tx, {
        actorPersonId: personId,
        action: status === 'booked' ? 'event.place-booked' : 'event.place-waiting',
        entityType: 'event',
        entityId: event.id,
        after: { bookingId: inserted.id, status },
      });
      return { ...(await placeOf(tx, { id: inserted.id, status, event_id: event.id })), alreadyHad: false };
    });
  }

  async cancel(event: KentEvent, personId: string, notice: EventNotice, invite = false): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      await lockEvent(tx, event.id);
      const existing = await activeBooking(tx, event.id, personId);
      if (!existing) return false;
      await tx
        .updateTable('event_bookings')
        .set({ status: 'cancelled', changed_at: new Date(), invitation: invitationAfterCancelling })
        .where('id', '=', existing.id)
        .execute();
      await writeAudit(tx, {
        actorPersonId: personId,
        action: 'event.place-cancelled',
        entityType: 'event',
        entityId: event.id,
        before: { bookingId: existing.id, status: existing.status },
      });
      if (existing.status === 'booked') await promoteFirstWaiting(tx, event.id, notice, invite);
      return true;
    });
  }

  async attendees(eventId: string): Promise<Attendee[]> {
    const rows = await this.db
      .selectFrom('event_bookings')
      .innerJoin('people', 'people.id', 'event_bookings.person_id')
      .leftJoin('schools', 'schools.id', 'event_bookings.school_id')
      .select([
        'people.display_name',
        'people.email',
        'schools.name as school',
        'event_bookings.status',
        'event_bookings.created_at',
      ])
      .where('event_bookings.event_id', '=', eventId)
      .where('event_bookings.status', '!=', 'cancelled')
      .orderBy('event_bookings.id')
      .execute();
    let waiting = 0;
    const attendees = rows.map((r) => ({
      name: r.display_name,
      email: r.email,
      school: r.school,
      status: r.status as 'booked' | 'waiting',
      position: r.status === 'waiting' ? ++waiting : null,
      bookedAt: new Date(r.created_at).toISOString(),
    }));
    return [...attendees.filter((a) => a.status === 'booked'), ...attendees.filter((a) => a.status === 'waiting')];
  }

  async queueReminders(fromMs: number, toMs: number, notice: (event: KentEvent) => EventNotice): Promise<number> {
    const rows = await this.db
      .selectFrom('event_bookings')
      .innerJoin('events', 'events.id', 'event_bookings.event_id')
      .selectAll('events')
      .select('event_bookings.person_id')
      .where('event_bookings.status', '=', 'booked')
      .where('events.starts_at', '>=', new Date(fromMs))
      .where('events.starts_at', '<', new Date(toMs))
      .execute();
    let queued = 0;
    for (const row of rows) {
      const event = eventOf(row);
      const { kind, payload } = notice(event);
      const isNew = await enqueueInTransaction(this.db, {
        kind,
        to: { personId: row.person_id },
        payload,
        dedupeKey: `${kind}:${event.id}:${row.person_id}`,
      });
      if (isNew) queued++;
    }
    return queued;
  }
}
