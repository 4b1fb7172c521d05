import { type Kysely, sql } from 'kysely';

/** The access log: one row each time someone reads a funding request's narrative about a pupil. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('narrative_reads')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('funding_request_id', 'text', (c) => c.notNull().references('funding_requests.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('read_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index narrative_reads_request_idx on narrative_reads (funding_request_id, id)`.execute(db);
}
