import {
  daysInMonth,
  formatLongDate,
  isoWeekday,
  monthName,
  type PlainDate,
  plainDate,
  weekdayName,
} from '../../platform/time/plain-date';
import { formatZonedIso, zonedToInstant } from '../../platform/time/zoned-time';
import { type BusyTime, firstClash } from './busy-time';
import type { YearMonth } from './cycle-months';
import type { SchoolCalendar } from './school-calendar';

/** Everything the planner weighs; it reads nothing else, so the same input always gives the same plan. */
export interface CyclePlanInput {
  months: YearMonth[];
  /** Days of the month meetings should fall in (default 1–14). */
  window: { firstDay: number; lastDay: number };
  calendar: SchoolCalendar;
  /** Preferred ISO weekdays (1 = Monday … 5 = Friday). */
  weekdays: number[];
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  /** The organizer's busy times and meetings already planned for people who also attend this community's. */
  busy: readonly BusyTime[];
  bufferMinutes: number;
  /** Nothing is proposed before this instant (today, when a year is planned late); earlier months are left out. */
  earliestMs?: number;
}

/** One proposed meeting, with a one-line reason; `outsideWindow` flags a slot after the preferred days. */
interface PlannedMeeting {
  month: YearMonth;
  date: PlainDate;
  startMs: number;
  endMs: number;
  start: string;
  end: string;
  reason: string;
  outsideWindow: boolean;
}

/** A month with no valid slot in its window, and why. */
interface UnplacedMonth {
  month: YearMonth;
  reason: string;
}

/**
 * The planner's answer: a slot per month where one exists, an explanation for every month that has none, and the
 * months left out because they are over (planning a year that has begun).
 */
export interface CyclePlan {
  meetings: PlannedMeeting[];
  unplaced: UnplacedMonth[];
  skipped: UnplacedMonth[];
}

type Verdict = { ok: true; startMs: number; endMs: number } | { ok: false; why: string };

/** Proposes one meeting per month: the earliest school day in the window that is clash-free, preferring the community's weekdays. */
export function planCycle(input: CyclePlanInput): CyclePlan {
  const plan: CyclePlan = { meetings: [], unplaced: [], skipped: [] };
  for (const month of input.months) {
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    const monthEnd = plainDate(year, monthNumber, daysInMonth(year, monthNumber));
    if (input.earliestMs !== undefined && zonedToInstant(monthEnd, '23:59', input.timeZone) < input.earliestMs) {
      plan.skipped.push({ month, reason: `${monthLabel(month)} is over, so it has no meeting this year.` });
      continue;
    }
    const last = Math.min(input.window.lastDay, daysInMonth(year, monthNumber));
    const dates = (from: number, to: number) => range(from, to).map((d) => plainDate(year, monthNumber, d));
    const windowDays = dates(input.window.firstDay, last);
    const laterDays = dates(last + 1, daysInMonth(year, monthNumber));
    const isPreferred = (d: PlainDate) => input.weekdays.includes(isoWeekday(d));
    const isOtherWeekday = (d: PlainDate) => !isPreferred(d) && isoWeekday(d) <= 5;
    const preferred = windowDays.filter(isPreferred);

    const skipped: string[] = [];
    const inWindow = firstFree(input, preferred, skipped);
    if (inWindow) {
      plan.meetings.push(meeting(input, month, inWindow, false, placedReason(input, month, skipped)));
      continue;
    }
    const why = windowFailure(input, month, windowDays, preferred);
    const otherDay = firstFree(input, windowDays.filter(isOtherWeekday), []);
    if (otherDay) {
      const reason = `No ${weekdaysLabel(input.weekdays)} in ${windowLabel(input, month)} works (${why}), so this is the first other school day in the window with everyone free.`;
      plan.meetings.push(meeting(input, month, otherDay, false, reason));
      continue;
    }
    const later =
      firstFree(input, laterDays.filter(isPreferred), []) ?? firstFree(input, laterDays.filter(isOtherWeekday), []);
    if (later) {
      const reason = `Outside ${windowLabel(input, month)}: ${why}, and no other school day in the window is free for everyone. This is the nearest slot that works.`;
      plan.meetings.push(meeting(input, month, later, true, reason));
    }
    plan.unplaced.push({
      month,
      reason: `${monthLabel(month)}: ${why}${later ? `. Nearest: ${formatLongDate(later.date)} (outside the window)` : `. No school day later in ${monthName(monthNumber)} works either`}.`,
    });
  }
  return plan;
}

