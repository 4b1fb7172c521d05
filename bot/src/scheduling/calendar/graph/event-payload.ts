import type { Event } from '@microsoft/microsoft-graph-types';
import type { CalendarEventRequest } from '../../app/ports';

/** Graph's date-time for an instant, in UTC (Outlook shows it in each reader's zone). */
export function graphDateTime(instantMs: number) {
  return { dateTime: new Date(instantMs).toISOString().replace('Z', ''), timeZone: 'UTC' };
}

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
  };
}

/** The path of a mailbox's events collection. */
export function eventsPath(mailbox: string): string {
  return `/users/${encodeURIComponent(mailbox)}/events`;
}
