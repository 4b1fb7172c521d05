import { type Kysely, sql } from 'kysely';

/** KCC's events (briefings) and the places people book, with a waiting list in arrival order. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('area_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('audience', 'text', (c) =>
      c.notNull().check(sql`audience in ('everyone', 'headteachers', 'chairs', 'representatives')`),
    )
    .addColumn('venue', 'text')
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity > 0`))
    .addColumn('booking_closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('places_per_school', 'integer')
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('event_bookings')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('school_id', 'text', (c) => c.references('schools.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('booked', 'waiting', 'cancelled')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index event_bookings_one_per_person on event_bookings (event_id, person_id)
    where status <> 'cancelled'`.execute(db);
  await sql`create index event_bookings_by_event on event_bookings (event_id, status, id)`.execute(db);
}
