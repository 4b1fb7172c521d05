import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { FAQ_SEED } from './faq-seed';

/** The id a seeded FAQ entry has on every machine. */
export function seededFaqId(key: string): string {
  return uuidV5(`faq-seed:${key}`);
}

/** Publishes the starting FAQ into a database whose FAQ has never had an entry; returns how many it added. */
export async function seedFaqIfEmpty(db: Kysely<Database>): Promise<number> {
  const existing = await db
    .selectFrom('faq_entries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  return db.transaction().execute(async (tx) => {
    const added = await tx
      .insertInto('faq_entries')
      .values(
        FAQ_SEED.map((entry) => ({
          id: seededFaqId(entry.key),
          question: entry.question,
          answer: entry.answer,
          theme_id: entry.themeId,
          source: entry.source,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    if (added.length === 0) return 0;
    await writeAudit(tx, {
      actorPersonId: null,
      action: 'faq.seeded',
      entityType: 'faq_entry',
      entityId: 'seed',
      after: { ids: added.map((row) => row.id) },
    });
    return added.length;
  });
}
