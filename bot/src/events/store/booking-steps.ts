import { sql, type Transaction } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { EventNotice } from '../app/ports';
import type { MyPlace } from '../domain/kent-event';
import type { InvitationState } from './tables';

/** Locks the event's row, so bookings of one event take turns. */
export async function lockEvent(tx: Transaction<Database>, eventId: string): Promise<void> {
  await sql`select id from events where id = ${eventId} for update`.execute(tx);
}

/** A booking as the steps read it. */
export type BookingRow = { id: string; status: 'booked' | 'waiting' | 'cancelled'; event_id: string };

/** The person's booked or waiting place at the event, if any. */
export async function activeBooking(tx: Transaction<Database>, eventId: string, personId: string) {
  return tx
    .selectFrom('event_bookings')
    .select(['id', 'status', 'event_id'])
    .where('event_id', '=', eventId)
    .where('person_id', '=', personId)
    .where('status', '!=', 'cancelled')
    .executeTakeFirst();
}

/** A booking as the person's place: booked, or waiting with how many are ahead of them plus one. */
export async function placeOf(tx: Transaction<Database>, booking: BookingRow): Promise<MyPlace> {
  if (booking.status === 'booked') return { status: 'booked' };
  const ahead = await tx
    .selectFrom('event_bookings')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('event_id', '=', booking.event_id)
    .where('status', '=', 'waiting')
    .where('id', '<=', booking.id)
    .executeTakeFirstOrThrow();
  return { status: 'waiting', position: Number(ahead.n) };
}

/** The person's school, if they have one: the school they represent, else one they work at. */
export async function schoolOf(tx: Transaction<Database>, personId: string): Promise<string | null> {
  const represented = await tx
    .selectFrom('roles')
    .select('school_id')
    .where('person_id', '=', personId)
    .where('school_id', 'is not', null)
    .orderBy('id')
    .executeTakeFirst();
  if (represented?.school_id) return represented.school_id;
  const staff = await tx
    .selectFrom('school_staff')
    .select('school_id')
    .where('person_id', '=', personId)
    .orderBy('school_id')
    .executeTakeFirst();
  return staff?.school_id ?? null;
}

/**
 * A cancelled place's invitation: one sent, or perhaps sent (tried), is to be cancelled in Outlook; one never tried
 * is simply dropped; a refused one stays as it was.
 */
export const invitationAfterCancelling = sql<InvitationState | null>`case
  when invitation = 'sent' then 'cancelling'
  when invitation = 'pending' and invitation_attempts = 0 then null
  when invitation = 'pending' then 'cancelling'
  else invitation end`;

/** Gives the freed place to the first on the waiting list (with an invitation to send when `invite`), and tells them. */
export async function promoteFirstWaiting(
  tx: Transaction<Database>,
  eventId: string,
  notice: EventNotice,
  invite = false,
): Promise<void> {
  const next = await tx
    .selectFrom('event_bookings')
    .select(['id', 'person_id'])
    .where('event_id', '=', eventId)
    .where('status', '=', 'waiting')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!next) return;
  await tx
    .updateTable('event_bookings')
    .set({ status: 'booked', changed_at: new Date(), invitation: invite ? 'pending' : null })
    .where('id', '=', next.id)
    .execute();
  await writeAudit(tx, {
    actorPersonId: null,
    action: 'event.place-given-from-waiting-list',
    entityType: 'event',
    entityId: eventId,
    after: { bookingId: next.id, status: 'booked' },
  });
  await enqueueInTransaction(tx, {
    kind: notice.kind,
    to: { personId: next.person_id },
    payload: notice.payload,
    dedupeKey: `${notice.kind}:${eventId}:${next.id}`,
  });
}
