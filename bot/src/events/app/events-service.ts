import { isOfficer, type Person, requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkedInput, invalid } from '../../platform/validation/checked-input';
import { bookingClosedReason, eventWhen, type KentEvent } from '../domain/kent-event';
import { eventInputSchema } from './event-input';
import type {
  Attendee,
  BookingOutcome,
  EventAnnouncement,
  EventForPerson,
  EventStanding,
  EventsStore,
  StandingStore,
} from './ports';

/** The notification kinds of events: the announcement, a place come free, and the day-before reminder. */
export const EVENT_NOTICES = {
  announced: 'event-announced',
  placeFreed: 'event-place-freed',
  reminder: 'event-reminder',
  standing: 'event-standing',
} as const;

/** What a notification about an event carries: enough to show the card, never who else booked. */
function eventNoticePayload(event: KentEvent): Record<string, unknown> {
  return { eventId: event.id, title: event.title, when: eventWhen(event), venue: event.venue };
}

/** What events work with besides their store: the officer's card, and calendar invitations when Outlook is used. */
export interface EventsServiceParts {
  standing: StandingStore;
  /** Present with the Graph calendar: booked places get invitations, sent soon after the change commits. */
  invitations?: { soon: () => void };
}

/** Events and bookings: officers create and announce them; people in the audience book and cancel places. */
export function eventsService(store: EventsStore, newId: () => string, now: () => number, parts: EventsServiceParts) {
  const invite = parts.invitations !== undefined;
  const visible = async (person: Person, id: string): Promise<KentEvent> => {
    const event = await store.event(id);
    if (!event || !(isOfficer(person) || (await store.inAudience(event, person.id)))) {
      throw new UserFacingError('not-found', 'There is no such event.');
    }
    return event;
  };
  return {
    /** Creates an event (officers). */
    create: async (person: Person, raw: unknown): Promise<KentEvent> => {
      requireOfficer(person);
      const input = checkedInput(eventInputSchema, raw, 'The event');
      const areaIds = [...new Set(input.areaIds)];
      if (!(await store.areasExist(areaIds))) throw invalid('The event', { areaIds: 'There is no such area.' });
      const event: KentEvent = {
        id: newId(),
        title: input.title,
        description: input.description || null,
        areaIds,
        audience: input.audience,
        venue: input.venue || null,
        startMs: input.start,
        endMs: input.end,
        capacity: input.capacity,
        bookingClosesMs: input.bookingCloses,
        placesPerSchool: input.placesPerSchool ?? null,
        createdBy: person.id,
      };
      await store.create(event);
      return event;
    },
    /** The events for this person (every event for officers), soonest first. */
    list: (person: Person): Promise<EventForPerson[]> => store.listFor(person.id, isOfficer(person)),
    /** One event as this person sees it. */
    get: async (person: Person, id: string): Promise<EventForPerson> => {
      await visible(person, id);
      const [found] = await store.listFor(person.id, true, id);
      if (!found) throw new UserFacingError('not-found', 'There is no such event.');
      return found;
    },
    /** Sends the event's card to everyone in its audience once (officers). */
    announce: async (person: Person, id: string): Promise<EventAnnouncement> => {
      requireOfficer(person);
      const event = await visible(person, id);
      if (now() >= event.startMs) throw new UserFacingError('conflict', 'This event has already started.');
      // First the officer's own card of the event (once per officer and event; refreshed whenever they look at it),
      // so it is not queued behind the whole audience's cards.
      const [standing, teamsUserId] = await Promise.all([
        parts.standing.standing(event.id, EVENT_NOTICES.announced),
        parts.standing.teamsUserIdOf(person.id),
      ]);
      const payload = {
        ...eventNoticePayload(event),
        capacity: event.capacity,
        ...standing,
        refreshUserIds: teamsUserId ? [teamsUserId] : [],
      };
      const kind = EVENT_NOTICES.standing;
      await parts.standing.notifyOnce(person.id, { kind, payload }, `${kind}:${event.id}:${person.id}`);
      return store.announce(event, { kind: EVENT_NOTICES.announced, payload: eventNoticePayload(event) }, person.id);
    },
    /** How the event stands: its announcement's deliveries and its places (officers). */
    standing: async (person: Person, id: string): Promise<{ event: KentEvent; standing: EventStanding }> => {
      requireOfficer(person);
      const event = await visible(person, id);
      return { event, standing: await parts.standing.standing(event.id, EVENT_NOTICES.announced) };
    },
    /** Books the person a place, or a place on the waiting list when it is full. */
    book: async (person: Person, id: string): Promise<BookingOutcome> => {
      const event = await visible(person, id);
      const closed = bookingClosedReason(event, now());
      if (closed) throw new UserFacingError('conflict', closed);
      const place = await store.book(event, person.id, invite);
      if (place.status === 'booked' && !place.alreadyHad) parts.invitations?.soon();
      return place;
    },
    /** Gives up the person's place (or waiting-list place); the first waiting gets it and is told. */
    cancel: async (person: Person, id: string): Promise<void> => {
      const event = await visible(person, id);
      if (now() >= event.startMs) throw new UserFacingError('conflict', 'This event has already started.');
      const notice = { kind: EVENT_NOTICES.placeFreed, payload: eventNoticePayload(event) };
      const cancelled = await store.cancel(event, person.id, notice, invite);
      if (!cancelled) throw new UserFacingError('not-found', 'You have no place at this event.');
      parts.invitations?.soon();
    },
    /** Who booked and who is waiting, in order (officers). */
    attendees: async (person: Person, id: string): Promise<Attendee[]> => {
      requireOfficer(person);
      await visible(person, id);
      return store.attendees(id);
    },
    /** Queues tomorrow's reminders: people booked on events starting in the next 24 hours (a periodic job). */
    queueReminders: (): Promise<number> =>
      store.queueReminders(now(), now() + 86_400_000, (event) => ({
        kind: EVENT_NOTICES.reminder,
        payload: eventNoticePayload(event),
      })),
  };
}

/** The events use cases, as the API and Teams call them. */
export type EventsService = ReturnType<typeof eventsService>;
