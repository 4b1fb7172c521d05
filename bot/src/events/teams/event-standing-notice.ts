import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { eventStandingCard } from './event-standing-card';

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The officer's card of an event as first delivered, from its notification (as it stood when they announced it). */
export function standingNoticeCard(
  payload: Record<string, unknown>,
  attendeesPage: (eventId: string) => string,
): AdaptiveCard {
  const eventId = String(payload.eventId ?? '');
  const ids = Array.isArray(payload.refreshUserIds) ? payload.refreshUserIds : [];
  return eventStandingCard({
    eventId,
    title: String(payload.title ?? 'An event'),
    when: String(payload.when ?? ''),
    venue: typeof payload.venue === 'string' ? payload.venue : null,
    capacity: count(payload.capacity),
    delivered: count(payload.delivered),
    failed: count(payload.failed),
    booked: count(payload.booked),
    waiting: count(payload.waiting),
    refreshUserIds: ids.filter((id): id is string => typeof id === 'string'),
    attendeesPage: attendeesPage(eventId),
  });
}
