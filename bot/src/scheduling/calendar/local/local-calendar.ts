import type { CalendarEventRequest, CalendarPort, CreateEventOutcome } from '../../app/ports';

/** The calendar used without a Microsoft 365 tenant: meetings live in the app's database and as .ics files. */
export class LocalCalendar implements CalendarPort {
  readonly kind = 'local' as const;

  async createEvents(requests: CalendarEventRequest[]): Promise<CreateEventOutcome[]> {
    return requests.map((r) => ({
      meetingId: r.meetingId,
      status: 'created',
      eventId: `local:${r.transactionId}`,
      joinUrl: null,
    }));
  }

  async rescheduleEvent(): Promise<void> {}

  async cancelEvent(): Promise<void> {}

  async organizerBusy(): Promise<[]> {
    return [];
  }
}
