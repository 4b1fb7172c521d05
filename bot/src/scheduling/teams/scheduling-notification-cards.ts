import type { NotificationCard } from '../../platform/outbox/notification-cards';
import { formatLongDate } from '../../platform/time/plain-date';
import { MEETING_REMINDER } from '../app/queue-meeting-reminders';
import { meetingReminderCard } from './meeting-reminder-card';

/** The card scheduling's notifications are delivered as: a meeting reminder a week and a day before. */
export function schedulingNotificationCards(publicBaseUrl: string): Record<string, NotificationCard> {
  return {
    [MEETING_REMINDER]: (p) => {
      const start = String(p.start ?? '');
      return meetingReminderCard({
        due: p.due === '1d' ? '1d' : '7d',
        title: String(p.title ?? 'Community of Schools meeting'),
        day: formatLongDate(start.slice(0, 10)),
        when: `${formatLongDate(start.slice(0, 10))}, ${start.slice(11, 16)}–${String(p.end ?? '').slice(11, 16)}`,
        joinUrl: typeof p.joinUrl === 'string' ? p.joinUrl : null,
        agendaUrl: `${publicBaseUrl.replace(/\/$/, '')}/meetings`,
      });
    },
  };
}
