import { type Kysely, sql } from 'kysely';

/** The dates a poll put for a month before the chair suggested another, so no suggestion comes back to one of them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table date_poll_earlier_dates (
      poll_id text not null references date_polls (id) on delete cascade,
      month text not null,
      round integer not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      replaced_at timestamptz not null default now(),
      primary key (poll_id, month, round)
    )
  `.execute(db);
}
