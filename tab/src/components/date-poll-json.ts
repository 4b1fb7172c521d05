/** One date of a poll as GET /api/communities/{id}/cycles/{year}/poll gives it; the tally only for the chair. */
export interface PollDateJson {
  month: string;
  start: string;
  end: string;
  mine: { works: boolean; reason: string | null } | null;
  works?: string[];
  cannot?: { personId: string; reason: string | null }[];
  pending?: string[];
}

/** A poll of next year's dates; `invitees` and `askedBefore` come only to the chair and officers. */
export interface PollJson {
  id: string;
  communityName: string;
  academicYear: string;
  status: 'open' | 'confirmed' | 'closed';
  closesAt: string;
  cycleId: string | null;
  dates: PollDateJson[];
  invitees?: { personId: string; displayName: string }[];
  askedBefore?: { month: string; start: string; end: string }[];
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "November 2026" for "2026-11". */
export function monthName(month: string): string {
  return monthFormat.format(new Date(`${month}-01T12:00:00Z`));
}

/** Runs a change and says how it went: what to show when it is done, or why it was not. */
export type PollAction = (work: () => Promise<string>, nothingDone: string) => void;
