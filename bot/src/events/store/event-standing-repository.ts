import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { EventNotice, EventStanding, StandingStore } from '../app/ports';

/** How the notices queued under a dedupe-key prefix fared so far: delivered and failed. */
export async function noticeOutcomes(
  db: Kysely<Database>,
  dedupePrefix: string,
): Promise<{ delivered: number; failed: number }> {
  const rows = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('dedupe_key', 'like', `${dedupePrefix}%`)
    .groupBy('status')
    .execute();
  const outcome = (status: string) => Number(rows.find((o) => o.status === status)?.n ?? 0);
  return { delivered: outcome('delivered'), failed: outcome('failed') };
}

/** The officer's view of an event in PostgreSQL (or PGlite): the announcement's outcomes and the places. */
export class EventStandingRepository implements StandingStore {
  constructor(private readonly db: Kysely<Database>) {}

  async standing(eventId: string, announcedKind: string): Promise<EventStanding> {
    const [outcomes, places] = await Promise.all([
      noticeOutcomes(this.db, `${announcedKind}:${eventId}:`),
      this.db
        .selectFrom('event_bookings')
        .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
        .where('event_id', '=', eventId)
        .where('status', '!=', 'cancelled')
        .groupBy('status')
        .execute(),
    ]);
    const count = (status: string) => Number(places.find((p) => p.status === status)?.n ?? 0);
    return { ...outcomes, booked: count('booked'), waiting: count('waiting') };
  }

  async teamsUserIdOf(personId: string): Promise<string | null> {
    const chat = await this.db
      .selectFrom('conversation_refs')
      .select('reference')
      .where('person_id', '=', personId)
      .where('conversation_type', '=', 'personal')
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    const user = chat?.reference.user as { id?: unknown } | undefined;
    return typeof user?.id === 'string' ? user.id : null;
  }

  async notifyOnce(personId: string, notice: EventNotice, dedupeKey: string): Promise<boolean> {
    return enqueueInTransaction(this.db, { kind: notice.kind, to: { personId }, payload: notice.payload, dedupeKey });
  }
}
