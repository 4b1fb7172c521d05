import { UserFacingError } from '../../platform/errors/user-facing-error';
import { zonedToInstant } from '../../platform/time/zoned-time';
import { firstClash } from '../domain/busy-time';
import { academicYearMonths } from '../domain/cycle-months';
import { SchoolCalendar } from '../domain/school-calendar';
import { type CheckedSlot, type ChosenSlot, checkChosenSlots } from './chosen-slots';
import type { CycleKey, SchedulingPorts, SchedulingSettings, SchoolYear } from './ports';

/** The cycle being created and who attends it, for checking the chosen slots against that year. */
export interface SlotsForYear {
  key: CycleKey;
  year: SchoolYear;
  timeZone: string;
  attendeeIds: string[];
  /** The refusal when the cycle exists with other meetings (the chair should reschedule instead). */
  alreadyPlanned: string;
}

/** Every month of an academic year, September first: a chosen meeting may fall in any of them. */
const ACADEMIC_YEAR_MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];

/**
 * Checks chosen slots against the year's terms and holidays and the attendees' other meetings (not this cycle's),
 * and recognises a retried "Create meetings" (the cycle exists with the same meetings); other meetings are refused.
 */
export async function checkSlotsForYear(
  ports: SchedulingPorts,
  settings: SchedulingSettings,
  slots: ChosenSlot[],
  cycle: SlotsForYear,
): Promise<{ checked: CheckedSlot[]; existingCycleId?: string }> {
  const fromMs = zonedToInstant(cycle.year.startsOn, '00:00', cycle.timeZone);
  const toMs = zonedToInstant(cycle.year.endsOn, '23:59', cycle.timeZone);
  const busy = await ports.meetings.commitmentsOf(cycle.attendeeIds, fromMs, toMs, cycle.key);
  const checked = checkChosenSlots(slots, {
    calendar: new SchoolCalendar(cycle.year.terms, cycle.year.holidays),
    timeZone: cycle.timeZone,
    yearMonths: academicYearMonths(cycle.key.academicYearId, ACADEMIC_YEAR_MONTHS),
    earliestMs: ports.now(),
    busyOf: (start, end) => firstClash(start, end, busy, settings.bufferMinutes),
  });
  const existing = await ports.meetings.findCycle(cycle.key);
  if (!existing) return { checked };
  const sameAsExisting =
    existing.meetings.length === checked.length &&
    checked.every((c) =>
      existing.meetings.some((m) => m.month === c.month && m.startMs === c.startMs && m.endMs === c.endMs),
    );
  if (!sameAsExisting) throw new UserFacingError('conflict', cycle.alreadyPlanned);
  return { checked, existingCycleId: existing.id };
}
