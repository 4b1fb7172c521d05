import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { QuestionChange } from '../app/ports';
import type { Question } from '../domain/question';
import { forgetLearnedFrom, insertPhrasing } from './faq-phrasing-rows';
import { enqueueQuestionNotifications } from './question-outbox';
import { readQuestion } from './question-rows';

/** Applies one change to a question in a transaction: the row, an FAQ entry or phrasing it adds, its history, audit, outbox. */
export function applyQuestionChange(db: Kysely<Database>, change: QuestionChange): Promise<Question> {
  return db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('questions')
      .select(['status', 'assignee_person_id', 'faq_entry_id', 'helpful', 'version'])
      .where('id', '=', change.questionId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new UserFacingError('not-found', 'There is no such question.');
    if (!change.from.includes(before.status)) {
      throw new UserFacingError('conflict', `Someone changed this question meanwhile: it is now ${before.status}.`);
    }
    let faqEntryId = change.set.faqEntryId;
    if (change.publish) {
      const { publish } = change;
      await tx
        .insertInto('faq_entries')
        .values({
          id: publish.id,
          question: publish.question,
          answer: publish.answer,
          theme_id: publish.themeId,
          source: publish.source,
          source_question_id: publish.sourceQuestionId ?? null,
          created_by: change.actorId,
          updated_by: change.actorId,
        })
        .execute();
      await writeAudit(tx, {
        actorPersonId: change.actorId,
        action: 'faq.published',
        entityType: 'faq_entry',
        entityId: publish.id,
        after: publish,
      });
      faqEntryId = publish.id;
    }
    const { set } = change;
    await tx
      .updateTable('questions')
      .set({
        ...(set.status ? { status: set.status } : {}),
        ...(set.assigneeId !== undefined ? { assignee_person_id: set.assigneeId } : {}),
        ...(faqEntryId !== undefined ? { faq_entry_id: faqEntryId } : {}),
        ...(set.helpful !== undefined ? { helpful: set.helpful } : {}),
        ...(set.channelConversationId !== undefined ? { channel_conversation_id: set.channelConversationId } : {}),
        ...(set.sent ? { sent_at: sql`now()` } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', change.questionId)
      .execute();
    const { event } = change;
    await tx
      .insertInto('question_events')
      .values({
        question_id: change.questionId,
        actor_person_id: change.actorId,
        kind: event.kind,
        text: event.text ?? null,
        faq_entry_id: event.faqEntryId ?? (event.kind === 'answered' ? (faqEntryId ?? null) : null),
      })
      .execute();
    if (change.unlearn) await forgetLearnedFrom(tx, change.questionId, change.actorId);
    if (change.learn) await insertPhrasing(tx, change.learn, change.actorId);
    const changed = (await readQuestion(tx, change.questionId)) as Question;
    await writeAudit(tx, {
      actorPersonId: change.actorId,
      action: `question.${event.kind}`,
      entityType: 'question',
      entityId: change.questionId,
      before,
      after: {
        status: changed.status,
        assignee_person_id: changed.assigneeId,
        faq_entry_id: changed.faqEntry?.id ?? null,
        helpful: changed.helpful,
        version: changed.version,
        ...(event.text ? { text: event.text } : {}),
      },
    });
    await enqueueQuestionNotifications(tx, change.notify?.(changed) ?? []);
    return changed;
  });
}
