import { formatZonedIso, zonedToInstant } from '../../platform/time/zoned-time';
import type { ChosenSlot } from '../app/chosen-slots';

/**
 * The meetings chosen on a planning card (inputs `date_YYYY-MM` and `time_YYYY-MM`) as slots of a fixed length;
 * an unreadable date or time becomes an empty start, which the use case reports against its field.
 */
export function slotsFromCard(data: Record<string, unknown>, timeZone: string, minutes: number): ChosenSlot[] {
  return Object.keys(data)
    .filter((key) => key.startsWith('date_'))
    .map((key) => key.slice(5))
    .sort()
    .map((month) => {
      const date = String(data[`date_${month}`] ?? '');
      const time = String(data[`time_${month}`] ?? '');
      const readable = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time);
      if (!readable) return { month, start: '', end: '' };
      const startMs = zonedToInstant(date, time, timeZone);
      return {
        month,
        start: formatZonedIso(startMs, timeZone),
        end: formatZonedIso(startMs + minutes * 60_000, timeZone),
      };
    });
}
