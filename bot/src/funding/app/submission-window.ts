import { formatLongDate } from '../../platform/time/plain-date';
import { formatZonedIso } from '../../platform/time/zoned-time';
import type { SubmissionWindow } from './agenda-placement';

/** "Tuesday 8 September 2026": a meeting's day in its own zone. */
export function meetingDay(meeting: { startMs: number; timeZone: string }): string {
  return formatLongDate(formatZonedIso(meeting.startMs, meeting.timeZone).slice(0, 10));
}

/** What the request form tells a representative about the agenda cut-off ("Submit by … for the meeting on …"). */
export function windowSentence(window: SubmissionWindow): string {
  const next = window.nextMeeting;
  if (!next) return 'No meeting is planned yet: your request waits and joins the first meeting the chair plans.';
  if (window.joins?.id === next.id && next.submitBy) {
    return `Submit by ${formatLongDate(next.submitBy)} for the meeting on ${meetingDay(next)}.`;
  }
  const closed = next.submitBy ? ` closed to new requests on ${formatLongDate(next.submitBy)}` : ' is too soon';
  const goes = window.joins
    ? `Submitted now, your request goes to the meeting on ${meetingDay(window.joins)}.`
    : 'Submitted now, it waits for the next meeting the chair plans.';
  return `The next meeting, on ${meetingDay(next)},${closed} (requests reach the chair ${window.cutOffSchoolDays} school days before). ${goes}`;
}
