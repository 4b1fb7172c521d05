/** Where a poll of next year's dates is: answered until the chair confirms the dates (or closes it without). */
type DatePollStatus = 'open' | 'confirmed' | 'closed';

/** One proposed meeting date in a poll; `round` goes up each time the chair suggests another date for the month. */
export interface PollDate {
  month: string;
  startMs: number;
  endMs: number;
  round: number;
}

/** One person's answer for one month's date. */
export interface PollAnswer {
  personId: string;
  month: string;
  works: boolean;
  reason: string | null;
}

/** A community's poll of next year's meeting dates, put to its representatives, SEN IA and link practitioners. */
export interface DatePoll {
  id: string;
  communityId: string;
  communityName: string;
  academicYearId: string;
  createdBy: string;
  status: DatePollStatus;
  closesAtMs: number;
  cycleId: string | null;
  dates: PollDate[];
  /** Dates put for a month and then replaced by another suggestion, oldest first. */
  earlierDates: Omit<PollDate, 'round'>[];
  /** Who is asked, with their names for the chair's tally. */
  invitees: { personId: string; displayName: string }[];
  answers: PollAnswer[];
}

/** The answers for one date: who said it works, who cannot (and why), and who has not answered. */
export interface DateTally {
  month: string;
  startMs: number;
  endMs: number;
  works: string[];
  cannot: { personId: string; reason: string | null }[];
  pending: string[];
}

/** The tally of a poll, date by date (person ids in invitation order). */
export function tallyPoll(poll: Pick<DatePoll, 'dates' | 'invitees' | 'answers'>): DateTally[] {
  return poll.dates.map((date) => {
    const answers = new Map(poll.answers.filter((a) => a.month === date.month).map((a) => [a.personId, a]));
    const tally: DateTally = { ...date, works: [], cannot: [], pending: [] };
    for (const { personId } of poll.invitees) {
      const answer = answers.get(personId);
      if (!answer) tally.pending.push(personId);
      else if (answer.works) tally.works.push(personId);
      else tally.cannot.push({ personId, reason: answer.reason });
    }
    return tally;
  });
}

/** Who has not answered every date yet (they get the reminder). */
export function notYetAnswered(poll: Pick<DatePoll, 'dates' | 'invitees' | 'answers'>): string[] {
  return poll.invitees
    .map((i) => i.personId)
    .filter((id) => poll.dates.some((d) => !poll.answers.some((a) => a.personId === id && a.month === d.month)));
}

/**
 * Whether a chair may put a year's dates to the community first: from 1 May until the year starts (KCC's briefing:
 * "during your June/July community meetings you will confirm your dates for meetings over the next academic year").
 */
export function isPollSeason(academicYear: string, londonToday: string): boolean {
  const startYear = academicYear.slice(0, 4);
  return londonToday >= `${startYear}-05-01` && londonToday < `${startYear}-09-01`;
}
