import type { Question } from '../domain/question';
import { type QuestionsPorts, REFRESH_USER_LIMIT } from './ports';

/** Tells the question's channel about a committed change (its card is redrawn and the note added to its thread). */
export async function announceChange(ports: QuestionsPorts, question: Question, note: string): Promise<Question> {
  if (!question.channelConversationId) return question;
  const refreshUserIds = await ports.questions.officerTeamsIds(REFRESH_USER_LIMIT);
  ports.changed({ question, note, refreshUserIds });
  return question;
}
