import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import type { EventForPerson } from '../app/ports';
import { EVENT_AUDIENCES, eventWhen } from '../domain/kent-event';

/** The card verbs of events: book a place, and give it up. */
export const EVENT_VERBS = { book: 'bookEventPlace', cancel: 'cancelEventPlace' } as const;

/** Links from an event card: the Events page, and that page with this event's calendar file first. */
export interface EventLinks {
  eventsPage: string;
  calendarPage: string;
}

/** What the person's place means, in words. */
function placeLine(event: EventForPerson, nowMs: number): CardElement {
  const left = event.capacity - event.counts.booked;
  if (event.myPlace?.status === 'booked') return text('✅ You have a place.', { weight: 'Bolder', color: 'Good' });
  if (event.myPlace?.status === 'waiting') {
    return text(`You are number ${event.myPlace.position} on the waiting list: we tell you if a place comes up.`, {
      weight: 'Bolder',
    });
  }
  if (nowMs >= event.bookingClosesMs || nowMs >= event.startMs) return text('Booking has closed.', { isSubtle: true });
  return text(left > 0 ? `${left} of ${event.capacity} places left.` : 'Full: you can join the waiting list.');
}

/** An event as one person sees it: when, where, who it is for, their place, and Book a place or Cancel my place. */
export function eventCard(event: EventForPerson, nowMs: number, links: EventLinks, problem?: string): AdaptiveCard {
  const open = nowMs < event.bookingClosesMs && nowMs < event.startMs;
  const areas = event.areaIds.length === 0 ? 'All of Kent' : event.areaNames.join(', ');
  const body: CardElement[] = [
    text(event.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    {
      type: 'FactSet',
      facts: [
        { title: 'When', value: eventWhen(event) },
        { title: 'Where', value: event.venue ?? 'Online (Teams)' },
        { title: 'For', value: `${EVENT_AUDIENCES[event.audience]} · ${areas}` },
      ],
    },
    ...(event.description ? [text(event.description)] : []),
    ...(problem ? [text(problem, { color: 'Attention', weight: 'Bolder' })] : []),
    placeLine(event, nowMs),
  ];
  const actions: CardElement[] = [];
  if (event.myPlace) {
    if (nowMs < event.startMs)
      actions.push(executeAction('Cancel my place', EVENT_VERBS.cancel, { eventId: event.id }));
    if (event.myPlace.status === 'booked') {
      actions.push({ type: 'Action.OpenUrl', title: 'Add to calendar (.ics)', url: links.calendarPage });
    }
  } else if (open) {
    const title = event.counts.booked < event.capacity ? 'Book a place' : 'Join the waiting list';
    actions.push(executeAction(title, EVENT_VERBS.book, { eventId: event.id }));
  }
  actions.push({ type: 'Action.OpenUrl', title: 'All events', url: links.eventsPage });
  return adaptiveCard(body, actions);
}

/** What a notification about an event shows before the person acts (the live card comes when they press a button). */
export interface EventNoticeView {
  kind: 'announced' | 'placeFreed' | 'reminder';
  eventId: string;
  title: string;
  when: string;
  venue: string | null;
}

const HEADINGS: Record<EventNoticeView['kind'], string> = {
  announced: 'An event for you',
  placeFreed: 'A place came up: it is yours',
  reminder: 'Tomorrow',
};

/** The card of an event notification: the announcement (Book a place), a place given from the waiting list, a reminder. */
export function eventNoticeCard(view: EventNoticeView, links: EventLinks): AdaptiveCard {
  const actions: CardElement[] =
    view.kind === 'announced'
      ? [executeAction('Book a place', EVENT_VERBS.book, { eventId: view.eventId })]
      : [
          executeAction('Cancel my place', EVENT_VERBS.cancel, { eventId: view.eventId }),
          { type: 'Action.OpenUrl', title: 'Add to calendar (.ics)', url: links.calendarPage },
        ];
  return adaptiveCard(
    [
      text(HEADINGS[view.kind], { size: 'Medium', weight: 'Bolder', style: 'heading' }),
      text(`**${view.title}**`),
      {
        type: 'FactSet',
        facts: [
          { title: 'When', value: view.when },
          { title: 'Where', value: view.venue ?? 'Online (Teams)' },
        ],
      },
    ],
    [...actions, { type: 'Action.OpenUrl', title: 'All events', url: links.eventsPage }],
  );
}
