import { type Kysely, sql } from 'kysely';

/** Meeting cycles (community meetings and KiT meetings), their meetings, attendees and calendar progress. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meeting_cycles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('community', 'kit')`))
    .addColumn('community_id', 'text', (c) => c.references('communities.id'))
    .addColumn('area_id', 'text', (c) => c.references('areas.id'))
    .addColumn('academic_year_id', 'text', (c) => c.notNull().references('academic_years.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index meeting_cycles_one_per_year_idx on meeting_cycles (kind, coalesce(community_id, ''), coalesce(area_id, ''), academic_year_id)`.execute(
    db,
  );
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('meeting_cycles.id'))
    .addColumn('community_id', 'text', (c) => c.references('communities.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('organizer_mailbox', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('planned', 'creating', 'created', 'failed', 'cancelled')`),
    )
    .addColumn('transaction_id', 'text', (c) => c.notNull().unique())
    .addColumn('calendar_event_id', 'text')
    .addColumn('join_url', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('outside_window', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('cancel_comment', 'text')
    .addColumn('reminders_sent', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('meetings_order', sql`starts_at < ends_at`)
    .execute();
  await db.schema.createIndex('meetings_cycle_idx').on('meetings').column('cycle_id').execute();
  await db.schema
    .createIndex('meetings_community_start_idx')
    .on('meetings')
    .columns(['community_id', 'starts_at'])
    .execute();
  await db.schema
    .createTable('meeting_attendees')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('attendance', 'text', (c) => c.notNull().check(sql`attendance in ('required', 'optional')`))
    .addPrimaryKeyConstraint('meeting_attendees_pk', ['meeting_id', 'person_id'])
    .execute();
  await db.schema.createIndex('meeting_attendees_person_idx').on('meeting_attendees').column('person_id').execute();
}
