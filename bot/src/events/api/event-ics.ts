import { createEvent } from 'ics';
import type { KentEvent } from '../domain/kent-event';

/** One event as an iCalendar file, for the person's own calendar. */
export function eventIcs(event: KentEvent, publicBaseUrl: string): string {
  const { error, value } = createEvent({
    uid: `event-${event.id}@communities-of-schools`,
    title: event.title,
    start: event.startMs,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endMs,
    endInputType: 'utc',
    endOutputType: 'utc',
    description: [event.description, `Your place: ${publicBaseUrl}/events`].filter(Boolean).join('\n\n'),
    location: event.venue ?? 'Online',
    status: 'CONFIRMED',
    productId: 'communities-of-schools',
  });
  if (error || !value) throw new Error(`Could not write the calendar file: ${error?.message ?? 'unknown error'}`);
  return value;
}
