import type { Kysely } from 'kysely';

/** An FAQ answer can say until when it holds (e.g. a rule for one school year only). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('faq_entries').addColumn('valid_until', 'date').execute();
}
