import { BoundedMap } from '../cache/bounded-map';
import { dateParts, type PlainDate } from './plain-date';

/** The zone every Kent meeting is held in. */
export const LONDON = 'Europe/London';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Offsets already worked out, by zone and whole second: the offset depends on nothing finer, and formatting a date
 * to parts is the dearest thing an API read did once its data was kept in memory (every read asks for "today").
 */
const knownOffsets = new BoundedMap<string, number>(1024);

/** Minutes the zone is ahead of UTC at an instant (e.g. 60 in British Summer Time). */
function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  const second = Math.floor(instantMs / 1000);
  const key = `${timeZone} ${second}`;
  const known = knownOffsets.get(key);
  if (known !== undefined) return known;
  const offset = offsetAtSecond(second, timeZone);
  knownOffsets.set(key, offset);
  return offset;
}

function offsetAtSecond(second: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(second * 1000)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - second * 1000) / 60000);
}

/** The instant (ms since epoch) of a wall-clock date and time ("15:45") in a zone. */
export function zonedToInstant(date: PlainDate, time: string, timeZone: string): number {
  const { year, month, day } = dateParts(date);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hours, minutes);
  const firstGuess = wallClockAsUtc - zoneOffsetMinutes(wallClockAsUtc, timeZone) * 60000;
  return wallClockAsUtc - zoneOffsetMinutes(firstGuess, timeZone) * 60000;
}

/** An instant as ISO 8601 with the zone's offset: "2026-09-08T15:45:00+01:00". */
export function formatZonedIso(instantMs: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(instantMs, timeZone);
  const local = new Date(instantMs + offset * 60000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
