import { UserFacingError } from '../../platform/errors/user-facing-error';
import { monthName } from '../../platform/time/plain-date';
import { formatZonedIso } from '../../platform/time/zoned-time';
import type { firstClash } from '../domain/busy-time';
import type { SchoolCalendar } from '../domain/school-calendar';

/** A meeting time a chair or officer chose, as ISO 8601 instants. */
export interface ChosenSlot {
  month: string;
  start: string;
  end: string;
}

/** A chosen slot checked and turned into instants. */
export interface CheckedSlot {
  month: string;
  startMs: number;
  endMs: number;
}

/** What chosen slots are checked against. */
export interface SlotRules {
  calendar: SchoolCalendar;
  timeZone: string;
  yearMonths: string[];
  /** Slots starting before this instant are refused. */
  earliestMs: number;
  busyOf: (startMs: number, endMs: number) => ReturnType<typeof firstClash>;
}

const MAX_MINUTES = 8 * 60;

/** Checks chosen slots (one per month, in term, clash-free); every problem is reported against its field. */
export function checkChosenSlots(slots: ChosenSlot[], rules: SlotRules): CheckedSlot[] {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  const checked = slots.map((slot, i) => {
    const field = `meetings[${i}]`;
    const startMs = Date.parse(slot.start);
    const endMs = Date.parse(slot.end);
    const localDate = Number.isNaN(startMs) ? '' : formatZonedIso(startMs, rules.timeZone).slice(0, 10);
    if (!rules.yearMonths.includes(slot.month))
      problems[`${field}.month`] = `${slot.month} is not a month of this academic year.`;
    else if (seen.has(slot.month)) problems[`${field}.month`] = `There is already a meeting for ${slot.month}.`;
    seen.add(slot.month);
    if (Number.isNaN(startMs)) problems[`${field}.start`] = 'Give the start as an ISO 8601 date and time.';
    else if (Number.isNaN(endMs)) problems[`${field}.end`] = 'Give the end as an ISO 8601 date and time.';
    else if (endMs <= startMs) problems[`${field}.end`] = 'The meeting must end after it starts.';
    else if (endMs - startMs > MAX_MINUTES * 60000) problems[`${field}.end`] = 'A meeting can last at most 8 hours.';
    else if (!localDate.startsWith(slot.month))
      problems[`${field}.start`] = `The meeting for ${slot.month} must start in that month.`;
    else {
      const closure = rules.calendar.closure(localDate);
      const clash = rules.busyOf(startMs, endMs);
      if (closure) problems[`${field}.start`] = `${describe(localDate)} is ${closure}; schools are closed.`;
      else if (clash) problems[`${field}.start`] = `${describe(localDate)} clashes with ${clash.description}.`;
    }
    return { month: slot.month, startMs, endMs };
  });
  if (slots.length === 0) problems.meetings = 'Choose at least one meeting.';
  const fields = Object.keys(problems);
  if (fields.length > 0) {
    throw new UserFacingError(
      'invalid',
      `${fields.length === 1 ? 'One meeting needs' : 'Some meetings need'} changing: ${Object.values(problems).join(' ')}`,
      problems,
    );
  }
  return checked;
}

function describe(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`;
}
