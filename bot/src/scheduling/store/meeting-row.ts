import type { Selectable } from 'kysely';
import type { Meeting } from '../domain/meeting';
import type { MeetingsTable } from './tables';

/** A meeting row as the domain sees it: instants in milliseconds, names in camelCase. */
export function toMeeting(row: Selectable<MeetingsTable>): Meeting {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    communityId: row.community_id,
    title: row.title,
    month: row.month,
    startMs: row.starts_at.getTime(),
    endMs: row.ends_at.getTime(),
    timeZone: row.time_zone,
    organizerMailbox: row.organizer_mailbox,
    status: row.status,
    transactionId: row.transaction_id,
    calendarEventId: row.calendar_event_id,
    joinUrl: row.join_url,
    failureReason: row.failure_reason,
    outsideWindow: row.outside_window,
    cancelComment: row.cancel_comment,
  };
}
