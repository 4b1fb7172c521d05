import { formatZonedIso } from '../../platform/time/zoned-time';
import type { Meeting } from '../domain/meeting';

/** A meeting as the API shows it: local times with their offset, status and join link. */
export function meetingJson(meeting: Meeting) {
  return {
    id: meeting.id,
    title: meeting.title,
    month: meeting.month,
    start: formatZonedIso(meeting.startMs, meeting.timeZone),
    end: formatZonedIso(meeting.endMs, meeting.timeZone),
    status: meeting.status,
    joinUrl: meeting.joinUrl,
    outsideWindow: meeting.outsideWindow,
    ...(meeting.failureReason ? { failureReason: meeting.failureReason } : {}),
    ...(meeting.cancelComment ? { cancelComment: meeting.cancelComment } : {}),
  };
}

/** A proposed meeting as the API shows it: its month, local times, and why the planner chose it. */
export function proposedMeetingJson(m: {
  month: string;
  start: string;
  end: string;
  reason: string;
  outsideWindow: boolean;
}) {
  return { month: m.month, start: m.start, end: m.end, reason: m.reason, outsideWindow: m.outsideWindow };
}
