import { type Kysely, sql } from 'kysely';

/** Polls of next year's meeting dates: the proposed date per month, who is asked, and their answers. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table date_polls (
      id text primary key,
      community_id text not null references communities (id),
      academic_year_id text not null,
      created_by text not null references people (id),
      status text not null default 'open' check (status in ('open', 'confirmed', 'closed')),
      closes_at timestamptz not null,
      cycle_id text,
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create unique index date_polls_one_open on date_polls (community_id, academic_year_id)
    where status = 'open'`.execute(db);
  await sql`
    create table date_poll_dates (
      poll_id text not null references date_polls (id) on delete cascade,
      month text not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      round integer not null default 1,
      primary key (poll_id, month)
    )
  `.execute(db);
  await sql`
    create table date_poll_invitees (
      poll_id text not null references date_polls (id) on delete cascade,
      person_id text not null references people (id),
      position integer not null,
      primary key (poll_id, person_id)
    )
  `.execute(db);
  await sql`
    create table date_poll_answers (
      poll_id text not null references date_polls (id) on delete cascade,
      person_id text not null references people (id),
      month text not null,
      works boolean not null,
      reason text,
      answered_at timestamptz not null default now(),
      primary key (poll_id, person_id, month)
    )
  `.execute(db);
}
