import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { InvitationOutcome, InvitationsStore, InvitationWork } from '../app/ports';
import { eventOf } from './event-row';
import type { InvitationState } from './tables';

/** An instant `ms` from the database's now (leases run on the database's clock, shared by every instance). */
const fromNow = (ms: number) => sql<Date>`now() + make_interval(secs => ${ms / 1000})`;

/** Booked places' invitations in PostgreSQL (or PGlite), each claimed under its own lease. */
export class InvitationsRepository implements InvitationsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async claim(limit: number, leaseMs: number, nowMs: number): Promise<InvitationWork[]> {
    const token = randomUUID();
    const claimable = (eb: Kysely<Database>) =>
      eb
        .selectFrom('event_bookings')
        .innerJoin('events', 'events.id', 'event_bookings.event_id')
        .select('event_bookings.id')
        .where('event_bookings.invitation', 'in', ['pending', 'cancelling'])
        .where((w) =>
          w.or([
            w('event_bookings.invitation_leased_until', 'is', null),
            w('event_bookings.invitation_leased_until', '<', sql<Date>`now()`),
          ]),
        )
        .where('events.ends_at', '>', new Date(nowMs))
        .orderBy('event_bookings.id')
        .limit(limit)
        .forUpdate('event_bookings')
        .skipLocked();
    const claimed = await this.db
      .updateTable('event_bookings')
      .set((eb) => ({
        invitation_lease_token: token,
        invitation_leased_until: fromNow(leaseMs),
        invitation_attempts: sql<number>`${eb.ref('invitation_attempts')} + case when invitation = 'pending' then 1 else 0 end`,
      }))
      .where('id', 'in', claimable(this.db))
      // Checked again: a lease committed after the subquery's snapshot leaves the row unlocked but taken.
      .where('invitation', 'in', ['pending', 'cancelling'])
      .where((w) =>
        w.or([w('invitation_leased_until', 'is', null), w('invitation_leased_until', '<', sql<Date>`now()`)]),
      )
      .returning('id')
      .execute();
    if (claimed.length === 0) return [];
    const rows = await this.db
      .selectFrom('event_bookings')
      .innerJoin('events', 'events.id', 'event_bookings.event_id')
      .innerJoin('people', 'people.id', 'event_bookings.person_id')
      .selectAll('events')
      .select([
        'event_bookings.id as booking_id',
        'event_bookings.invitation',
        'event_bookings.invitation_event_id',
        'event_bookings.invitation_attempts',
        'people.email',
        'people.display_name',
      ])
      .where(
        'event_bookings.id',
        'in',
        claimed.map((c) => c.id),
      )
      .where('event_bookings.invitation_lease_token', '=', token)
      .orderBy('event_bookings.id')
      .execute();
    return rows.map((row) => ({
      bookingId: row.booking_id,
      leaseToken: token,
      action: row.invitation === 'pending' ? 'send' : 'cancel',
      event: eventOf(row),
      attendee: { email: row.email, name: row.display_name },
      eventId: row.invitation_event_id,
      attemptsBefore: row.invitation === 'pending' ? row.invitation_attempts - 1 : row.invitation_attempts,
    }));
  }

  async settle(work: InvitationWork, outcome: InvitationOutcome, retryMs: number): Promise<boolean> {
    const mine = this.db
      .updateTable('event_bookings')
      .where('id', '=', work.bookingId)
      .where('invitation_lease_token', '=', work.leaseToken);
    if (outcome.status === 'unknown') {
      // Kept out of reach until the retry: the lease outlives this run, and nobody holds it.
      const result = await mine
        .set({
          invitation_lease_token: null,
          invitation_leased_until: fromNow(retryMs),
          invitation_note: outcome.reason,
        })
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    }
    const next = nextState(work.action, outcome);
    const result = await mine
      .set({
        // A place given up while its invitation was being sent stays `cancelling`: the next run cancels the event.
        invitation:
          next === 'sent'
            ? sql<InvitationState>`case when invitation = 'cancelling' then 'cancelling' else 'sent' end`
            : next,
        ...(outcome.status === 'done' && outcome.eventId ? { invitation_event_id: outcome.eventId } : {}),
        invitation_lease_token: null,
        invitation_leased_until: null,
        invitation_note: outcome.status === 'failed' ? outcome.reason : null,
      })
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

/** Where an invitation goes after a definite outcome. */
function nextState(action: InvitationWork['action'], outcome: InvitationOutcome): InvitationState {
  if (action === 'cancel') return outcome.status === 'done' ? 'cancelled' : 'failed';
  return outcome.status === 'done' ? 'sent' : 'failed';
}
