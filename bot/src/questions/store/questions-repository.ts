import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { PageKey } from '../../platform/validation/keyset-page';
import type { NewQuestion, QuestionChange, QuestionsStore } from '../app/ports';
import type { Question, QuestionStatus } from '../domain/question';
import { applyQuestionChange } from './question-change';
import { listQuestions, readQuestion } from './question-rows';

/** Questions, their history and channel routing in PostgreSQL; every change is audited in its transaction. */
export class QuestionsRepository implements QuestionsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async createDraft(question: NewQuestion): Promise<Question> {
    await this.db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto('questions')
        .values({
          id: question.id,
          asker_person_id: question.askerId,
          school_id: question.schoolId,
          community_id: question.communityId,
          theme_id: question.themeId,
          text: question.text,
          context: question.context,
          status: 'draft',
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return;
      await tx
        .insertInto('question_events')
        .values({ question_id: question.id, actor_person_id: question.askerId, kind: 'asked' })
        .execute();
      await writeAudit(tx, {
        actorPersonId: question.askerId,
        action: 'question.asked',
        entityType: 'question',
        entityId: question.id,
        after: { status: 'draft', themeId: question.themeId, text: question.text, context: question.context },
      });
    });
    const stored = await readQuestion(this.db, question.id);
    if (!stored || stored.askerId !== question.askerId)
      throw new UserFacingError('conflict', 'Ask the question again.');
    return stored;
  }

  question(id: string): Promise<Question | undefined> {
    return readQuestion(this.db, id);
  }

  list(filter: {
    askerId?: string;
    statuses?: readonly QuestionStatus[];
    limit: number;
    after?: PageKey;
  }): Promise<Question[]> {
    return listQuestions(this.db, filter);
  }

  change(change: QuestionChange): Promise<Question> {
    return applyQuestionChange(this.db, change);
  }

  async routes(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('question_routes').select(['theme_key', 'conversation_id']).execute();
    return new Map(rows.map((r) => [r.theme_key, r.conversation_id]));
  }

  async setRoute(themeKey: string, conversationId: string, actorId: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('question_routes')
        .select('conversation_id')
        .where('theme_key', '=', themeKey)
        .executeTakeFirst();
      await tx
        .insertInto('question_routes')
        .values({ theme_key: themeKey, conversation_id: conversationId, set_by: actorId })
        .onConflict((oc) =>
          oc.column('theme_key').doUpdateSet({ conversation_id: conversationId, set_by: actorId, set_at: sql`now()` }),
        )
        .execute();
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'question-route.set',
        entityType: 'question_route',
        entityId: themeKey,
        before: before ?? null,
        after: { conversation_id: conversationId },
      });
    });
  }

  async rememberChannelCard(questionId: string, conversationId: string, activityId: string): Promise<void> {
    await this.db
      .updateTable('questions')
      .set({ channel_conversation_id: conversationId, channel_activity_id: activityId })
      .where('id', '=', questionId)
      .where('channel_activity_id', 'is', null)
      .execute();
  }

  async officerTeamsIds(limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('teams_users as u')
      .select('u.teams_user_id')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('roles as r')
            .select('r.id')
            .whereRef('r.person_id', '=', 'u.person_id')
            .where('r.role', '=', 'officer'),
        ),
      )
      .orderBy('u.seen_at', 'desc')
      .orderBy('u.person_id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.teams_user_id);
  }

  async rememberTeamsUser(personId: string, teamsUserId: string): Promise<void> {
    await this.db
      .insertInto('teams_users')
      .values({ person_id: personId, teams_user_id: teamsUserId })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ teams_user_id: teamsUserId, seen_at: sql`now()` }))
      .execute();
  }
}
