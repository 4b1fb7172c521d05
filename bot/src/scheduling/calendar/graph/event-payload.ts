import type { Event } from '@microsoft/microsoft-graph-types';
import type { CalendarEventRequest } from '../../app/ports';

/** Graph's date-time for an instant, in UTC (Outlook shows it in each reader's zone). */
export function graphDateTime(instantMs: number) {
  return { dateTime: new Date(instantMs).toISOString().replace('Z', ''), timeZone: 'UTC' };
}

/**
 * The single-value extended property stamped on every event with its meeting id (our own property set's GUID), so a
 * run that died before storing the event id finds the event again instead of making a second one.
 */
export const MEETING_ID_PROPERTY = 'String {5b0f4f0e-8a43-4c2e-9d55-3c7be1a8f6d2} Name CommunitiesOfSchoolsMeetingId';

/** The Graph event for a meeting: a Teams meeting with invitations, deduplicated by its transaction id. */
export function eventPayload(request: CalendarEventRequest): Event {
  return {
    subject: request.subject,
    body: { contentType: 'html', content: request.bodyHtml },
    start: graphDateTime(request.startMs),
    end: graphDateTime(request.endMs),
    attendees: request.attendees.map((a) => ({ emailAddress: { address: a.email, name: a.name }, type: a.type })),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    allowNewTimeProposals: true,
    isReminderOn: true,
    transactionId: request.transactionId,
    singleValueExtendedProperties: [{ id: MEETING_ID_PROPERTY, value: request.meetingId }],
  };
}

/** The path of a mailbox's events collection. */
export function eventsPath(mailbox: string): string {
  return `/users/${encodeURIComponent(mailbox)}/events`;
}

/** The path that finds a mailbox's event for a meeting by the meeting id stamped on it (at most two, to see doubles). */
export function eventByMeetingIdPath(mailbox: string, meetingId: string): string {
  const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${MEETING_ID_PROPERTY}' and ep/value eq '${meetingId.replaceAll("'", "''")}')`;
  return `${eventsPath(mailbox)}?$filter=${encodeURIComponent(filter)}&$select=id,onlineMeeting&$top=2`;
}
