import type { NewOutboxMessage, OutboxStore } from '../../platform/outbox/outbox-store';
import { formatZonedIso } from '../../platform/time/zoned-time';
import type { MeetingsStore } from './ports';

/** What queuing reminders needs. */
export interface ReminderPorts {
  meetings: MeetingsStore;
  outbox: OutboxStore;
  now: () => number;
}

const DAY_MS = 86_400_000;

/** The notification kind of a meeting reminder. */
export const MEETING_REMINDER = 'meeting-reminder';

/**
 * Queues each attendee's reminder 7 days and 1 day before a meeting, once each (a moved meeting gets new ones); the
 * outbox reaches them in Teams, or by email when the bot cannot write to them there.
 */
export async function queueMeetingReminders(ports: ReminderPorts): Promise<number> {
  const now = ports.now();
  const meetings = await ports.meetings.meetingsStartingBetween(now, now + 7 * DAY_MS);
  const messages: NewOutboxMessage[] = [];
  for (const meeting of meetings) {
    const due = meeting.startMs - now <= DAY_MS ? '1d' : '7d';
    const attendees = await ports.meetings.attendeesOf(meeting.id);
    for (const attendee of attendees) {
      messages.push({
        kind: MEETING_REMINDER,
        to: { personId: attendee.personId },
        dedupeKey: `${MEETING_REMINDER}:${meeting.id}:${attendee.personId}:${due}:${meeting.startMs}`,
        payload: {
          due,
          meetingId: meeting.id,
          communityId: meeting.communityId,
          title: meeting.title,
          start: formatZonedIso(meeting.startMs, meeting.timeZone),
          end: formatZonedIso(meeting.endMs, meeting.timeZone),
          joinUrl: meeting.joinUrl,
        },
      });
    }
  }
  return ports.outbox.enqueue(messages);
}
