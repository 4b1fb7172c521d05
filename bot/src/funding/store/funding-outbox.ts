import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { FundingNotification } from '../app/funding-store';

/** Enqueues a notification in the caller's transaction, to the first listed person with a personal chat with the bot. */
export async function enqueueNotification(tx: Transaction<Database>, notification: FundingNotification): Promise<void> {
  if (notification.personIds.length === 0) return;
  const chats = await tx
    .selectFrom('conversation_refs')
    .select(['person_id', 'conversation_id'])
    .where('conversation_type', '=', 'personal')
    .where('person_id', 'in', notification.personIds)
    .orderBy('updated_at', 'desc')
    .execute();
  const chat = notification.personIds
    .map((personId) => chats.find((c) => c.person_id === personId))
    .find((c) => c !== undefined);
  if (!chat) return;
  await tx
    .insertInto('outbox')
    .values({
      kind: notification.kind,
      conversation_id: chat.conversation_id,
      payload: JSON.stringify(notification.payload),
      dedupe_key: notification.dedupeKey,
    })
    .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
    .execute();
}
