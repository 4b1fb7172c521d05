import type { NotificationCard } from '../../platform/outbox/notification-cards';
import { formatLongDate } from '../../platform/time/plain-date';
import { MEETING_MOVED } from '../app/change-meeting';
import { MEETING_REMINDER } from '../app/queue-meeting-reminders';
import { meetingMovedCard } from './meeting-moved-card';
import { meetingReminderCard } from './meeting-reminder-card';

/** "Tuesday 8 September 2026, 15:45–17:15" from a notification's zoned start and end. */
function whenOf(p: Record<string, unknown>): string {
  const start = String(p.start ?? '');
  return `${formatLongDate(start.slice(0, 10))}, ${start.slice(11, 16)}–${String(p.end ?? '').slice(11, 16)}`;
}

/** The cards scheduling's notifications are delivered as: reminders a week and a day before, and "meeting moved". */
export function schedulingNotificationCards(publicBaseUrl: string): Record<string, NotificationCard> {
  const meetingsUrl = `${publicBaseUrl.replace(/\/$/, '')}/meetings`;
  return {
    [MEETING_MOVED]: (p) =>
      meetingMovedCard({
        title: String(p.title ?? 'Community of Schools meeting'),
        when: whenOf(p),
        movedBy: String(p.movedBy ?? 'The chair'),
        comment: typeof p.comment === 'string' && p.comment !== '' ? p.comment : null,
        joinUrl: typeof p.joinUrl === 'string' ? p.joinUrl : null,
        meetingsUrl,
      }),
    [MEETING_REMINDER]: (p) => {
      const start = String(p.start ?? '');
      return meetingReminderCard({
        due: p.due === '1d' ? '1d' : '7d',
        title: String(p.title ?? 'Community of Schools meeting'),
        day: formatLongDate(start.slice(0, 10)),
        when: whenOf(p),
        joinUrl: typeof p.joinUrl === 'string' ? p.joinUrl : null,
        agendaUrl: meetingsUrl,
      });
    },
  };
}
