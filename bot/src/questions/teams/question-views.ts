import { formatLongDate } from '../../platform/time/plain-date';
import { formatZonedIso, LONDON } from '../../platform/time/zoned-time';
import type { AskerNoticePayload } from '../app/question-notifications';
import { closeReason, latestAnswer, type Question, type QuestionEvent } from '../domain/question';
import type { QuestionAnswerView } from './question-answer-card';
import type { QuestionCardView } from './question-channel-card';

/** An ISO instant as people in Kent read it: "Tuesday 16 June 2026, 10:04". */
export function londonMoment(iso: string | null): string {
  if (!iso) return '';
  const local = formatZonedIso(Date.parse(iso), LONDON);
  return `${formatLongDate(local.slice(0, 10))}, ${local.slice(11, 16)}`;
}

const statusLines: Record<Question['status'], (q: Question) => string> = {
  draft: () => 'Draft: not sent yet',
  'self-answered': () => 'Answered by the FAQ (the asker said so)',
  open: () => 'Open: waiting for an officer',
  assigned: (q) => `Assigned to ${q.assigneeName ?? 'an officer'}`,
  answered: (q) => `✅ Answered by ${latestAnswer(q)?.actorName ?? 'KCC'}`,
  duplicate: (q) => `🔁 Answered by the FAQ (marked by ${latestAnswer(q)?.actorName ?? 'KCC'})`,
  closed: (q) => `🚫 Closed: ${closeReason(q) ?? ''}`,
};

const eventLines: Record<QuestionEvent['kind'], (e: QuestionEvent) => string> = {
  asked: () => 'asked',
  'self-answered': () => 'found the answer in the FAQ',
  sent: () => 'sent to KCC',
  assigned: (e) => `took it${e.text ? ` (${e.text})` : ''}`,
  answered: () => 'answered',
  duplicate: () => 'marked it answered by the FAQ',
  closed: (e) => `closed it: ${e.text ?? ''}`,
  feedback: (e) => `said the answer was ${e.text ?? ''}`,
  'follow-up': (e) => `followed up: ${e.text ?? ''}`,
};

/** A question as its channel card shows it to a viewer (`viewerId` decides "assigned to you"). */
export function questionCardView(q: Question, viewerId?: string): QuestionCardView {
  const where = [q.schoolName, q.communityName].filter(Boolean).join(', ');
  const answer = q.status === 'answered' ? (latestAnswer(q)?.text ?? null) : null;
  return {
    id: q.id,
    themeName: q.themeName,
    text: q.text,
    context: q.context,
    asker: where ? `${q.askerName} (${where})` : q.askerName,
    askedAt: londonMoment(q.sentAt ?? q.createdAt),
    statusLine: statusLines[q.status](q),
    actionable: q.status === 'open' || q.status === 'assigned',
    assignedToViewer: q.status === 'assigned' && q.assigneeId === viewerId,
    answer,
    faqQuestion: q.status === 'duplicate' ? (q.faqEntry?.question ?? null) : null,
    feedback:
      q.helpful === null
        ? null
        : q.helpful
          ? '👍 The asker found the answer helpful.'
          : '👎 The asker did not find the answer helpful.',
    history: q.history
      .filter((e) => e.kind !== 'asked')
      .slice(-6)
      .map((e) => `${londonMoment(e.at)}: ${e.actorName ?? 'Someone'} ${eventLines[e.kind](e)}`),
  };
}

/** The asker's answer card from an outbox payload (or one rebuilt from the question), with what they did since. */
export function answerView(
  notice: AskerNoticePayload,
  done: { feedback?: boolean | null; followedUp?: boolean } = {},
): QuestionAnswerView {
  return {
    ...notice,
    feedback: done.feedback === true ? 'helpful' : done.feedback === false ? 'not helpful' : null,
    followedUp: done.followedUp ?? false,
  };
}
