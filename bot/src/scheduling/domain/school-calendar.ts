import { isoWeekday, type PlainDate } from '../../platform/time/plain-date';

/** A term of an academic year, as plain dates (inclusive). */
export interface Term {
  term: number;
  startsOn: PlainDate;
  endsOn: PlainDate;
}

/** A bank holiday. */
export interface Holiday {
  date: PlainDate;
  name: string;
}

const BREAK_AFTER_TERM: Record<number, string> = {
  1: 'October half term',
  2: 'the Christmas holidays',
  3: 'February half term',
  4: 'the Easter holidays',
  5: 'May half term',
  6: 'the summer holidays',
};

/** Which days of an academic year schools are open: term-time weekdays that are not bank holidays. */
export class SchoolCalendar {
  private readonly terms: Term[];
  private readonly holidays: Map<PlainDate, string>;

  constructor(terms: Term[], holidays: Holiday[]) {
    this.terms = [...terms].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    this.holidays = new Map(holidays.map((h) => [h.date, h.name]));
  }

  /** True when schools are open that day. */
  isSchoolDay(date: PlainDate): boolean {
    return this.closure(date) === undefined;
  }

  /** Why schools are closed on a day ("a weekend", "May half term", "a bank holiday (Easter Monday)"), or undefined. */
  closure(date: PlainDate): string | undefined {
    if (isoWeekday(date) >= 6) return 'a weekend';
    const holiday = this.holidays.get(date);
    if (holiday) return `a bank holiday (${holiday})`;
    if (this.terms.some((t) => t.startsOn <= date && date <= t.endsOn)) return undefined;
    const previous = [...this.terms].reverse().find((t) => t.endsOn < date);
    return previous ? (BREAK_AFTER_TERM[previous.term] ?? 'a school holiday') : 'the summer holidays';
  }
}
