/** An event as GET /api/events lists it for the signed-in person. */
export interface EventRow {
  id: string;
  title: string;
  description: string | null;
  areas: string;
  audienceLabel: string;
  venue: string | null;
  online: boolean;
  start: string;
  end: string;
  when: string;
  bookingCloses: string;
  capacity: number;
  placesPerSchool: number | null;
  booked: number;
  waiting: number;
  placesLeft: number;
  myPlace: { status: 'booked' } | { status: 'waiting'; position: number } | null;
  past: boolean;
  bookingOpen: boolean;
}

/** Runs a change for an event: what it returns is said on success, and a refusal names what was not done. */
export type EventAction = (work: () => Promise<string | undefined>, notDone: string) => void;
