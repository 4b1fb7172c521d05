/** What each events API test's briefing sets for itself. */
interface BriefingOwnFields {
  title: string;
  venue: string;
  placesPerSchool: number | null;
}

/** The body creating a briefing for everyone on 4 June 2027, a year after the tests' clock (June 2026), in BST. */
export function briefingBody(own: BriefingOwnFields, changes: Record<string, unknown> = {}) {
  return {
    title: own.title,
    audience: 'everyone',
    areaIds: [],
    venue: own.venue,
    start: '2027-06-04T13:00:00+01:00',
    end: '2027-06-04T16:00:00+01:00',
    bookingCloses: '2027-05-28T17:00:00+01:00',
    capacity: 100,
    placesPerSchool: own.placesPerSchool,
    ...changes,
  };
}
