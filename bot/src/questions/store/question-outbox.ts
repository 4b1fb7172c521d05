import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { QuestionNotification } from '../app/questions-store';

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
    await tx
      .insertInto('outbox')
      .values({
        kind: notification.kind,
        conversation_id: conversationId,
        payload: JSON.stringify(notification.payload),
        dedupe_key: notification.dedupeKey,
      })
      .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
      .execute();
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
