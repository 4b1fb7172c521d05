import { type Kysely, sql } from 'kysely';

/** Leases on background jobs that must run on one instance at a time (reminder sweep, agenda placement, ...). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table job_leases (
      name text primary key,
      holder text not null,
      leased_until timestamptz not null
    )
  `.execute(db);
}
