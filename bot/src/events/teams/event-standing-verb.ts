import type { TurnContext } from 'botbuilder';
import { isOfficer, type Person } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { notForYouCard } from '../../platform/cards/not-for-you-card';
import type { EventsService } from '../app/events-service';
import { eventWhen } from '../domain/kent-event';
import { eventStandingCard } from './event-standing-card';

/**
 * The officer's card of an event as it stands now (Refresh, and the card's refresh when they look at it); anyone else
 * is told it is for officers, and sees nothing of the event.
 */
export async function eventStandingFromCard(
  context: TurnContext,
  person: Person,
  data: Record<string, unknown>,
  deps: { events: EventsService; attendeesPage: (eventId: string) => string },
): Promise<AdaptiveCard> {
  if (!isOfficer(person)) {
    return notForYouCard('Event bookings', 'Only KCC officers can see how an event was announced and who booked.');
  }
  const eventId = typeof data.eventId === 'string' ? data.eventId : '';
  const { event, standing } = await deps.events.standing(person, eventId);
  const viewer = context.activity.from?.id;
  return eventStandingCard({
    eventId: event.id,
    title: event.title,
    when: eventWhen(event),
    venue: event.venue,
    capacity: event.capacity,
    ...standing,
    refreshUserIds: viewer ? [viewer] : [],
    attendeesPage: deps.attendeesPage(event.id),
  });
}
