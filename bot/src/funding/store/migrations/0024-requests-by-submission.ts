import { type Kysely, sql } from 'kysely';

/**
 * Lists of requests page newest first on (submitted_at, id), to the millisecond a cursor carries: submission instants
 * are kept to the millisecond (the column's precision, whoever writes it), so the lists are read from an index instead
 * of sorting every request on each page (at ten times Kent, 50,000 rows per page of the officer's list).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table funding_requests alter column submitted_at type timestamptz(3)`.execute(db);
  await sql`create index funding_requests_newest_idx on funding_requests (submitted_at desc, id desc)`.execute(db);
  await sql`
    create index funding_requests_community_newest_idx on funding_requests (community_id, submitted_at desc, id desc)
  `.execute(db);
}
