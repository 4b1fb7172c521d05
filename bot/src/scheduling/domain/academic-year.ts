import type { PlainDate } from '../../platform/time/plain-date';

/** The academic year (September to August) a date falls in: "2025-26". */
export function academicYearOf(date: PlainDate): string {
  const year = Number(date.slice(0, 4));
  const startYear = Number(date.slice(5, 7)) >= 9 ? year : year - 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}
