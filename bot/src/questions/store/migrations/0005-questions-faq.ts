import { type Kysely, sql } from 'kysely';
import { DEFAULT_THEMES } from '../../domain/question-themes';

/** Questions to KCC, their history and channel routing, the FAQ knowledge base, and officers' Teams ids. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('question_themes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db
    .insertInto('question_themes' as never)
    .values(DEFAULT_THEMES.map((t, position) => ({ id: t.id, name: t.name, position })) as never)
    .execute();
  await db.schema
    .createTable('faq_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('theme_id', 'text', (c) => c.notNull().references('question_themes.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_question_id', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('published').check(sql`status in ('published', 'retired')`),
    )
    .addColumn('created_by', 'text', (c) => c.references('people.id'))
    .addColumn('updated_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('asker_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('school_id', 'text', (c) => c.references('schools.id'))
    .addColumn('community_id', 'text', (c) => c.references('communities.id'))
    .addColumn('theme_id', 'text', (c) => c.notNull().references('question_themes.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('context', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('draft', 'self-answered', 'open', 'assigned', 'answered', 'duplicate', 'closed')`),
    )
    .addColumn('assignee_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('faq_entry_id', 'text', (c) => c.references('faq_entries.id'))
    .addColumn('helpful', 'boolean')
    .addColumn('channel_conversation_id', 'text')
    .addColumn('channel_activity_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('questions_status_idx').on('questions').columns(['status', 'sent_at']).execute();
  await db.schema.createIndex('questions_asker_idx').on('questions').column('asker_person_id').execute();
  await db.schema
    .createTable('question_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('faq_entry_id', 'text', (c) => c.references('faq_entries.id'))
    .execute();
  await db.schema.createIndex('question_events_question_idx').on('question_events').column('question_id').execute();
  await db.schema
    .createTable('question_routes')
    .addColumn('theme_key', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('set_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('teams_users')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('teams_user_id', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
