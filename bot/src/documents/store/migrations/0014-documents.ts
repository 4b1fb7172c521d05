import { type Kysely, sql } from 'kysely';

/** Officers' documents and links for schools, and which version each person has read. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull().check(sql`audience in ('all', 'chairs', 'community')`))
    .addColumn('community_id', 'text', (c) => c.references('communities.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_by', 'text', (c) => c.references('people.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('documents_community_audience', sql`(audience = 'community') = (community_id is not null)`)
    .execute();
  await db.schema
    .createTable('document_reads')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('document_reads_pk', ['document_id', 'person_id'])
    .execute();
}
