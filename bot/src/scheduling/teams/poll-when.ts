import { formatLongDate, monthName } from '../../platform/time/plain-date';
import { formatZonedIso } from '../../platform/time/zoned-time';

const LONDON = 'Europe/London';

/** "Tuesday 8 September 2026, 15:45–17:15" in London time. */
export function pollWhen(startMs: number, endMs: number): string {
  const start = formatZonedIso(startMs, LONDON);
  return `${formatLongDate(start.slice(0, 10))}, ${start.slice(11, 16)}–${formatZonedIso(endMs, LONDON).slice(11, 16)}`;
}

/** "September 2026" from "2026-09". */
export function pollMonth(month: string): string {
  return `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
}

/** "30 June 2027" in London. */
export function pollDeadline(ms: number): string {
  return formatLongDate(formatZonedIso(ms, LONDON).slice(0, 10));
}
