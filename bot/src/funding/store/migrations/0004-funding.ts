import { type Kysely, sql } from 'kysely';

/** Community budgets and protections, funding requests, decisions, the ledger and representative registrations. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('budgets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('academic_year_id', 'text', (c) => c.notNull().references('academic_years.id'))
    .addColumn('allocation_pence', 'bigint', (c) => c.notNull().check(sql`allocation_pence >= 0`))
    .addColumn('updated_by', 'text', (c) => c.references('people.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('budgets_one_per_year', ['community_id', 'academic_year_id'])
    .execute();
  await db.schema
    .createTable('budget_protections')
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budgets.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('amount_pence', 'bigint', (c) => c.notNull().check(sql`amount_pence > 0`))
    .addPrimaryKeyConstraint('budget_protections_pk', ['budget_id', 'position'])
    .execute();
  await db.schema
    .createTable('funding_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('academic_year_id', 'text', (c) => c.notNull().check(sql`academic_year_id ~ '^[0-9]{4}-[0-9]{2}$'`))
    .addColumn('submitted_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('idempotency_key', 'text')
    .addColumn('payload_hash', 'text', (c) => c.notNull())
    .addColumn('pupil_reference', 'text')
    .addColumn('year_group', 'text', (c) =>
      c.notNull().check(sql`year_group in ('R','1','2','3','4','5','6','7','8','9','10','11','12','13')`),
    )
    .addColumn('request_type', 'text', (c) =>
      c.notNull().check(sql`request_type in ('individual','group','wholeSchool')`),
    )
    .addColumn('group_size', 'integer')
    .addColumn('areas_of_need', 'jsonb', (c) => c.notNull())
    .addColumn('current_provision', 'text', (c) => c.notNull())
    .addColumn('what_is_working', 'text', (c) => c.notNull())
    .addColumn('hoped_for_outcomes', 'text', (c) => c.notNull())
    .addColumn('next_steps', 'text', (c) => c.notNull())
    .addColumn('amount_pence', 'bigint', (c) => c.notNull().check(sql`amount_pence > 0`))
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('prg_service_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('submitted','onAgenda','deferred','approved','declined','signposted','withdrawn','revoked')`,
        ),
    )
    .addColumn('agenda_meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('funding_requests_idempotency', ['submitted_by', 'idempotency_key'])
    .addCheckConstraint('funding_requests_period', sql`period_start <= period_end`)
    .execute();
  await db.schema
    .createIndex('funding_requests_community_idx')
    .on('funding_requests')
    .columns(['community_id', 'status'])
    .execute();
  await db.schema.createIndex('funding_requests_school_idx').on('funding_requests').column('school_id').execute();
  await db.schema
    .createIndex('funding_requests_meeting_idx')
    .on('funding_requests')
    .column('agenda_meeting_id')
    .execute();
  await db.schema
    .createTable('funding_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('funding_requests.id'))
    .addColumn('outcome', 'text', (c) =>
      c.notNull().check(sql`outcome in ('approved','declined','deferred','signposted','revoked')`),
    )
    .addColumn('amount_pence', 'bigint')
    .addColumn('reason', 'text')
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('deferred_to_meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('prg_service_id', 'text', (c) => c.references('prg_services.id'))
    .addColumn('decided_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sequence', 'bigserial', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('funding_decisions_request_idx').on('funding_decisions').column('request_id').execute();
  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budgets.id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('funding_requests.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().references('funding_decisions.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('commitment','reversal')`))
    .addColumn('amount_pence', 'bigint', (c) => c.notNull())
    .addColumn('reverses_entry_id', 'bigint', (c) => c.unique().references('ledger_entries.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'ledger_entries_sign',
      sql`(kind = 'commitment' and amount_pence > 0 and reverses_entry_id is null) or (kind = 'reversal' and amount_pence < 0 and reverses_entry_id is not null)`,
    )
    .execute();
  await db.schema.createIndex('ledger_entries_budget_idx').on('ledger_entries').column('budget_id').execute();
  // A request commits money at most once; taking it back is a reversal entry, never an edit.
  await sql`create unique index ledger_entries_one_commitment_idx on ledger_entries (request_id) where kind = 'commitment'`.execute(
    db,
  );
  await db.schema
    .createTable('representative_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('headteacher_name', 'text', (c) => c.notNull())
    .addColumn('delegated_authority_confirmed', 'boolean', (c) => c.notNull().check(sql`delegated_authority_confirmed`))
    .addColumn('registered_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('ended_reason', 'text', (c) => c.check(sql`ended_reason in ('replaced', 'reconfirmed')`))
    .execute();
  // One current registration per school; ended ones stay as history.
  await sql`create unique index representative_registrations_current_idx on representative_registrations (school_id) where ended_at is null`.execute(
    db,
  );
}
