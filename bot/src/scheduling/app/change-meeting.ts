import type { Person } from '../../directory';
import { requireCommunityManager, requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { NewOutboxMessage } from '../../platform/outbox/outbox-store';
import { pupilNameProblem } from '../../platform/privacy/pupil-name-check';
import { isPlainDate } from '../../platform/time/plain-date';
import { formatZonedIso, zonedToInstant } from '../../platform/time/zoned-time';
import { invalid } from '../../platform/validation/checked-input';
import { firstClash } from '../domain/busy-time';
import type { Meeting } from '../domain/meeting';
import { SchoolCalendar } from '../domain/school-calendar';
import { checkChosenSlots } from './chosen-slots';
import type { SchedulingPorts, SchedulingSettings } from './ports';
import { schoolYearOrRefuse } from './school-year-or-refuse';

/** The notification kind that tells attendees in Teams a meeting moved, with the chair's message if any. */
export const MEETING_MOVED = 'meeting-moved';

/**
 * Moves a meeting (keeping its Teams meeting) after checking the new time like a planned one. Every attendee with a
 * 1:1 chat with the bot but the mover is told in Teams, with the optional comment: the calendar update itself
 * carries no message (and with the app's own calendar there is no update at all).
 */
export async function rescheduleMeeting(
  ports: SchedulingPorts,
  settings: SchedulingSettings,
  person: Person,
  meetingId: string,
  slot: { start: string; end: string },
  comment = '',
): Promise<Meeting> {
  refuseUnreadableSlot(slot);
  const message = checkedComment(comment);
  const { meeting, cycle } = await meetingForManager(ports, person, meetingId);
  const year = await schoolYearOrRefuse(ports.meetings, cycle.academicYearId);
  const attendees = await ports.meetings.attendeesOf(meeting.id);
  const busy = await ports.meetings.commitmentsOf(
    attendees.map((a) => a.personId),
    Date.parse(slot.start) - 86400000,
    Date.parse(slot.end) + 86400000,
    cycle,
  );
  const [checked] = checkChosenSlots([{ month: slot.start.slice(0, 7), start: slot.start, end: slot.end }], {
    calendar: new SchoolCalendar(year.terms, year.holidays),
    timeZone: meeting.timeZone,
    yearMonths: [slot.start.slice(0, 7)],
    earliestMs: ports.now(),
    busyOf: (s, e) => firstClash(s, e, busy, settings.bufferMinutes),
  });
  if (!checked) throw new UserFacingError('invalid', 'Give the new start and end.');
  if (meeting.calendarEventId && meeting.status === 'created') {
    await ports.calendar.rescheduleEvent(
      meeting.organizerMailbox,
      meeting.calendarEventId,
      checked.startMs,
      checked.endMs,
      meeting.timeZone,
    );
  }
  const moved = { ...meeting, startMs: checked.startMs, endMs: checked.endMs };
  const notices = movedNotices(moved, attendees, person, message);
  return ports.meetings.reschedule(meeting.id, checked.startMs, checked.endMs, person.id, notices);
}

/** An optional message to attendees: at most 1,000 characters and never a pupil's name. */
function checkedComment(comment: string): string {
  const text = comment.trim();
  if (text.length > 1000) throw invalid('The message', { comment: 'Keep the message to 1,000 characters.' });
  const named = pupilNameProblem(text);
  if (named) throw invalid('The message', { comment: named });
  return text;
}

/** "The meeting moved" for each attendee but the person who moved it (in Teams, or by email if the bot cannot write). */
function movedNotices(
  meeting: Meeting,
  attendees: { personId: string }[],
  mover: Person,
  comment: string,
): NewOutboxMessage[] {
  const others = attendees.map((a) => a.personId).filter((id) => id !== mover.id);
  return others.map((personId) => ({
    kind: MEETING_MOVED,
    to: { personId },
    dedupeKey: `${MEETING_MOVED}:${meeting.id}:${personId}:${meeting.startMs}`,
    payload: {
      meetingId: meeting.id,
      title: meeting.title,
      start: formatZonedIso(meeting.startMs, meeting.timeZone),
      end: formatZonedIso(meeting.endMs, meeting.timeZone),
      joinUrl: meeting.joinUrl,
      movedBy: mover.displayName,
      comment: comment || null,
    },
  }));
}

/** Moves a meeting to a London date and time, keeping its length (as chosen on a card). */
export async function rescheduleMeetingTo(
  ports: SchedulingPorts,
  settings: SchedulingSettings,
  person: Person,
  meetingId: string,
  date: string,
  time: string,
  comment = '',
): Promise<Meeting> {
  const meeting = await ports.meetings.meeting(meetingId);
  if (!meeting) throw new UserFacingError('not-found', 'There is no such meeting.');
  if (!isPlainDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    throw new UserFacingError('invalid', 'Choose a date and a start time.', { date: 'YYYY-MM-DD', time: 'HH:MM' });
  }
  const startMs = zonedToInstant(date, time, meeting.timeZone);
  const slot = {
    start: formatZonedIso(startMs, meeting.timeZone),
    end: formatZonedIso(startMs + meeting.endMs - meeting.startMs, meeting.timeZone),
  };
  return rescheduleMeeting(ports, settings, person, meetingId, slot, comment);
}

/** Cancels a meeting; the calendar sends the comment to every attendee. */
export async function cancelMeeting(
  ports: SchedulingPorts,
  person: Person,
  meetingId: string,
  comment: string,
): Promise<Meeting> {
  const text = comment.trim();
  if (text.length < 3 || text.length > 1000) {
    throw new UserFacingError(
      'invalid',
      'Say why the meeting is cancelled (3 to 1,000 characters); attendees receive it.',
      {
        comment: 'required, 3–1000 characters',
      },
    );
  }
  const named = pupilNameProblem(text);
  if (named) throw new UserFacingError('invalid', `comment: ${named}`, { comment: named });
  const { meeting } = await meetingForManager(ports, person, meetingId);
  if (meeting.status === 'cancelled') throw new UserFacingError('conflict', 'This meeting has already been cancelled.');
  if (meeting.calendarEventId && meeting.status === 'created') {
    await ports.calendar.cancelEvent(meeting.organizerMailbox, meeting.calendarEventId, text);
  }
  return ports.meetings.cancel(meeting.id, text, person.id);
}

async function meetingForManager(ports: SchedulingPorts, person: Person, meetingId: string) {
  const meeting = await ports.meetings.meeting(meetingId);
  if (!meeting) throw new UserFacingError('not-found', 'There is no such meeting.');
  if (meeting.communityId) requireCommunityManager(person, meeting.communityId);
  else requireOfficer(person);
  const cycle = await ports.meetings.cycle(meeting.cycleId);
  if (!cycle) throw new UserFacingError('not-found', 'There is no such meeting.');
  if (meeting.status === 'creating' || meeting.status === 'planned') {
    throw new UserFacingError('conflict', 'This meeting is still being added to the calendar; try again in a minute.');
  }
  return { meeting, cycle };
}

/** A date and time with its offset, as the cards and the API send them ("2026-09-01T13:30:00+01:00"). */
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function refuseUnreadableSlot(slot: { start: string; end: string }): void {
  const problems: Record<string, string> = {};
  for (const field of ['start', 'end'] as const) {
    const value = slot[field];
    if (typeof value !== 'string' || !ZONED_DATE_TIME.test(value) || !Number.isFinite(Date.parse(value))) {
      problems[field] = `Give the new ${field} as a date and time, e.g. 2026-09-01T13:30:00+01:00.`;
    }
  }
  if (Object.keys(problems).length > 0) throw invalid('The new time', problems);
}
