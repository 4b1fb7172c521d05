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
  /** The events this person may see (all of them for officers; or only the one asked for), soonest first, with counts and their place. */
  listFor(personId: string, everything: boolean, onlyEventId?: string): Promise<EventForPerson[]>;
  /** Queues the announcement to each of the audience once (one dedupe key per event and person), with its audit. */
  announce(event: KentEvent, notice: EventNotice, actorId: string): Promise<EventAnnouncement>;
  /**
   * Books a place under a lock on the event: booked while places are left, else on the waiting list in arrival
   * order; a second booking by the same person returns the first. Refuses (`conflict`) when the person's school has
   * its places already. With `invite`, a booked place gets an invitation to send (by the invitations job).
   */
  book(event: KentEvent, personId: string, invite?: boolean): Promise<BookingOutcome>;
  /**
   * Cancels the person's place (and its invitation, if one was sent or may have been); the first waiting is given it
   * and told (`notice`), with an invitation to send when `invite`. False when they had none.
   */
  cancel(event: KentEvent, personId: string, notice: EventNotice, invite?: boolean): Promise<boolean>;
  attendees(eventId: string): Promise<Attendee[]>;
  /** People booked on events starting within the window who were not yet reminded: queues one reminder each. */
  queueReminders(fromMs: number, toMs: number, notice: (event: KentEvent) => EventNotice): Promise<number>;
}

/** How an announced event stands, for the officer's card: the announcement's deliveries and the places taken. */
export interface EventStanding {
  delivered: number;
  failed: number;
  booked: number;
  waiting: number;
}

/** What the officer's card of an event reads, and how it is queued to them once. */
export interface StandingStore {
  /** The announcement's deliveries (its notices of `announcedKind`) and the event's places. */
  standing(eventId: string, announcedKind: string): Promise<EventStanding>;
  /** The person's Teams user id from their chat with the bot (for a card's refresh), if they have one. */
  teamsUserIdOf(personId: string): Promise<string | null>;
  /** Queues a notification to one person once (by its dedupe key); false when it was queued before. */
  notifyOnce(personId: string, notice: EventNotice, dedupeKey: string): Promise<boolean>;
}

/** A booked place's calendar invitation as the organizer mailbox sends it (one Outlook event per booking). */
export interface InvitationRequest {
  /** The booking's deterministic key: the event's transactionId and the id stamped on it, to find it again. */
  key: string;
  organizerMailbox: string;
  subject: string;
  bodyHtml: string;
  startMs: number;
  endMs: number;
  location: string;
  attendee: { email: string; name: string };
  /** An earlier try may have made it: it is looked up before another is created. */
  mayAlreadyExist: boolean;
}

/** What became of an invitation or its cancellation: done, refused for good, or unknown (tried again later). */
export type InvitationOutcome =
  | { status: 'done'; eventId: string | null }
  | { status: 'failed' | 'unknown'; reason: string };

/** Outlook invitations from the events organizer mailbox (Graph); there is none with the local calendar. */
export interface InvitationCalendarPort {
  /** Creates the booking's event once (looked up first when it may exist); `done` carries its id. */
  create(request: InvitationRequest): Promise<InvitationOutcome>;
  /** Cancels the booking's event with a comment to the attendee; without its id, it is looked up by `key` first. */
  cancel(organizerMailbox: string, key: string, eventId: string | null, comment: string): Promise<InvitationOutcome>;
}

/** A booking whose invitation is to be sent or cancelled, claimed under a lease. */
export interface InvitationWork {
  bookingId: string;
  leaseToken: string;
  action: 'send' | 'cancel';
  event: KentEvent;
  attendee: { email: string; name: string };
  /** The Outlook event's id, once known. */
  eventId: string | null;
  /** Tries to create it before this one: after one, the event may exist. */
  attemptsBefore: number;
}

/** Bookings' invitations: claimed under a lease (a crashed worker's run out), settled only by the lease's holder. */
export interface InvitationsStore {
  /** Takes up to `limit` invitations to send or cancel, for events not over at `nowMs`, under a new lease. */
  claim(limit: number, leaseMs: number, nowMs: number): Promise<InvitationWork[]>;
  /** Records the outcome (an unknown one is tried again after `retryMs`); false when the lease was lost. */
  settle(work: InvitationWork, outcome: InvitationOutcome, retryMs: number): Promise<boolean>;
}
