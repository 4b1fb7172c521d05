import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { type NewOutboxMessage, outboxRow } from './outbox-store';

/**
 * Queues a message in the same transaction as the change it announces, so it is sent if and only if that commits;
 * true when it is new (false when a message with its dedupe key was already queued).
 */
export async function enqueueInTransaction(tx: Kysely<Database>, message: NewOutboxMessage): Promise<boolean> {
  const inserted = await tx
    .insertInto('outbox')
    .values(outboxRow(message))
    .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
