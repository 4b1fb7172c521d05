import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import type { EventAudience } from '../domain/kent-event';

/** A London wall-clock time as an instant (the demo's dates are all in British Summer Time or winter time as given). */
const london = (date: string, time: string, offset: '+00:00' | '+01:00') => new Date(`${date}T${time}:00${offset}`);

const DEMO_EVENTS: {
  title: string;
  areaIds: string[];
  audience: EventAudience;
  venue: string | null;
  date: string;
  from: string;
  to: string;
  offset: '+00:00' | '+01:00';
  capacity: number;
  placesPerSchool: number | null;
  description: string;
}[] = [
  // The four area briefings of KCC's May 2025 Keeping in Touch briefing (held: booked through a form then).
  ...[
    ['North Kent', '2025-06-04', '13:00', '16:00', 'The Inn on the Lake, Shorne, Gravesend, Kent, DA12 3HB'],
    ['West Kent', '2025-06-11', '13:00', '16:00', 'Mercure Great Danes, Maidstone, ME17 1RE'],
    ['East Kent', '2025-06-12', '13:00', '16:00', 'Seasalter Christian Centre, Faversham Road, Whitstable, CT5 4AX'],
    [
      'South Kent',
      '2025-06-13',
      '09:00',
      '12:00',
      'Ashford International Hotel & Spa, Simone Weil Avenue, Ashford, TN24 8UX',
    ],
  ].map(([area, date, from, to, venue]) => ({
    title: `${area} Headteacher Briefing`,
    areaIds: [String(area).toLowerCase().replace(/ /g, '-')],
    audience: 'headteachers' as const,
    venue: String(venue),
    date: String(date),
    from: String(from),
    to: String(to),
    offset: '+01:00' as const,
    capacity: 150,
    placesPerSchool: 1,
    description: 'KCC updates on the Locality Model for School Inclusion, and time with your area colleagues.',
  })),
  {
    title: 'Locality Model: the year so far (online, all of Kent)',
    areaIds: [],
    audience: 'everyone',
    venue: null,
    date: '2027-03-10',
    from: '15:45',
    to: '17:00',
    offset: '+00:00',
    capacity: 500,
    placesPerSchool: null,
    description: 'What the first terms of the Communities of Schools showed, and your questions to KCC.',
  },
  {
    title: 'Community chairs: planning 2027-28 together',
    areaIds: [],
    audience: 'chairs',
    venue: 'Kent County Council, Sessions House, County Road, Maidstone, ME14 1XQ',
    date: '2027-05-19',
    from: '13:00',
    to: '15:30',
    offset: '+01:00',
    capacity: 60,
    placesPerSchool: null,
    description: 'Before the June/July meetings confirm next year’s dates: budgets, the dashboard and KiT.',
  },
];

/** Loads the demo's events (the four 2025 area briefings, held, and two to come); never overwrites one. */
export async function seedDemoEvents(db: Kysely<Database>): Promise<number> {
  const officer = await db
    .selectFrom('roles')
    .select('person_id')
    .where('role', '=', 'officer')
    .orderBy('person_id')
    .executeTakeFirst();
  if (!officer) return 0;
  const rows = DEMO_EVENTS.map((e) => {
    const startsAt = london(e.date, e.from, e.offset);
    return {
      id: uuidV5(`demo-event:${e.title}:${e.date}`),
      title: e.title,
      description: e.description,
      area_ids: JSON.stringify(e.areaIds),
      audience: e.audience,
      venue: e.venue,
      starts_at: startsAt,
      ends_at: london(e.date, e.to, e.offset),
      capacity: e.capacity,
      // Booking closes a week before.
      booking_closes_at: new Date(startsAt.getTime() - 7 * 86_400_000),
      places_per_school: e.placesPerSchool,
      created_by: officer.person_id,
    };
  });
  const inserted = await db
    .insertInto('events')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
