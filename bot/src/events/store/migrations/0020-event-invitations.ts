import { type Kysely, sql } from 'kysely';

/**
 * Calendar invitations for booked places: each booking's Outlook event (sent from the events organizer mailbox with
 * Graph), its progress (pending → sent, or cancelling → cancelled when the place is given up), how many times it was
 * tried (after one try the event may exist, so it is looked up before another) and a per-booking lease, so a crashed
 * worker's booking is taken up again once the lease runs out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('event_bookings')
    .addColumn('invitation', 'text', (c) =>
      c.check(sql`invitation in ('pending', 'sent', 'failed', 'cancelling', 'cancelled')`),
    )
    .addColumn('invitation_event_id', 'text')
    .addColumn('invitation_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invitation_lease_token', 'text')
    .addColumn('invitation_leased_until', 'timestamptz')
    .addColumn('invitation_note', 'text')
    .execute();
  await sql`create index event_bookings_invitation_work on event_bookings (id)
    where invitation in ('pending', 'cancelling')`.execute(db);
}
