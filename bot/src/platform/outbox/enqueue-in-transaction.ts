import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** A message to deliver once into a conversation; a second one with the same dedupe key is ignored. */
export interface OutboxEntry {
  kind: string;
  conversationId: string;
  payload: Record<string, unknown>;
  dedupeKey: string | null;
}

/**
 * Queues a message in the same transaction as the change it announces, so it is sent if and only if that commits;
 * true when it is new (false when a message with its dedupe key was already queued).
 */
export async function enqueueInTransaction(tx: Kysely<Database>, entry: OutboxEntry): Promise<boolean> {
  const inserted = await tx
    .insertInto('outbox')
    .values({
      kind: entry.kind,
      conversation_id: entry.conversationId,
      payload: JSON.stringify(entry.payload),
      dedupe_key: entry.dedupeKey,
    })
    .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
