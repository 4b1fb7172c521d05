import { type Kysely, sql } from 'kysely';

/** Lets a notification be enqueued at most once (e.g. one 7-day reminder per meeting and person). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('dedupe_key', 'text').execute();
  await sql`create unique index outbox_dedupe_idx on outbox (dedupe_key) where dedupe_key is not null`.execute(db);
}