function firstFree(input: CyclePlanInput, days: PlainDate[], skipped: string[]) {
  for (const date of days) {
    const verdict = assess(input, date);
    if (verdict.ok) return { date, startMs: verdict.startMs, endMs: verdict.endMs };
    skipped.push(verdict.why);
  }
  return undefined;
}

function assess(input: CyclePlanInput, date: PlainDate): Verdict {
  const closure = input.calendar.closure(date);
  if (closure) return { ok: false, why: `${shortDate(date)} is ${closure}` };
  const startMs = zonedToInstant(date, input.startTime, input.timeZone);
  if (input.earliestMs !== undefined && startMs < input.earliestMs)
    return { ok: false, why: `${shortDate(date)} has passed` };
  const endMs = startMs + input.durationMinutes * 60000;
  const clash = firstClash(startMs, endMs, input.busy, input.bufferMinutes);
  if (clash) return { ok: false, why: `${shortDate(date)} clashes with ${clash.description}` };
  return { ok: true, startMs, endMs };
}

function meeting(
  input: CyclePlanInput,
  month: YearMonth,
  slot: { date: PlainDate; startMs: number; endMs: number },
  outsideWindow: boolean,
  reason: string,
): PlannedMeeting {
  return {
    month,
    date: slot.date,
    startMs: slot.startMs,
    endMs: slot.endMs,
    start: formatZonedIso(slot.startMs, input.timeZone),
    end: formatZonedIso(slot.endMs, input.timeZone),
    reason,
    outsideWindow,
  };
}

function placedReason(input: CyclePlanInput, month: YearMonth, skipped: string[]): string {
  const first = `The first ${weekdaysLabel(input.weekdays)} in ${windowLabel(input, month)} that is a school day with everyone free`;
  return skipped.length === 0 ? `${first}.` : `${first} (${skipped.join('; ')}).`;
}

function windowFailure(
  input: CyclePlanInput,
  month: YearMonth,
  windowDays: PlainDate[],
  preferred: PlainDate[],
): string {
  if (preferred.length === 0) return `there is no ${weekdaysLabel(input.weekdays)} in ${windowLabel(input, month)}`;
  const phrases: string[] = [];
  for (const run of closedRuns(input.calendar, windowDays)) {
    const span = run.from === run.to ? shortDate(run.from) : `${dayOf(run.from)}–${shortDate(run.to)}`;
    phrases.push(`${span} ${run.from === run.to ? 'is' : 'are'} ${run.closure}`);
  }
  const openPreferred = preferred.filter((d) => input.calendar.isSchoolDay(d));
  const clashes = openPreferred.map((d) => assess(input, d)).filter((v): v is { ok: false; why: string } => !v.ok);
  if (clashes.length > 1) {
    const descriptions = [...new Set(clashes.map((c) => c.why.replace(/^.*? clashes with /, '')))];
    phrases.push(
      `every ${weekdaysLabel(input.weekdays)} in term in the window clashes (with ${descriptions.join('; ')})`,
    );
  } else {
    phrases.push(...clashes.map((c) => c.why));
  }
  return phrases.join('; ');
}

function closedRuns(calendar: SchoolCalendar, days: PlainDate[]) {
  const runs: { from: PlainDate; to: PlainDate; closure: string }[] = [];
  for (const day of days) {
    const closure = calendar.closure(day);
    if (!closure || closure === 'a weekend') continue;
    const last = runs[runs.length - 1];
    if (last && last.closure === closure) last.to = day;
    else runs.push({ from: day, to: day, closure });
  }
  return runs;
}

function weekdaysLabel(weekdays: number[]): string {
  return [...weekdays].sort().map(weekdayName).join(' or ');
}

function windowLabel(input: CyclePlanInput, month: YearMonth): string {
  return `${input.window.firstDay}–${input.window.lastDay} ${monthName(Number(month.slice(5, 7)))}`;
}

function monthLabel(month: YearMonth): string {
  return `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
}

function shortDate(date: PlainDate): string {
  return `${dayOf(date)} ${monthName(Number(date.slice(5, 7)))}`;
}

function dayOf(date: PlainDate): number {
  return Number(date.slice(8, 10));
}

function range(from: number, to: number): number[] {
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
