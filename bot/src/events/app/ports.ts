import type { EventCounts, KentEvent, MyPlace } from '../domain/kent-event';

/** An event as one person sees it: how full it is and their own place, if they have one. */
export interface EventForPerson extends KentEvent {
  counts: EventCounts;
  myPlace: MyPlace | null;
  areaNames: string[];
}

/** One booking as officers see it (for the attendee list and its CSV). */
export interface Attendee {
  name: string;
  email: string;
  school: string | null;
  status: 'booked' | 'waiting';
  /** Place in the waiting list (1 is next), null when booked. */
  position: number | null;
  bookedAt: string;
}

/** What booking gave: a place, or a place in the waiting list. */
export type BookingOutcome = MyPlace & { alreadyHad: boolean };

/** A notification queued with a change, to a person. */
export interface EventNotice {
  kind: string;
  payload: Record<string, unknown>;
}

/** How announcing went: queued now, already sent before, and how many have no chat with the bot yet. */
export interface EventAnnouncement {
  queued: number;
  alreadySent: number;
  withoutChat: number;
  /** Of everything ever queued for this event's announcement: delivered and failed so far. */
  delivered: number;
  failed: number;
}

/** Events and bookings; each change audited in its own transaction, its notifications queued with it. */
export interface EventsStore {
  create(event: KentEvent): Promise<void>;
  event(id: string): Promise<KentEvent | undefined>;
  /** Whether every area id names an area. */
  areasExist(areaIds: string[]): Promise<boolean>;
  /** Whether the person is in the event's audience (role, and area unless they work Kent-wide). */
  inAudience(event: KentEvent, personId: string): Promise<boolean>;
  /** The events this person may see (all of them for officers), soonest first, with counts and their place. */
  listFor(personId: string, everything: boolean): Promise<EventForPerson[]>;
  /** Queues the announcement to each of the audience once (one dedupe key per event and person), with its audit. */
  announce(event: KentEvent, notice: EventNotice, actorId: string): Promise<EventAnnouncement>;
  /**
   * Books a place under a lock on the event: booked while places are left, else on the waiting list in arrival
   * order; a second booking by the same person returns the first. Refuses (`conflict`) when the person's school has
   * its places already.
   */
  book(event: KentEvent, personId: string): Promise<BookingOutcome>;
  /** Cancels the person's place; the first waiting is given it and told (`notice`). False when they had none. */
  cancel(event: KentEvent, personId: string, notice: EventNotice): Promise<boolean>;
  attendees(eventId: string): Promise<Attendee[]>;
  /** People booked on events starting within the window who were not yet reminded: queues one reminder each. */
  queueReminders(fromMs: number, toMs: number, notice: (event: KentEvent) => EventNotice): Promise<number>;
}
