import { type Kysely, sql } from 'kysely';

/** Per-person rate-limit counters shared by every instance (the layout rate-limiter-flexible's Postgres store uses). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rate_limits (
      key varchar(255) primary key,
      points integer not null default 0,
      expire bigint
    )
  `.execute(db);
}
