import { plainDate } from '../../platform/time/plain-date';
import { academicYearOf } from './academic-year';

/** The months communities ideally meet in: the first two weeks of Sep, Nov, Dec, Jan, Mar, May and Jun. */
export const DEFAULT_CYCLE_MONTHS = [9, 11, 12, 1, 3, 5, 6] as const;

/** The months chairs ideally meet KCC in Keeping in Touch meetings: Nov, Feb, Apr and Jul. */
export const DEFAULT_KIT_MONTHS = [11, 2, 4, 7] as const;

/** A month of a particular year: "2026-09". */
export type YearMonth = string;

/** True for an academic year id like "2026-27" whose two years follow each other. */
export function isAcademicYear(id: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(id);
  return Boolean(match && (Number(match[1]) + 1) % 100 === Number(match[2]));
}

/** The calendar months of an academic year (September to August) for the given month numbers, in school-year order. */
export function academicYearMonths(academicYear: string, months: readonly number[]): YearMonth[] {
  const startYear = Number(academicYear.slice(0, 4));
  return [...months]
    .map((m) => ({ m, order: m >= 9 ? m - 9 : m + 3 }))
    .sort((a, b) => a.order - b.order)
    .map(({ m }) => plainDate(m >= 9 ? startYear : startYear + 1, m, 1).slice(0, 7));
}

/** The academic year chairs are planning on a given London date: from June, next year; before, the current one. */
export function planningYear(londonDate: string): string {
  const month = Number(londonDate.slice(5, 7));
  return academicYearOf(month >= 6 && month < 9 ? `${londonDate.slice(0, 4)}-09-01` : londonDate);
}
