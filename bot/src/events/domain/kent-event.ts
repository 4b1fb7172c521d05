/** Who an event is for: everyone with a role, headteachers, community chairs or school representatives. */
export const EVENT_AUDIENCES = {
  everyone: 'Everyone with a role',
  headteachers: 'Headteachers',
  chairs: 'Community chairs',
  representatives: 'School representatives',
} as const;

/** One of the audiences of an event. */
export type EventAudience = keyof typeof EVENT_AUDIENCES;

/** A briefing or event KCC runs, with places people book in Teams. */
export interface KentEvent {
  id: string;
  title: string;
  description: string | null;
  /** The areas whose people it is for; empty for all of Kent. */
  areaIds: string[];
  audience: EventAudience;
  /** The venue's name and address, or null when it is online. */
  venue: string | null;
  startMs: number;
  endMs: number;
  capacity: number;
  bookingClosesMs: number;
  /** At most this many places (booked or waiting) per school; null for no limit. */
  placesPerSchool: number | null;
  createdBy: string;
}

/** A person's place: booked, or waiting (first in the queue is position 1). */
export type MyPlace = { status: 'booked' } | { status: 'waiting'; position: number };

/** How full an event is. */
export interface EventCounts {
  booked: number;
  waiting: number;
}

/** Why a place cannot be booked now, if it cannot: the event has started or booking has closed. */
export function bookingClosedReason(event: KentEvent, nowMs: number): string | undefined {
  if (nowMs >= event.startMs) return 'This event has already started.';
  if (nowMs >= event.bookingClosesMs) {
    const closed = new Date(event.bookingClosesMs).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      timeZone: 'Europe/London',
    });
    return `Booking closed on ${closed}.`;
  }
  return undefined;
}

/** "Tuesday 4 June 2025, 13:00–16:00" in London time. */
export function eventWhen(event: Pick<KentEvent, 'startMs' | 'endMs'>): string {
  const day = new Date(event.startMs).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  const time = (ms: number) =>
    new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  return `${day}, ${time(event.startMs)}–${time(event.endMs)}`;
}
