import type { Person } from '../../directory';
import { isOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { type Page, pageOf, pageStart } from '../../platform/validation/keyset-page';
import type { Question, QuestionStatus } from '../domain/question';
import type { QuestionsPorts } from './ports';
import { visibleQuestion } from './question-access';

/** The most questions one list shows. */
const QUESTION_LIST_LIMIT = 200;

/** Questions a person may see, newest first: an officer sees everyone's, anyone else their own. */
export async function listQuestions(
  ports: QuestionsPorts,
  person: Person,
  statuses?: readonly QuestionStatus[],
  limit = QUESTION_LIST_LIMIT,
): Promise<Question[]> {
  return ports.questions.list({
    askerId: isOfficer(person) ? undefined : person.id,
    statuses,
    limit: Math.min(Math.max(1, limit), QUESTION_LIST_LIMIT),
  });
}

/** A page of the questions a person may see (`?limit=`, `?cursor=`), newest first: officers everyone's, others their own. */
export async function pageQuestions(
  ports: QuestionsPorts,
  person: Person,
  statuses: readonly QuestionStatus[] | undefined,
  query: { limit?: string; cursor?: string },
): Promise<Page<Question>> {
  const start = pageStart(query);
  const rows = await ports.questions.list({
    askerId: isOfficer(person) ? undefined : person.id,
    statuses,
    limit: start.limit + 1,
    after: start.after,
  });
  return pageOf(rows, start, (q) => ({ sort: Date.parse(q.createdAt), id: q.id }));
}

/** One question with its history, for its asker or an officer. */
export function readQuestion(ports: QuestionsPorts, person: Person, questionId: string): Promise<Question> {
  return visibleQuestion(ports, person, questionId);
}

/** Remembers an officer's Teams user id, so the cards they see refresh with the actions for them. */
export async function rememberOfficer(ports: QuestionsPorts, person: Person, teamsUserId: string): Promise<void> {
  if (isOfficer(person) && teamsUserId) await ports.questions.rememberTeamsUser(person.id, teamsUserId);
}

/** Where a card was seen: the channel (without its thread suffix) and the card's message id there. */
export interface SeenInChannel {
  conversationId: string;
  activityId?: string;
}

/**
 * A question for someone looking at its card: officers and the asker always; anyone else only in the channel the
 * card was posted to (they can read it there already). Learns the card's message id if it was not known yet.
 */
export async function readInChannel(
  ports: QuestionsPorts,
  person: Person,
  questionId: string,
  seen: SeenInChannel,
): Promise<Question> {
  const question = await ports.questions.question(questionId);
  const inItsChannel = question?.channelConversationId === seen.conversationId;
  if (!question || (!inItsChannel && question.askerId !== person.id && !isOfficer(person))) {
    throw new UserFacingError('not-found', 'There is no such question, or it is not yours to see.');
  }
  if (inItsChannel && seen.activityId && !question.channelActivityId) {
    await ports.questions.rememberChannelCard(question.id, seen.conversationId, seen.activityId);
    return { ...question, channelActivityId: seen.activityId };
  }
  return question;
}
