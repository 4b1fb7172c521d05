import { type Kysely, sql } from 'kysely';

/** The planning cards waiting for their cycle's calendar work, kept so a restarted instance still updates them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cycle_card_watches (
      cycle_id text not null references meeting_cycles (id) on delete cascade,
      activity_id text not null,
      conversation_reference jsonb not null,
      created_at timestamptz not null default now(),
      primary key (cycle_id, activity_id)
    )
  `.execute(db);
}
