import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { FAQ_SEED } from './faq-seed';

/** The id a starting FAQ entry has on every machine. */
export function seededFaqId(key: string): string {
  return uuidV5(`faq-seed:${key}`);
}

/** Starting entries no officer has touched: still the app's words, which it may reword or withdraw. */
function untouchedStartingEntries(db: Kysely<Database>) {
  return db
    .selectFrom('faq_entries')
    .where(
      'id',
      'in',
      FAQ_SEED.map((e) => seededFaqId(e.key)),
    )
    .where('created_by', 'is', null)
    .where('updated_by', 'is', null);
}

/**
 * Local mode: publishes the starting FAQ, adding entries not yet there and bringing untouched ones to their current
 * wording (an entry an officer edited or retired is theirs and stays as it is); returns how many it added or reworded.
 */
export async function seedStartingFaq(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = FAQ_SEED.map((entry) => ({
      id: seededFaqId(entry.key),
      question: entry.question,
      answer: entry.answer,
      theme_id: entry.themeId,
      source: entry.source,
      valid_until: entry.validUntil ?? null,
    }));
    const added = await tx
      .insertInto('faq_entries')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    const reworded: string[] = [];
    const untouched = await untouchedStartingEntries(tx)
      .select(['id', 'question', 'answer', 'theme_id', 'source', 'valid_until', 'status'])
      .execute();
    for (const row of rows) {
      const stored = untouched.find((u) => u.id === row.id);
      if (!stored || sameEntry(stored, row)) continue;
      await tx
        .updateTable('faq_entries')
        .set({ ...row, status: 'published', updated_at: sql`now()` })
        .where('id', '=', row.id)
        .execute();
      reworded.push(row.id);
    }
    if (added.length + reworded.length === 0) return 0;
    await writeAudit(tx, {
      actorPersonId: null,
      action: 'faq.seeded',
      entityType: 'faq_entry',
      entityId: 'seed',
      after: { added: added.map((row) => row.id), reworded },
    });
    return added.length + reworded.length;
  });
}

/**
 * Outside local mode: the app's own starting words leave the FAQ (retired, kept in history), so schools read only
 * what officers published or imported; entries an officer edited stay. Returns how many it withdrew.
 */
export async function withdrawStartingFaq(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const withdrawn = await tx
      .updateTable('faq_entries')
      .set({ status: 'retired', updated_at: sql`now()` })
      .where('id', 'in', untouchedStartingEntries(tx).select('id').where('status', '=', 'published'))
      .returning('id')
      .execute();
    if (withdrawn.length === 0) return 0;
    await writeAudit(tx, {
      actorPersonId: null,
      action: 'faq.starting-withdrawn',
      entityType: 'faq_entry',
      entityId: 'seed',
      after: { ids: withdrawn.map((row) => row.id) },
    });
    return withdrawn.length;
  });
}

/** True when the stored entry already reads as the starting entry does. */
function sameEntry(
  stored: {
    question: string;
    answer: string;
    theme_id: string;
    source: string;
    valid_until: string | null;
    status: string;
  },
  row: { question: string; answer: string; theme_id: string; source: string; valid_until: string | null },
): boolean {
  return (
    stored.status === 'published' &&
    stored.question === row.question &&
    stored.answer === row.answer &&
    stored.theme_id === row.theme_id &&
    stored.source === row.source &&
    stored.valid_until === row.valid_until
  );
}
