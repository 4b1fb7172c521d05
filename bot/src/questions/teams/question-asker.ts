import type { Person } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { executeAction } from '../../platform/cards/adaptive-card';
import { problemCard } from '../../platform/cards/problem-card';
import { askerNoticeOf } from '../app/question-notifications';
import type { Question } from '../domain/question';
import { questionAnswerCard } from './question-answer-card';
import { answerView } from './question-views';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** "Helpful" / "Not helpful" on an answer card: recorded, and the card thanks the asker. */
export async function feedbackFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: QuestionsTeamsDeps,
): Promise<AdaptiveCard> {
  const helpful = data.helpful === true || data.helpful === 'true';
  const question = await deps.questions.feedback(person, String(data.questionId ?? ''), helpful);
  return answerCardOf(question, { feedback: question.helpful });
}

/** "Send follow-up": the question reopens with its history; the card says KCC will answer here. */
export async function followUpFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: QuestionsTeamsDeps,
): Promise<AdaptiveCard> {
  const questionId = String(data.questionId ?? '');
  const before = await deps.questions.read(person, questionId);
  await deps.questions.followUp(person, questionId, String(data.followUp ?? ''));
  return answerCardOf(before, { feedback: before.helpful, followedUp: true });
}

function answerCardOf(question: Question, done: { feedback?: boolean | null; followedUp?: boolean }): AdaptiveCard {
  const notice = askerNoticeOf(question);
  if (!notice) {
    return problemCard('KCC has not answered this question yet; the answer will come to this chat.', [
      executeAction('Back to help', 'help'),
    ]);
  }
  return questionAnswerCard(answerView(notice, done));
}
