import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { QuestionNotification } from '../app/ports';

/** Enqueues question notifications in the caller's transaction; one to a person goes to their 1:1 chat, if they have one. */
export async function enqueueQuestionNotifications(
  tx: Transaction<Database>,
  notifications: readonly QuestionNotification[],
): Promise<void> {
  for (const notification of notifications) {
    const conversationId =
      'conversationId' in notification.to
        ? notification.to.conversationId
        : await personalChat(tx, notification.to.personId);
    if (!conversationId) continue;
    await enqueueInTransaction(tx, {
      kind: notification.kind,
      conversationId: conversationId,
      payload: notification.payload,
      dedupeKey: notification.dedupeKey,
    });
  }
}

async function personalChat(tx: Transaction<Database>, personId: string): Promise<string | undefined> {
  const chat = await tx
    .selectFrom('conversation_refs')
    .select('conversation_id')
    .where('conversation_type', '=', 'personal')
    .where('person_id', '=', personId)
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
  return chat?.conversation_id;
}
