import { createEvents, type EventAttributes } from 'ics';
import type { Attendee, Meeting } from '../../domain/meeting';

/** An iCalendar file (text/calendar) with one VEVENT per meeting, for calendars outside Microsoft 365. */
export function meetingsToIcs(items: { meeting: Meeting; attendees: Attendee[] }[]): string {
  const events: EventAttributes[] = items.map(({ meeting, attendees }) => ({
    uid: `${meeting.id}@communities-of-schools`,
    title: meeting.title,
    start: meeting.startMs,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: meeting.endMs,
    endInputType: 'utc',
    endOutputType: 'utc',
    description: meeting.joinUrl ? `Join the Teams meeting: ${meeting.joinUrl}` : 'Community of Schools meeting.',
    ...(meeting.joinUrl ? { url: meeting.joinUrl } : {}),
    ...(meeting.organizerMailbox
      ? { organizer: { name: 'Community of Schools', email: meeting.organizerMailbox } }
      : {}),
    attendees: attendees.map((a) => ({
      name: a.displayName,
      email: a.email,
      rsvp: true,
      role: a.attendance === 'required' ? 'REQ-PARTICIPANT' : 'OPT-PARTICIPANT',
    })),
    status: 'CONFIRMED',
    productId: 'communities-of-schools',
  }));
  if (events.length === 0) {
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:communities-of-schools\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n';
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error(`Could not write the calendar file: ${error?.message ?? 'unknown error'}`);
  return value;
}
