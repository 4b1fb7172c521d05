import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { FaqStore, NewFaqEntry, NewFaqPhrasing, PhrasingAdded } from '../app/ports';
import type { FaqEntry } from '../domain/faq-entry';
import type { FaqPhrasing } from '../domain/faq-phrasing';
import type { QuestionTheme } from '../domain/question-themes';
import {
  deletePhrasings,
  insertPhrasing,
  phrasingsRevision,
  publishedPhrasings,
  readPhrasings,
} from './faq-phrasing-rows';

/** The FAQ knowledge base in PostgreSQL; every change is audited in its transaction. */
export class FaqRepository implements FaqStore {
  constructor(private readonly db: Kysely<Database>) {}

  async themes(): Promise<QuestionTheme[]> {
    return this.db
      .selectFrom('question_themes')
      .select(['id', 'name'])
      .where('retired', '=', false)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  async setThemes(themes: readonly QuestionTheme[], actorId: string): Promise<QuestionTheme[]> {
    await this.db.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('question_themes')
        .select(['id', 'name', 'retired'])
        .orderBy('position')
        .execute();
      await tx.updateTable('question_themes').set({ retired: true, name: sql`'~' || id` }).execute();
      for (const [position, theme] of themes.entries()) {
        await tx
          .insertInto('question_themes')
          .values({ id: theme.id, name: theme.name, position, retired: false })
          .onConflict((oc) => oc.column('id').doUpdateSet({ name: theme.name, position, retired: false }))
          .execute();
      }
      const retired = before.filter((b) => !themes.some((t) => t.id === b.id));
      for (const theme of retired) {
        const taken = themes.some((t) => t.name === theme.name);
        const name = taken ? `${theme.name} (retired)` : theme.name;
        await tx.updateTable('question_themes').set({ name }).where('id', '=', theme.id).execute();
      }
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'question-themes.set',
        entityType: 'question_themes',
        entityId: 'all',
        before: before.filter((b) => !b.retired).map((b) => ({ id: b.id, name: b.name })),
        after: themes,
      });
    });
    return this.themes();
  }

  async published(): Promise<FaqEntry[]> {
    const rows = await this.entries()
      .where('f.status', '=', 'published')
      .orderBy('t.position')
      .orderBy('f.id')
      .execute();
    return rows.map(toEntry);
  }

  async entry(id: string): Promise<FaqEntry | undefined> {
    const row = await this.entries().where('f.id', '=', id).executeTakeFirst();
    return row ? toEntry(row) : undefined;
  }

  async add(entry: NewFaqEntry, actorId: string): Promise<FaqEntry> {
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('faq_entries').values(entryRow(entry, actorId)).execute();
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'faq.added',
        entityType: 'faq_entry',
        entityId: entry.id,
        after: entry,
      });
    });
    return this.existing(entry.id);
  }

  async addMany(entries: readonly NewFaqEntry[], actorId: string): Promise<void> {
    if (entries.length === 0) return;
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('faq_entries')
        .values(entries.map((entry) => entryRow(entry, actorId)))
        .execute();
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'faq.imported',
        entityType: 'faq_entry',
        entityId: 'import',
        after: { ids: entries.map((e) => e.id), sources: [...new Set(entries.map((e) => e.source))] },
      });
    });
  }

  async update(id: string, entry: Omit<NewFaqEntry, 'id'>, actorId: string): Promise<FaqEntry> {
    await this.db.transaction().execute(async (tx) => {
      const before = await tx.selectFrom('faq_entries').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!before) throw new UserFacingError('not-found', 'There is no such FAQ entry.');
      await tx
        .updateTable('faq_entries')
        .set({
          question: entry.question,
          answer: entry.answer,
          theme_id: entry.themeId,
          source: entry.source,
          valid_until: entry.validUntil,
          updated_by: actorId,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'faq.edited',
        entityType: 'faq_entry',
        entityId: id,
        before: {
          question: before.question,
          answer: before.answer,
          themeId: before.theme_id,
          source: before.source,
          validUntil: before.valid_until,
        },
        after: entry,
      });
    });
    return this.existing(id);
  }

  async retire(id: string, actorId: string): Promise<FaqEntry> {
    await this.db.transaction().execute(async (tx) => {
      const changed = await tx
        .updateTable('faq_entries')
        .set({ status: 'retired', updated_by: actorId, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('status', '=', 'published')
        .returning('id')
        .executeTakeFirst();
      if (!changed) throw new UserFacingError('conflict', 'This FAQ entry is already retired.');
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'faq.retired',
        entityType: 'faq_entry',
        entityId: id,
        before: { status: 'published' },
        after: { status: 'retired' },
      });
    });
    return this.existing(id);
  }

  phrasings(entryId: string): Promise<FaqPhrasing[]> {
    return readPhrasings(this.db, entryId);
  }

  publishedPhrasings(): Promise<Map<string, string[]>> {
    return publishedPhrasings(this.db);
  }

  addPhrasing(phrasing: NewFaqPhrasing, actorId: string): Promise<PhrasingAdded> {
    return this.db.transaction().execute((tx) => insertPhrasing(tx, phrasing, actorId));
  }

  async removePhrasing(entryId: string, phrasingId: string, actorId: string): Promise<boolean> {
    const removed = await this.db
      .transaction()
      .execute((tx) => deletePhrasings(tx, entryId, [phrasingId], actorId, 'removed by an officer'));
    return removed > 0;
  }

  async revision(): Promise<string> {
    const row = await this.db
      .selectFrom('faq_entries')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('updated_at').as('latest')])
      .executeTakeFirstOrThrow();
    const latest = row.latest as Date | string | null;
    const entries = `${Number(row.n)}@${latest instanceof Date ? latest.toISOString() : String(latest)}`;
    return `${entries}/${await phrasingsRevision(this.db)}`;
  }

  private entries() {
    return this.db
      .selectFrom('faq_entries as f')
      .innerJoin('question_themes as t', 't.id', 'f.theme_id')
      .leftJoin('people as p', 'p.id', 'f.created_by')
      .select([
        'f.id',
        'f.question',
        'f.answer',
        'f.theme_id',
        't.name as theme_name',
        'f.source',
        'f.status',
        'f.valid_until',
        'p.display_name as published_by',
        'f.created_at',
        'f.updated_at',
      ]);
  }

  private async existing(id: string): Promise<FaqEntry> {
    const entry = await this.entry(id);
    if (!entry) throw new UserFacingError('not-found', 'There is no such FAQ entry.');
    return entry;
  }
}

function toEntry(row: {
  id: string;
  question: string;
  answer: string;
  theme_id: string;
  theme_name: string;
  source: string;
  status: 'published' | 'retired';
  valid_until: string | null;
  published_by: string | null;
  created_at: Date;
  updated_at: Date;
}): FaqEntry {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    themeId: row.theme_id,
    themeName: row.theme_name,
    source: row.source,
    status: row.status,
    validUntil: row.valid_until,
    publishedBy: row.published_by,
    publishedAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The row of a new entry, published by `actorId`. */
function entryRow(entry: NewFaqEntry, actorId: string) {
  return {
    id: entry.id,
    question: entry.question,
    answer: entry.answer,
    theme_id: entry.themeId,
    source: entry.source,
    valid_until: entry.validUntil,
    source_question_id: entry.sourceQuestionId ?? null,
    created_by: actorId,
    updated_by: actorId,
  };
}
