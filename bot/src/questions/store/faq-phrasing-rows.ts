import type { Kysely, Transaction } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import type { NewFaqPhrasing, PhrasingAdded } from '../app/ports';
import { type FaqPhrasing, phrasingKey, placePhrasing } from '../domain/faq-phrasing';

type Db = Kysely<Database> | Transaction<Database>;

/** An entry's phrasings, oldest first, with the name of who added each. */
export async function readPhrasings(db: Db, entryId: string): Promise<FaqPhrasing[]> {
  const rows = await db
    .selectFrom('faq_phrasings as f')
    .leftJoin('people as p', 'p.id', 'f.created_by')
    .select(['f.id', 'f.faq_entry_id', 'f.text', 'f.source', 'p.display_name', 'f.created_at'])
    .where('f.faq_entry_id', '=', entryId)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    entryId: r.faq_entry_id,
    text: r.text,
    source: r.source,
    createdBy: r.display_name,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** The phrasings of every published entry, by entry id (oldest first), for the search index. */
export async function publishedPhrasings(db: Db): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('faq_phrasings as f')
    .innerJoin('faq_entries as e', 'e.id', 'f.faq_entry_id')
    .select(['f.faq_entry_id', 'f.text'])
    .where('e.status', '=', 'published')
    .orderBy('f.faq_entry_id')
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
  const byEntry = new Map<string, string[]>();
  for (const row of rows) byEntry.set(row.faq_entry_id, [...(byEntry.get(row.faq_entry_id) ?? []), row.text]);
  return byEntry;
}

/**
 * Adds a phrasing inside the caller's transaction, with the entry locked so two at once cannot both pass the limit:
 * once per entry (case and spacing aside), and in place of the oldest learned one when the entry is full. Audited.
 */
export async function insertPhrasing(
  tx: Transaction<Database>,
  phrasing: NewFaqPhrasing,
  actorId: string,
): Promise<PhrasingAdded> {
  const entry = await tx
    .selectFrom('faq_entries')
    .select(['question', 'status'])
    .where('id', '=', phrasing.entryId)
    .forUpdate()
    .executeTakeFirst();
  if (entry?.status !== 'published') return { outcome: 'not-published' };
  const existing = await readPhrasings(tx, phrasing.entryId);
  const place = placePhrasing(phrasing.text, entry.question, existing);
  if (place.outcome === 'full') return place;
  if (place.outcome === 'same') {
    const same = existing.find((p) => p.id === place.as);
    return same ? { outcome: 'same', phrasing: same } : { outcome: 'same' };
  }
  if (place.replaces) await deletePhrasings(tx, phrasing.entryId, [place.replaces], actorId, 'the entry was full');
  await tx
    .insertInto('faq_phrasings')
    .values({
      id: phrasing.id,
      faq_entry_id: phrasing.entryId,
      text: phrasing.text,
      text_key: phrasingKey(phrasing.text),
      source: phrasing.source,
      question_id: phrasing.questionId ?? null,
      created_by: actorId,
    })
    .execute();
  await writeAudit(tx, {
    actorPersonId: actorId,
    action: 'faq.phrasing-added',
    entityType: 'faq_entry',
    entityId: phrasing.entryId,
    after: { phrasingId: phrasing.id, text: phrasing.text, source: phrasing.source, questionId: phrasing.questionId },
  });
  const added = (await readPhrasings(tx, phrasing.entryId)).find((p) => p.id === phrasing.id) as FaqPhrasing;
  return { outcome: 'added', phrasing: added };
}

/** Removes phrasings of an entry inside the caller's transaction, auditing each with why; returns how many went. */
export async function deletePhrasings(
  tx: Transaction<Database>,
  entryId: string,
  ids: readonly string[],
  actorId: string,
  reason: string,
): Promise<number> {
  if (ids.length === 0) return 0;
  const removed = await tx
    .deleteFrom('faq_phrasings')
    .where('faq_entry_id', '=', entryId)
    .where('id', 'in', ids)
    .returning(['id', 'text', 'source', 'question_id'])
    .execute();
  for (const row of removed) {
    await writeAudit(tx, {
      actorPersonId: actorId,
      action: 'faq.phrasing-removed',
      entityType: 'faq_entry',
      entityId: entryId,
      before: { phrasingId: row.id, text: row.text, source: row.source, questionId: row.question_id },
      after: { reason },
    });
  }
  return removed.length;
}

/** Removes, audited, the phrasings learned from a question (its asker took back that the entry answered it). */
export async function forgetLearnedFrom(tx: Transaction<Database>, questionId: string, actorId: string): Promise<void> {
  const learned = await tx
    .selectFrom('faq_phrasings')
    .select(['id', 'faq_entry_id'])
    .where('question_id', '=', questionId)
    .where('source', '=', 'learned')
    .execute();
  for (const row of learned) {
    await deletePhrasings(tx, row.faq_entry_id, [row.id], actorId, 'the asker said it did not answer the question');
  }
}

/** A value that changes whenever a phrasing is added or removed (its count and a sum over its ids' hashes). */
export async function phrasingsRevision(db: Db): Promise<string> {
  const row = await db
    .selectFrom('faq_phrasings')
    .select((eb) => [
      eb.fn.countAll<string>().as('n'),
      eb.fn.coalesce(eb.fn.sum<string>(eb.fn('hashtext', ['id'])), eb.val('0')).as('ids'),
    ])
    .executeTakeFirstOrThrow();
  return `${Number(row.n)}#${String(row.ids)}`;
}
