import type { BusyTime } from '../domain/busy-time';

/** A meeting to put in an organizer's calendar, with its invitations. */
export interface CalendarEventRequest {
  meetingId: string;
  /** Deterministic per meeting, so a retried create never makes a second event. */
  transactionId: string;
  organizerMailbox: string;
  subject: string;
  bodyHtml: string;
  startMs: number;
  endMs: number;
  timeZone: string;
  attendees: { email: string; name: string; type: 'required' | 'optional' }[];
}

/** What happened to one create: created (with or without a Teams join link), or failed and why. */
export type CreateEventOutcome =
  | { meetingId: string; status: 'created'; eventId: string; joinUrl: string | null }
  | { meetingId: string; status: 'failed'; reason: string };

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
