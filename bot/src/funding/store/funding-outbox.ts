import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { FundingNotification } from '../app/ports';

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
  await enqueueInTransaction(tx, {
    kind: notification.kind,
    conversationId: chat.conversation_id,
    payload: notification.payload,
    dedupeKey: notification.dedupeKey,
  });
}
