import { closeReason, latestAnswer, type Question } from '../domain/question';
import type { QuestionNotification } from './ports';

/** The outbox kind that posts a question's card in its channel. */
export const QUESTION_IN_CHANNEL = 'question-in-channel';
/** The outbox kind that brings KCC's answer (or a duplicate's FAQ answer) to the asker's 1:1 chat. */
export const QUESTION_ANSWERED = 'question-answered';
/** The outbox kind that tells the asker KCC closed their question, and why. */
export const QUESTION_CLOSED = 'question-closed';

/** What the channel card is built from when the outbox posts it. */
export interface ChannelPostPayload {
  question: Question;
  refreshUserIds: string[];
}

/** What the asker's answer (or closing) card is built from. */
export interface AskerNoticePayload {
  questionId: string;
  question: string;
  themeName: string;
  outcome: 'answered' | 'duplicate' | 'closed';
  /** The answer, the duplicate's FAQ answer, or why it was closed. */
  text: string;
  by: string;
  faqQuestion: string | null;
  publishedToFaq: boolean;
}

/** Posts the question's card in its channel, once per question. */
export function channelPost(question: Question, refreshUserIds: string[]): QuestionNotification[] {
  if (!question.channelConversationId) return [];
  const payload: ChannelPostPayload = { question, refreshUserIds };
  return [
    {
      kind: QUESTION_IN_CHANNEL,
      to: { conversationId: question.channelConversationId },
      payload: payload as unknown as Record<string, unknown>,
      dedupeKey: `${QUESTION_IN_CHANNEL}:${question.id}`,
    },
  ];
}

/** What the asker is told about how KCC dealt with their question, or undefined while KCC has not. */
export function askerNoticeOf(question: Question): AskerNoticePayload | undefined {
  const outcome = question.status;
  if (outcome !== 'answered' && outcome !== 'duplicate' && outcome !== 'closed') return undefined;
  const last = [...question.history].reverse().find((e) => e.kind === outcome);
  return {
    questionId: question.id,
    question: question.text,
    themeName: question.themeName,
    outcome,
    text:
      outcome === 'closed'
        ? (closeReason(question) ?? '')
        : outcome === 'duplicate'
          ? (question.faqEntry?.answer ?? '')
          : (latestAnswer(question)?.text ?? ''),
    by: last?.actorName ?? 'KCC',
    faqQuestion: outcome === 'duplicate' ? (question.faqEntry?.question ?? null) : null,
    publishedToFaq: outcome === 'answered' && question.faqEntry !== null,
  };
}

/** Tells the asker how KCC dealt with their question, once per change (the question's version). */
export function askerNotice(question: Question): QuestionNotification[] {
  const payload = askerNoticeOf(question);
  if (!payload) return [];
  const kind = payload.outcome === 'closed' ? QUESTION_CLOSED : QUESTION_ANSWERED;
  return [
    {
      kind,
      to: { personId: question.askerId },
      payload: payload as unknown as Record<string, unknown>,
      dedupeKey: `${kind}:${question.id}:v${question.version}`,
    },
  ];
}
