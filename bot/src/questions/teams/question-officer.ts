import type { TurnContext } from 'botbuilder';
import type { Person } from '../../directory';
import { isOfficer } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { publishedWording } from '../app/handle-question';
import type { Question } from '../domain/question';
import { channelIdOf } from './question-channel';
import { type AnswerPreview, questionChannelCard } from './question-channel-card';
import { openQuestionsCard, type QuestionListItem } from './question-list-card';
import { clip } from './question-suggestions-card';
import { londonMoment, questionCardView } from './question-views';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** How many published entries the "Mark duplicate" list offers. */
const DUPLICATE_CHOICES = 8;

/** An officer's action on a question card: the use case that does it. */
export type OfficerAction = (person: Person, questionId: string, data: Record<string, unknown>) => Promise<Question>;

/** The question's card for whoever pressed (or refreshed) it: officers get the actions, others where it stands. */
export async function questionCardFor(
  context: TurnContext,
  person: Person,
  data: Record<string, unknown>,
  deps: QuestionsTeamsDeps,
  notice?: string,
  preview?: AnswerPreview,
): Promise<AdaptiveCard> {
  const question = await seeQuestion(context, person, String(data.questionId ?? ''), deps);
  const officer = isOfficer(person);
  const choices =
    officer && (question.status === 'open' || question.status === 'assigned')
      ? (await deps.questions.searchFaq(question.text, DUPLICATE_CHOICES)).map((r) => ({
          id: r.entry.id,
          question: clip(r.entry.question, 120),
        }))
      : [];
  return questionChannelCard(questionCardView(question, person.id), {
    viewer: officer ? 'officer' : 'not-officer',
    duplicateChoices: choices,
    refreshUserIds: await deps.questions.refreshUserIds(),
    ...(notice ? { notice } : {}),
    ...(preview ? { preview } : {}),
  });
}

/** Runs an officer's action from the card and answers with the card as it now stands (or why it did not work). */
export async function officerActionFromCard(
  context: TurnContext,
  person: Person,
  data: Record<string, unknown>,
  deps: QuestionsTeamsDeps,
  action: OfficerAction,
  checkFirst?: (question: Question, data: Record<string, unknown>) => AnswerPreview | undefined,
): Promise<AdaptiveCard> {
  const questionId = String(data.questionId ?? '');
  const question = await seeQuestion(context, person, questionId, deps);
  const preview = isOfficer(person) ? checkFirst?.(question, data) : undefined;
  if (preview) return questionCardFor(context, person, data, deps, undefined, preview);
  try {
    await action(person, questionId, data);
  } catch (error) {
    if (!(error instanceof UserFacingError) || error.code === 'not-found') throw error;
    return questionCardFor(context, person, data, deps, error.message);
  }
  return questionCardFor(context, person, data, deps);
}

/** Reads the question for whoever acts on its card; remembers an officer's Teams id and where the card is. */
async function seeQuestion(context: TurnContext, person: Person, questionId: string, deps: QuestionsTeamsDeps) {
  const { activity } = context;
  if (isOfficer(person) && activity.from?.id) await deps.questions.rememberOfficer(person, activity.from.id);
  const inChannel = activity.conversation.conversationType === 'channel' && activity.replyToId;
  return deps.questions.readInChannel(person, questionId, {
    conversationId: channelIdOf(activity.conversation.id),
    ...(inChannel ? { activityId: activity.replyToId } : {}),
  });
}

/**
 * Before an answer is published, the officer sees what the asker gets and what every school will read: an answer
 * marked for the FAQ is shown for checking first, and sent once they press "Send and publish" (`confirmed`).
 */
export function answerPreview(question: Question, data: Record<string, unknown>): AnswerPreview | undefined {
  const input = answerInputFrom(data);
  if (!input.publish || data.confirmed === true || input.text.trim() === '') return undefined;
  return {
    answerText: input.text,
    publishQuestion: input.publishQuestion,
    publishAnswer: input.publishAnswer,
    published: publishedWording(question.text, input),
  };
}

function answerInputFrom(data: Record<string, unknown>) {
  return {
    text: String(data.answerText ?? ''),
    publish: data.publish === true || data.publish === 'true',
    publishQuestion: String(data.publishQuestion ?? ''),
    publishAnswer: String(data.publishAnswer ?? ''),
  };
}

/** The officer actions by card verb. */
export function officerActions(deps: QuestionsTeamsDeps): Record<string, OfficerAction> {
  return {
    assignQuestion: (person, id) => deps.questions.assignToMe(person, id),
    answerQuestion: (person, id, data) => deps.questions.answer(person, id, answerInputFrom(data)),
    markDuplicate: (person, id, data) => deps.questions.markDuplicate(person, id, String(data.faqId ?? '')),
    closeQuestion: (person, id, data) => deps.questions.close(person, id, String(data.reason ?? '')),
  };
}

/** "Open questions": what KCC still owes an answer, oldest first (others see their own questions waiting). */
export async function openQuestionsListCard(person: Person, deps: QuestionsTeamsDeps): Promise<AdaptiveCard> {
  const waiting = await deps.questions.list(person, ['open', 'assigned']);
  const oldest = [...waiting].reverse().slice(0, 10);
  const items: QuestionListItem[] = oldest.map((q) => ({
    id: q.id,
    heading: `${q.themeName} · ${q.askerName}${q.schoolName ? `, ${q.schoolName}` : ''} · ${londonMoment(q.sentAt ?? q.createdAt)}${q.assigneeName ? ` · with ${q.assigneeName}` : ''}`,
    text: clip(q.text, 300),
  }));
  const routing = isOfficer(person)
    ? (await deps.questions.routes(person)).map((r) => ({ themeName: r.themeName, routed: r.conversationId !== null }))
    : [];
  return openQuestionsCard(items, waiting.length, routing);
}
