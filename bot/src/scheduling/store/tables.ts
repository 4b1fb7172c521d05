import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../platform/db/tables';

/** An academic year ("2025-26") and its span. */
export interface AcademicYearsTable {
  id: string;
  starts_on: string;
  ends_on: string;
}

/** The six terms of an academic year, as plain dates. */
export interface TermDatesTable {
  academic_year_id: string;
  term: number;
  starts_on: string;
  ends_on: string;
}

/** Bank holidays (England and Wales) as plain dates. */
export interface HolidaysTable {
  date: string;
  name: string;
}

/** A year's set of meetings for one community (or KCC's KiT meetings for chairs). */
export interface MeetingCyclesTable {
  id: string;
  kind: 'community' | 'kit';
  community_id: string | null;
  area_id: string | null;
  academic_year_id: string;
  created_by: string;
  created_at: Timestamp;
}

/** Where a meeting is in its life, including its progress in the calendar. */
export type MeetingStatus = 'planned' | 'creating' | 'created' | 'failed' | 'cancelled';

/** One meeting and its calendar event. */
export interface MeetingsTable {
  id: string;
  cycle_id: string;
  community_id: string | null;
  title: string;
  month: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  time_zone: string;
  organizer_mailbox: string;
  status: MeetingStatus;
  transaction_id: string;
  calendar_event_id: string | null;
  join_url: string | null;
  failure_reason: string | null;
  outside_window: Generated<boolean>;
  cancel_comment: string | null;
  reminders_sent: ColumnType<string[], string | undefined, string>;
  updated_at: Timestamp;
}

/** Who is invited to a meeting. */
export interface MeetingAttendeesTable {
  meeting_id: string;
  person_id: string;
  attendance: 'required' | 'optional';
}

/** A chair's planning card to update in place once its cycle's calendar work finishes. */
export interface CycleCardWatchesTable {
  cycle_id: string;
  activity_id: string;
  conversation_reference: ColumnType<Record<string, unknown>, string, string>;
  created_at: Generated<Date>;
}

/** A poll of next year's meeting dates. */
export interface DatePollsTable {
  id: string;
  community_id: string;
  academic_year_id: string;
  created_by: string;
  status: ColumnType<'open' | 'confirmed' | 'closed', 'open' | undefined, 'confirmed' | 'closed'>;
  closes_at: ColumnType<Date, Date, Date>;
  cycle_id: string | null;
  created_at: Generated<Date>;
}

/** The date proposed for one month of a poll. */
export interface DatePollDatesTable {
  poll_id: string;
  month: string;
  starts_at: ColumnType<Date, Date, Date>;
  ends_at: ColumnType<Date, Date, Date>;
  round: ColumnType<number, number | undefined, number>;
}

/** A date a poll put for a month before the chair suggested another (its round), kept so it is not suggested again. */
export interface DatePollEarlierDatesTable {
  poll_id: string;
  month: string;
  round: number;
  starts_at: ColumnType<Date, Date, Date>;
  ends_at: ColumnType<Date, Date, Date>;
  replaced_at: ColumnType<Date, Date | undefined, Date>;
}

/** Who a poll asks, in the order they are listed. */
export interface DatePollInviteesTable {
  poll_id: string;
  person_id: string;
  position: number;
}

/** One person's answer for one month of a poll. */
export interface DatePollAnswersTable {
  poll_id: string;
  person_id: string;
  month: string;
  works: boolean;
  reason: string | null;
  answered_at: ColumnType<Date, Date | undefined, Date>;
}

declare module '../../platform/db/schema' {
  /** Scheduling: academic years, term dates, holidays, meeting cycles, meetings, attendees and watched cards. */
  interface Database {
    academic_years: AcademicYearsTable;
    term_dates: TermDatesTable;
    holidays: HolidaysTable;
    meeting_cycles: MeetingCyclesTable;
    meetings: MeetingsTable;
    meeting_attendees: MeetingAttendeesTable;
    cycle_card_watches: CycleCardWatchesTable;
    date_polls: DatePollsTable;
    date_poll_dates: DatePollDatesTable;
    date_poll_earlier_dates: DatePollEarlierDatesTable;
    date_poll_invitees: DatePollInviteesTable;
    date_poll_answers: DatePollAnswersTable;
  }
}
