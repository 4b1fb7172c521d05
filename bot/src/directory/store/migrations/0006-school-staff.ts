import { type Kysely, sql } from 'kysely';

/**
 * Who works at which school: the tie that lets a person register themselves as a school's representative.
 * Existing representatives are staff of the school they represent, so they are linked from the start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('school_staff')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addPrimaryKeyConstraint('school_staff_pk', ['person_id', 'school_id'])
    .execute();
  await sql`create index school_staff_school_idx on school_staff (school_id)`.execute(db);
  await sql`
    insert into school_staff (person_id, school_id)
    select distinct person_id, school_id from roles where role = 'representative' and school_id is not null
    on conflict do nothing
  `.execute(db);
}
