import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { PageKey } from '../../platform/validation/keyset-page';
import type { Question, QuestionEvent, QuestionEventKind, QuestionStatus } from '../domain/question';

type Db = Kysely<Database> | Transaction<Database>;

const iso = (value: Date | string | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString();

function questionsQuery(db: Db) {
  return db
    .selectFrom('questions as q')
    .innerJoin('people as asker', 'asker.id', 'q.asker_person_id')
    .innerJoin('question_themes as t', 't.id', 'q.theme_id')
    .leftJoin('schools as s', 's.id', 'q.school_id')
    .leftJoin('communities as c', 'c.id', 'q.community_id')
    .leftJoin('people as assignee', 'assignee.id', 'q.assignee_person_id')
    .leftJoin('faq_entries as f', 'f.id', 'q.faq_entry_id')
    .select([
      'q.id',
      'q.asker_person_id',
      'asker.display_name as asker_name',
      's.name as school_name',
      'c.name as community_name',
      'q.theme_id',
      't.name as theme_name',
      'q.text',
      'q.context',
      'q.status',
      'q.assignee_person_id',
      'assignee.display_name as assignee_name',
      'f.id as faq_id',
      'f.question as faq_question',
      'f.answer as faq_answer',
      'q.helpful',
      'q.sent_at',
      'q.created_at',
      'q.updated_at',
      'q.version',
      'q.channel_conversation_id',
      'q.channel_activity_id',
    ]);
}

type QuestionRow = Awaited<ReturnType<ReturnType<typeof questionsQuery>['executeTakeFirstOrThrow']>>;

function toQuestion(row: QuestionRow, history: QuestionEvent[]): Question {
  return {
    id: row.id,
    askerId: row.asker_person_id,
    askerName: row.asker_name,
    schoolName: row.school_name,
    communityName: row.community_name,
    themeId: row.theme_id,
    themeName: row.theme_name,
    text: row.text,
    context: row.context,
    status: row.status as QuestionStatus,
    assigneeId: row.assignee_person_id,
    assigneeName: row.assignee_name,
    faqEntry:
      row.faq_id && row.faq_question && row.faq_answer
        ? { id: row.faq_id, question: row.faq_question, answer: row.faq_answer }
        : null,
    helpful: row.helpful,
    sentAt: iso(row.sent_at),
    createdAt: iso(row.created_at) as string,
    updatedAt: iso(row.updated_at) as string,
    version: Number(row.version),
    channelConversationId: row.channel_conversation_id,
    channelActivityId: row.channel_activity_id,
    history,
  };
}

/** A question with its names and history, read inside a transaction or not. */
export async function readQuestion(db: Db, id: string): Promise<Question | undefined> {
  const row = await questionsQuery(db).where('q.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const events = await eventsQuery(db).where('e.question_id', '=', id).orderBy('e.id').execute();
  return toQuestion(row, events.map(toEvent));
}

/** A question's events with who did each. */
function eventsQuery(db: Db) {
  return db
    .selectFrom('question_events as e')
    .leftJoin('people as p', 'p.id', 'e.actor_person_id')
    .select(['e.question_id', 'e.at', 'e.kind', 'p.display_name as actor_name', 'e.text', 'e.faq_entry_id']);
}

function toEvent(e: Awaited<ReturnType<ReturnType<typeof eventsQuery>['executeTakeFirstOrThrow']>>): QuestionEvent {
  return {
    at: iso(e.at) as string,
    kind: e.kind as QuestionEventKind,
    actorName: e.actor_name,
    text: e.text,
    faqEntryId: e.faq_entry_id,
  };
}

/** Questions matching a filter, newest first (to the millisecond, then by id), after a key if given; of their history only the answers. */
export async function listQuestions(
  db: Db,
  filter: { askerId?: string; statuses?: readonly QuestionStatus[]; limit: number; after?: PageKey },
): Promise<Question[]> {
  const askedMs = sql<Date>`date_trunc('milliseconds', q.created_at)`;
  let query = questionsQuery(db);
  if (filter.askerId) query = query.where('q.asker_person_id', '=', filter.askerId);
  if (filter.statuses && filter.statuses.length > 0) query = query.where('q.status', 'in', [...filter.statuses]);
  const after = filter.after;
  if (after) {
    query = query.where((eb) => eb(eb.tuple(askedMs, eb.ref('q.id')), '<', eb.tuple(new Date(after.sort), after.id)));
  }
  const rows = await query.orderBy(askedMs, 'desc').orderBy('q.id', 'desc').limit(filter.limit).execute();
  const answers = await answersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toQuestion(row, answers.get(row.id) ?? []));
}

/** The answers given to these questions (their "answered" events, oldest first), so a list shows each latest answer. */
async function answersOf(db: Db, ids: string[]): Promise<Map<string, QuestionEvent[]>> {
  const answers = new Map<string, QuestionEvent[]>();
  if (ids.length === 0) return answers;
  const events = await eventsQuery(db)
    .where('e.question_id', 'in', ids)
    .where('e.kind', '=', 'answered')
    .orderBy('e.id')
    .execute();
  for (const e of events) answers.set(e.question_id, [...(answers.get(e.question_id) ?? []), toEvent(e)]);
  return answers;
}
