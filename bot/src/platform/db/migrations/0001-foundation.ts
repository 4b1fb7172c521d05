import { type Kysely, sql } from 'kysely';

/** Creates the directory, calendar, messaging and audit tables of the walking skeleton. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createTable('districts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createTable('communities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('organizer_mailbox', 'text')
    .addColumn('preferred_weekdays', 'jsonb', (c) => c.notNull().defaultTo(sql`'[2]'::jsonb`))
    .addColumn('preferred_start_time', 'text', (c) => c.notNull().defaultTo('15:45'))
    .addColumn('meeting_minutes', 'integer', (c) => c.notNull().defaultTo(90))
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Europe/London'))
    .execute();
  await db.schema
    .createTable('schools')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('urn', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull().check(sql`phase in ('primary', 'secondary', 'all-through')`))
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .execute();
  await db.schema.createIndex('schools_community_idx').on('schools').column('community_id').execute();
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text')
    .addColumn('aad_object_id', 'text', (c) => c.unique())
    .addColumn('email', 'text', (c) => c.notNull().unique().check(sql`email = lower(email)`))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('job_title', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('roles')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('representative', 'chair', 'officer', 'practitioner', 'senInclusionAdviser')`),
    )
    .addColumn('community_id', 'text', (c) => c.references('communities.id'))
    .addColumn('school_id', 'text', (c) => c.references('schools.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index roles_unique_idx on roles (person_id, role, coalesce(community_id, ''), coalesce(school_id, ''))`.execute(
    db,
  );
  // A school has at most one representative at a time.
  await sql`create unique index roles_one_representative_idx on roles (school_id) where role = 'representative'`.execute(
    db,
  );
  await db.schema.createIndex('roles_person_idx').on('roles').column('person_id').execute();
  await db.schema
    .createTable('prg_services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('needs', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('practitioners')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('prg_services.id'))
    .execute();
  await db.schema
    .createTable('academic_years')
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id ~ '^[0-9]{4}-[0-9]{2}$'`))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('term_dates')
    .addColumn('academic_year_id', 'text', (c) => c.notNull().references('academic_years.id'))
    .addColumn('term', 'integer', (c) => c.notNull().check(sql`term between 1 and 6`))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('term_dates_pk', ['academic_year_id', 'term'])
    .addCheckConstraint('term_dates_order', sql`starts_on <= ends_on`)
    .execute();
  await db.schema
    .createTable('holidays')
    .addColumn('date', 'date', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('conversation_refs')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('conversation_type', 'text', (c) => c.notNull())
    .addColumn('reference', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'delivered', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('available_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('leased_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('delivered_at', 'timestamptz')
    .execute();
  await sql`create index outbox_pending_idx on outbox (available_at) where status = 'pending'`.execute(db);
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  await db.schema
    .createTable('app_metadata')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
