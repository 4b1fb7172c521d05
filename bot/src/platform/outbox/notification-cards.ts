import { fundingNotificationCards } from '../../funding/teams/funding-notification-cards';
import { questionNotificationCards } from '../../questions/teams/question-notification-cards';
import { meetingReminderCard } from '../../scheduling/teams/meeting-reminder-card';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { formatLongDate } from '../time/plain-date';

/** Turns an outbox notification into the card it is delivered as. */
export type NotificationCard = (payload: Record<string, unknown>) => AdaptiveCard;

/** The card for each notification kind; a kind without one is not deliverable. */
export function notificationCards(publicBaseUrl: string): Record<string, NotificationCard> {
  return {
    ...questionNotificationCards(),
    ...fundingNotificationCards(publicBaseUrl),
    'meeting-reminder': (p) => {
      const start = String(p.start ?? '');
      return meetingReminderCard({
        due: p.due === '1d' ? '1d' : '7d',
        title: String(p.title ?? 'Community of Schools meeting'),
        when: `${formatLongDate(start.slice(0, 10))}, ${start.slice(11, 16)}–${String(p.end ?? '').slice(11, 16)}`,
        joinUrl: typeof p.joinUrl === 'string' ? p.joinUrl : null,
        agendaUrl: `${publicBaseUrl.replace(/\/$/, '')}/meetings`,
      });
    },
  };
}
