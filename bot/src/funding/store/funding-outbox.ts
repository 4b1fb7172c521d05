import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { FundingNotification } from '../app/ports';

/**
 * Enqueues a notification in the caller's transaction, to the first listed person with a personal chat with the bot,
 * or else to the first listed person (the outbox installs the app for them or emails them).
 */
export async function enqueueNotification(tx: Transaction<Database>, notification: FundingNotification): Promise<void> {
  if (notification.personIds.length === 0) return;
  const chats = await tx
    .selectFrom('conversation_refs')
    .select('person_id')
    .where('conversation_type', '=', 'personal')
    .where('person_id', 'in', notification.personIds)
    .execute();
  const withChat = new Set(chats.map((c) => c.person_id));
  const personId = notification.personIds.find((id) => withChat.has(id)) ?? notification.personIds[0];
  if (!personId) return;
  await enqueueInTransaction(tx, {
    kind: notification.kind,
    to: { personId },
    payload: notification.payload,
    dedupeKey: notification.dedupeKey,
  });
}
