import { type AdaptiveCard, adaptiveCard, executeAction, text } from '../../platform/cards/adaptive-card';

/** The card verb that brings the officer's card of an event up to date (also its Universal Actions refresh). */
export const EVENT_STANDING_VERB = 'eventStanding';

/** What the officer's card of an announced event shows. */
export interface EventStandingView {
  eventId: string;
  title: string;
  when: string;
  venue: string | null;
  capacity: number;
  delivered: number;
  failed: number;
  booked: number;
  waiting: number;
  /** Who gets the card refreshed when they look at it: the officer (their Teams user id), at most 60. */
  refreshUserIds: string[];
  /** The Events page at this event, where officers see the attendees and download the register. */
  attendeesPage: string;
}

/**
 * The officer's card of an event they announced: how the announcement was delivered and how many booked, are waiting
 * and places are left, current whenever they look at it (a Universal Actions refresh), with Attendees and Refresh.
 */
export function eventStandingCard(view: EventStandingView): AdaptiveCard {
  const refresh = executeAction('Refresh', EVENT_STANDING_VERB, { eventId: view.eventId });
  const card = adaptiveCard(
    [
      text('Your event: announcement and bookings', { size: 'Medium', weight: 'Bolder', style: 'heading' }),
      text(`**${view.title}**`),
      text(`${view.when} · ${view.venue ?? 'Online (Teams)'}`, { isSubtle: true }),
      {
        type: 'FactSet',
        facts: [
          { title: 'Announcement delivered', value: String(view.delivered) },
          { title: 'Could not be delivered', value: String(view.failed) },
          { title: 'Booked', value: `${view.booked} of ${view.capacity}` },
          { title: 'Waiting list', value: String(view.waiting) },
          { title: 'Places left', value: String(Math.max(0, view.capacity - view.booked)) },
        ],
      },
    ],
    [{ type: 'Action.OpenUrl', title: 'Attendees', url: view.attendeesPage }, refresh],
  );
  if (view.refreshUserIds.length === 0) return card;
  return { ...card, refresh: { action: refresh, userIds: view.refreshUserIds.slice(0, 60) } };
}
