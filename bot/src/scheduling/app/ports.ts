import type { NewOutboxMessage } from '../../platform/outbox/outbox-store';
import type { BusyTime } from '../domain/busy-time';
import type { Attendee, Meeting } from '../domain/meeting';
import type { Holiday, Term } from '../domain/school-calendar';

/** A community as scheduling sees it: its preferences, organizer mailbox and who is invited. */
export interface CommunityForScheduling {
  id: string;
  name: string;
  organizerMailbox: string | null;
  preferredWeekdays: number[];
  preferredStartTime: string;
  meetingMinutes: number;
  timeZone: string;
  attendees: Attendee[];
}

/** An academic year's term dates and bank holidays. */
export interface SchoolYear {
  id: string;
  startsOn: string;
  endsOn: string;
  terms: Term[];
  holidays: Holiday[];
}

/** Which set of meetings a cycle is: a community's year, or KCC's KiT meetings (for all chairs or one area). */
export interface CycleKey {
  kind: 'community' | 'kit';
  communityId: string | null;
  areaId: string | null;
  academicYearId: string;
}

/** A cycle and its meetings. */
export interface CycleWithMeetings extends CycleKey {
  id: string;
  createdBy: string;
  meetings: Meeting[];
}

/** A meeting to insert, with its invitations. */
export type NewMeeting = Omit<Meeting, 'status' | 'calendarEventId' | 'joinUrl' | 'failureReason' | 'cancelComment'> & {
  attendees: Attendee[];
};

/** Storage for cycles and meetings; every change is audited in the same transaction. */
export interface MeetingsStore {
  communityForScheduling(communityId: string): Promise<CommunityForScheduling | undefined>;
  schoolYear(academicYearId: string): Promise<SchoolYear | undefined>;
  /** Kent's areas, for KiT meetings held per area. */
  areas(): Promise<{ id: string; name: string }[]>;
  /** Who is invited to a KiT meeting: the chairs (of one area, or all) and KCC officers. */
  kitAttendees(areaId: string | null): Promise<Attendee[]>;
  /** Adds or replaces a year's term dates (holidays are kept as they are). */
  setSchoolYear(year: Omit<SchoolYear, 'holidays'>, actorId: string): Promise<SchoolYear>;
  /** Live meetings (not cancelled) of these people between two instants, excluding one cycle key's meetings. */
  commitmentsOf(personIds: string[], fromMs: number, toMs: number, except: CycleKey): Promise<BusyTime[]>;
  findCycle(key: CycleKey): Promise<CycleWithMeetings | undefined>;
  cycle(cycleId: string): Promise<CycleWithMeetings | undefined>;
  createCycle(cycle: CycleKey & { id: string; createdBy: string }, meetings: NewMeeting[]): Promise<void>;
  attendeesOf(meetingId: string): Promise<Attendee[]>;
  /** Marks a cycle's meetings that still need an event as `creating` (taking over interrupted ones) and returns them. */
  claimForCreation(cycleId: string, staleAfterMs: number): Promise<ClaimedMeeting[]>;
  recordOutcome(outcome: CreateEventOutcome): Promise<void>;
  /** Cycles with meetings still waiting for their calendar event (to resume after a restart). */
  unfinishedCycleIds(): Promise<string[]>;
  meeting(meetingId: string): Promise<Meeting | undefined>;
  /** Meetings in calendars (not cancelled) starting between two instants, soonest first. */
  meetingsStartingBetween(fromMs: number, toMs: number): Promise<Meeting[]>;
  listMeetings(filter: { communityId: string; academicYearId?: string }): Promise<Meeting[]>;
  /** KiT meetings of an academic year, soonest first. */
  listKitMeetings(academicYearId: string): Promise<Meeting[]>;
  /** Moves a meeting; the notices are queued in the same transaction, so they go if and only if the move commits. */
  reschedule(
    meetingId: string,
    startMs: number,
    endMs: number,
    actorId: string,
    notices?: NewOutboxMessage[],
  ): Promise<Meeting>;
  cancel(meetingId: string, comment: string, actorId: string): Promise<Meeting>;
}

/** What the scheduling use cases need. */
export interface SchedulingPorts {
  meetings: MeetingsStore;
  calendar: CalendarPort;
  /** The current instant (ms); tests fix it. */
  now: () => number;
}

/** Scheduling settings that do not change per request. */
export interface SchedulingSettings {
  /** Minutes kept clear between two meetings of the same person (default 30). */
  bufferMinutes: number;
  /** The mailbox that organises KCC's Keeping in Touch meetings. */
  kitOrganizerMailbox: string;
}

/** A meeting claimed for creation; `resumed` when an earlier run had already claimed it (and may have made its event). */
export type ClaimedMeeting = Meeting & { resumed: boolean };

/** A meeting to put in an organizer's calendar, with its invitations. */
export interface CalendarEventRequest {
  meetingId: string;
  /** Deterministic per meeting, so a retried create never makes a second event. */
  transactionId: string;
  /** An earlier run may have made this event before it died: look it up by meeting id before creating it. */
  mayAlreadyExist: boolean;
  organizerMailbox: string;
  subject: string;
  bodyHtml: string;
  startMs: number;
  endMs: number;
  timeZone: string;
  attendees: { email: string; name: string; type: 'required' | 'optional' }[];
}

/**
 * What happened to one create: created (with or without a Teams join link), failed and why, or `unknown` when the
 * calendar could not say whether the event exists (the meeting stays claimed and is resumed after its lease).
 */
export type CreateEventOutcome =
  | { meetingId: string; status: 'created'; eventId: string; joinUrl: string | null }
  | { meetingId: string; status: 'failed'; reason: string }
  | { meetingId: string; status: 'unknown'; reason: string };

/** What scheduling needs from a calendar; Graph and the local calendar implement it. */
export interface CalendarPort {
  /** "graph" puts events in Outlook with Teams links; "local" keeps them in the app only (.ics downloads). */
  readonly kind: 'graph' | 'local';
  /** Creates events, returning one outcome per request (never throwing halfway). */
  createEvents(requests: CalendarEventRequest[]): Promise<CreateEventOutcome[]>;
  /** Moves an event, keeping its Teams meeting. */
  rescheduleEvent(
    organizerMailbox: string,
    eventId: string,
    startMs: number,
    endMs: number,
    timeZone: string,
  ): Promise<void>;
  /** Cancels an event; the comment goes to the attendees. */
  cancelEvent(organizerMailbox: string, eventId: string, comment: string): Promise<void>;
  /** When the organizer mailbox is busy between two instants. */
  organizerBusy(organizerMailbox: string, fromMs: number, toMs: number): Promise<BusyTime[]>;
}

/** A card in a Teams conversation to update once a cycle finishes: where it is (an opaque reference) and its id. */
export interface WatchedCard {
  reference: Record<string, unknown>;
  activityId: string;
}

/** The cards waiting for their cycle, stored so that whichever instance finishes the cycle updates them. */
export interface CycleCardWatches {
  watch(cycleId: string, card: WatchedCard): Promise<void>;
  unwatch(cycleId: string): Promise<void>;
  /** Takes (returns and forgets) the cards watched for a cycle, so each is updated once. */
  take(cycleId: string): Promise<WatchedCard[]>;
}
