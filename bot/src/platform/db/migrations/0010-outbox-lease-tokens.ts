import { type Kysely, sql } from 'kysely';

/** Each outbox lease gets a token, so only the instance holding a message's lease can renew or mark it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outbox add column lease_token text`.execute(db);
}
