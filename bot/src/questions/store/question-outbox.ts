import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { QuestionNotification } from '../app/ports';

/**
 * Enqueues question notifications in the caller's transaction: to a conversation (a channel), or to a person, whom the
 * outbox reaches in their chat with the bot, or by installing the app for them, or by email.
 */
export async function enqueueQuestionNotifications(
  tx: Transaction<Database>,
  notifications: readonly QuestionNotification[],
): Promise<void> {
  for (const notification of notifications) {
    await enqueueInTransaction(tx, {
      kind: notification.kind,
      to: notification.to,
      payload: notification.payload,
      dedupeKey: notification.dedupeKey,
    });
  }
}
