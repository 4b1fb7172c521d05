import { type Kysely, sql } from 'kysely';

/**
 * Other wordings of an FAQ entry's question ("also asked as"), added by officers or learned from askers' questions the
 * entry answered; each wording at most once per entry, whatever its case or spacing (`text_key`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('faq_phrasings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('faq_entry_id', 'text', (c) => c.notNull().references('faq_entries.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_key', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('officer', 'learned')`))
    .addColumn('question_id', 'text', (c) => c.references('questions.id'))
    .addColumn('created_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('faq_phrasings_entry_text_key')
    .on('faq_phrasings')
    .columns(['faq_entry_id', 'text_key'])
    .unique()
    .execute();
  await db.schema.createIndex('faq_phrasings_question_idx').on('faq_phrasings').column('question_id').execute();
}
