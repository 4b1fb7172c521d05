/** Where a meeting is in its life; `creating` means the calendar call is under way or was interrupted. */
type MeetingStatus = 'planned' | 'creating' | 'created' | 'failed' | 'cancelled';

/** A person invited to a meeting. */
export interface Attendee {
  personId: string;
  email: string;
  displayName: string;
  attendance: 'required' | 'optional';
}

/** A community or KiT meeting and its calendar event. */
export interface Meeting {
  id: string;
  cycleId: string;
  communityId: string | null;
  title: string;
  month: string;
  startMs: number;
  endMs: number;
  timeZone: string;
  organizerMailbox: string;
  status: MeetingStatus;
  transactionId: string;
  calendarEventId: string | null;
  joinUrl: string | null;
  failureReason: string | null;
  outsideWindow: boolean;
  cancelComment: string | null;
}
