import type { Selectable } from 'kysely';
import type { EventAudience, KentEvent } from '../domain/kent-event';
import type { EventsTable } from './tables';

/** An event row as the domain's event. */
export function eventOf(row: Selectable<EventsTable>): KentEvent {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    areaIds: row.area_ids,
    audience: row.audience as EventAudience,
    venue: row.venue,
    startMs: new Date(row.starts_at).getTime(),
    endMs: new Date(row.ends_at).getTime(),
    capacity: row.capacity,
    bookingClosesMs: new Date(row.booking_closes_at).getTime(),
    placesPerSchool: row.places_per_school,
    createdBy: row.created_by,
  };
}
