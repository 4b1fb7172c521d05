import type { EventForPerson } from '../app/ports';
import { EVENT_AUDIENCES, eventWhen, type KentEvent } from '../domain/kent-event';

/** An event as the API shows it: when and where in words too, how full it is, and the person's own place. */
export function eventJson(
  event: KentEvent & Partial<Pick<EventForPerson, 'counts' | 'myPlace' | 'areaNames'>>,
  nowMs: number,
) {
  const counts = event.counts ?? { booked: 0, waiting: 0 };
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    areaIds: event.areaIds,
    areas: event.areaIds.length === 0 ? 'All of Kent' : (event.areaNames ?? event.areaIds).join(', '),
    audience: event.audience,
    audienceLabel: EVENT_AUDIENCES[event.audience],
    venue: event.venue,
    online: event.venue === null,
    start: new Date(event.startMs).toISOString(),
    end: new Date(event.endMs).toISOString(),
    when: eventWhen(event),
    bookingCloses: new Date(event.bookingClosesMs).toISOString(),
    capacity: event.capacity,
    placesPerSchool: event.placesPerSchool,
    booked: counts.booked,
    waiting: counts.waiting,
    placesLeft: Math.max(0, event.capacity - counts.booked),
    myPlace: event.myPlace ?? null,
    past: event.endMs <= nowMs,
    bookingOpen: nowMs < event.bookingClosesMs && nowMs < event.startMs,
  };
}
