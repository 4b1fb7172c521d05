import type { KentEvent } from '../../bot/src/events/domain/kent-event';

/** What each store test's briefing sets for itself. */
type BriefingOwnFields = Pick<KentEvent, 'id' | 'venue' | 'capacity' | 'createdBy'> & Partial<KentEvent>;

/** A briefing for everyone on 4 June 2027, 12:00 to 15:00 UTC, booking closing a day before, as the store holds it. */
export function briefingEvent({ id, venue, capacity, createdBy, ...changes }: BriefingOwnFields): KentEvent {
  const start = Date.parse('2027-06-04T12:00:00Z');
  return {
    id,
    title: 'Locality Model briefing',
    description: null,
    areaIds: [],
    audience: 'everyone',
    venue,
    startMs: start,
    endMs: start + 3 * 3_600_000,
    capacity,
    bookingClosesMs: start - 86_400_000,
    placesPerSchool: null,
    createdBy,
    ...changes,
  };
}
