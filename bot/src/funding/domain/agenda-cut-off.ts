import { addDays, isoWeekday, type PlainDate } from '../../platform/time/plain-date';
import { type Holiday, SchoolCalendar, type Term } from '../../scheduling';

/** Requests must reach the chair at least this many school days before a meeting, unless configured otherwise. */
export const DEFAULT_CUT_OFF_SCHOOL_DAYS = 5;

/** The school days the app knows: a calendar plus the last date its term dates cover. */
export interface KnownSchoolDays {
  calendar: SchoolCalendar;
  /** After this date (no term dates yet) every weekday that is not a bank holiday counts. */
  knownUntil: PlainDate;
  isBankHoliday: (date: PlainDate) => boolean;
}

/** The school days known from term dates and bank holidays: known until the last term ends. */
export function knownSchoolDays(terms: Term[], holidays: Holiday[]): KnownSchoolDays {
  const bankHolidays = new Set(holidays.map((h) => h.date));
  return {
    calendar: new SchoolCalendar(terms, holidays),
    knownUntil:
      terms
        .map((t) => t.endsOn)
        .sort()
        .at(-1) ?? '0000-01-01',
    isBankHoliday: (date) => bankHolidays.has(date),
  };
}

/** The earliest meeting date a request submitted on `submittedOn` can reach: `schoolDays` school days later. */
export function earliestMeetingDate(submittedOn: PlainDate, schoolDays: number, known: KnownSchoolDays): PlainDate {
  let date = submittedOn;
  let counted = 0;
  for (let guard = 0; counted < schoolDays && guard < 800; guard++) {
    date = addDays(date, 1);
    if (isCountedDay(date, known)) counted++;
  }
  return date;
}

/** The first meeting (soonest first) whose London date is on or after the earliest date for a submission. */
export function agendaMeetingFor<M extends { startDate: PlainDate }>(
  meetingsSoonestFirst: readonly M[],
  earliest: PlainDate,
): M | undefined {
  return meetingsSoonestFirst.find((m) => m.startDate >= earliest);
}

/** The last date a request can be submitted and still reach a meeting on `meetingDate` (none within 60 days before). */
export function lastSubmissionDate(
  meetingDate: PlainDate,
  schoolDays: number,
  known: KnownSchoolDays,
): PlainDate | undefined {
  for (let back = 1; back <= 60; back++) {
    const date = addDays(meetingDate, -back);
    if (earliestMeetingDate(date, schoolDays, known) <= meetingDate) return date;
  }
  return undefined;
}

function isCountedDay(date: PlainDate, known: KnownSchoolDays): boolean {
  if (date <= known.knownUntil) return known.calendar.isSchoolDay(date);
  return isoWeekday(date) <= 5 && !known.isBankHoliday(date);
}
