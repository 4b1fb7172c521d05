import type { Event } from '@microsoft/microsoft-graph-types';
import type { InvitationRequest } from '../../app/ports';

/**
 * The single-value extended property stamped on every invitation with its booking's key (our own property set's
 * GUID, not the meetings'), so a run that died before storing the event's id finds it instead of making another.
 */
export const BOOKING_KEY_PROPERTY =
  'String {9e3c6a51-2f4d-4b8e-a7c0-5d1e8f2b6c34} Name CommunitiesOfSchoolsEventBooking';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Graph's date-time for an instant as London's wall clock shows it (Outlook shows it in each reader's zone). */
function londonDateTime(instantMs: number): { dateTime: string; timeZone: string } {
  const part = Object.fromEntries(LONDON.formatToParts(new Date(instantMs)).map((p) => [p.type, p.value]));
  return {
    dateTime: `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`,
    timeZone: 'Europe/London',
  };
}

/**
 * The Outlook event of one booked place: the person its only (required) attendee, the event's venue (no Teams meeting
 * of its own: one per booking would split the attendees), deduplicated by the booking's transaction id.
 */
export function invitationPayload(request: InvitationRequest): Event {
  return {
    subject: request.subject,
    body: { contentType: 'html', content: request.bodyHtml },
    start: londonDateTime(request.startMs),
    end: londonDateTime(request.endMs),
    location: { displayName: request.location },
    attendees: [{ emailAddress: { address: request.attendee.email, name: request.attendee.name }, type: 'required' }],
    isOnlineMeeting: false,
    allowNewTimeProposals: false,
    isReminderOn: true,
    transactionId: request.key,
    singleValueExtendedProperties: [{ id: BOOKING_KEY_PROPERTY, value: request.key }],
  };
}
