import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { Question, QuestionStatus } from './question';

/** Something that can happen to a question. */
export type QuestionAction =
  | 'send'
  | 'self-answer'
  | 'assign'
  | 'answer'
  | 'duplicate'
  | 'close'
  | 'feedback'
  | 'follow-up';

/** The statuses each action may start from. */
export const ALLOWED_FROM: Record<QuestionAction, readonly QuestionStatus[]> = {
  send: ['draft', 'self-answered'],
  'self-answer': ['draft'],
  assign: ['open', 'assigned'],
  answer: ['open', 'assigned'],
  duplicate: ['open', 'assigned'],
  close: ['open', 'assigned'],
  feedback: ['answered', 'duplicate'],
  'follow-up': ['answered', 'duplicate', 'closed', 'self-answered'],
};

const whyNot: Record<QuestionStatus, string> = {
  draft: 'This question has not been sent to KCC yet.',
  'self-answered': 'The asker found the answer in the FAQ.',
  open: 'This question is still waiting for an answer.',
  assigned: 'This question is still waiting for an answer.',
  answered: 'This question has already been answered.',
  duplicate: 'This question has already been marked as a duplicate.',
  closed: 'This question has been closed.',
};

/** Refuses an action the question's status does not allow, saying why. */
export function requireAllowed(question: Pick<Question, 'status'>, action: QuestionAction): void {
  if (!ALLOWED_FROM[action].includes(question.status)) throw new UserFacingError('conflict', whyNot[question.status]);
}

/** The status a question returns to when its asker follows up: with its officer if it had one. */
export function reopenedStatus(question: Pick<Question, 'assigneeId'>): QuestionStatus {
  return question.assigneeId ? 'assigned' : 'open';
}
