const dateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** "Tuesday 8 September 2026" in UK time (built from parts, so every browser writes it the same). */
export function formatDay(instant: string): string {
  const part = (type: string) => dateFormat.formatToParts(new Date(instant)).find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "Tuesday 8 September 2026, 15:45–17:15" in UK time. */
export function formatMeetingTime(start: string, end: string): string {
  return `${formatDay(start)}, ${timeFormat.format(new Date(start))}–${timeFormat.format(new Date(end))}`;
}

/** "Tuesday 8 September 2026, 15:45": an instant in UK time. */
export function formatDateTime(instant: string): string {
  return `${formatDay(instant)}, ${timeFormat.format(new Date(instant))}`;
}

/** Last, this and next academic year, as the year pickers offer them. */
export function nearAcademicYears(now = new Date()): string[] {
  const year = 366 * 86_400_000;
  return [-year, 0, year].map((offset) => academicYearOf(new Date(now.getTime() + offset)));
}

/** The academic year ("2026-27") a date falls in; years start in September. */
export function academicYearOf(date: Date): string {
  const startYear = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** A London wall-clock time from a date-and-time field ("2027-06-04T13:00") as an ISO instant with its UK offset. */
export function londonInstant(local: string): string {
  const wallClock = local.slice(0, 16);
  const asIfUtc = Date.parse(`${wallClock}:00Z`);
  if (Number.isNaN(asIfUtc)) return local;
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' })
    .formatToParts(new Date(asIfUtc))
    .find((p) => p.type === 'timeZoneName')?.value;
  return `${wallClock}:00${zone?.replace('GMT', '') || '+00:00'}`;
}
