import type { NotificationCard } from '../../platform/outbox/notification-cards';
import { POLL_NOTICES } from '../app/date-polls';
import { pollQuestionCard, type QuestionDate } from './poll-question-card';
import { pollMonth } from './poll-when';

/** A poll notification's dates, read defensively from its payload. */
function datesOf(p: Record<string, unknown>): QuestionDate[] {
  if (!Array.isArray(p.dates)) return [];
  return p.dates.map((d: Record<string, unknown>) => ({
    month: String(d.month ?? ''),
    startMs: Number(d.startMs ?? 0),
    endMs: Number(d.endMs ?? 0),
  }));
}

/** The question card a poll notification is delivered as: the invitation, a month asked again, the reminder. */
function pollNotice(heading: (p: Record<string, unknown>) => string): NotificationCard {
  return (p) =>
    pollQuestionCard({
      pollId: String(p.pollId ?? ''),
      heading: heading(p),
      communityName: String(p.communityName ?? 'Your community'),
      academicYear: String(p.academicYear ?? ''),
      closesAtMs: Number(p.closesAtMs ?? 0),
      open: true,
      dates: datesOf(p),
    });
}

/** The cards of poll notifications, by kind. */
export const pollNotificationCards: Record<string, NotificationCard> = {
  [POLL_NOTICES.invited]: pollNotice(
    (p) => `Can you make next year's meeting dates? (${String(p.academicYear ?? '')})`,
  ),
  [POLL_NOTICES.dateChanged]: pollNotice(
    (p) => `A new date for ${pollMonth(datesOf(p)[0]?.month ?? '')}: can you make it?`,
  ),
  [POLL_NOTICES.reminder]: pollNotice(() => "Reminder: the chair is waiting for your answers on next year's dates"),
};
