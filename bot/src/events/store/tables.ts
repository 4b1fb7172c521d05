import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from '../../platform/db/tables';

/** A briefing or event KCC runs, with places to book. */
export interface EventsTable {
  id: string;
  title: string;
  description: string | null;
  area_ids: JSONColumnType<string[]>;
  audience: string;
  venue: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  capacity: number;
  booking_closes_at: Timestamp;
  places_per_school: number | null;
  created_by: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}

/** A person's place at an event: booked, waiting (in id order) or cancelled. */
export interface EventBookingsTable {
  id: Generated<string>;
  event_id: string;
  person_id: string;
  school_id: string | null;
  status: 'booked' | 'waiting' | 'cancelled';
  created_at: ColumnType<Date, Date | undefined, never>;
  changed_at: ColumnType<Date, Date | undefined, Date>;
  /** The place's calendar invitation (Graph only): null when there is none (waiting list, local calendar). */
  invitation: InvitationState | null;
  invitation_event_id: string | null;
  invitation_attempts: Generated<number>;
  invitation_lease_token: string | null;
  invitation_leased_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  invitation_note: string | null;
}

/** Where a booking's invitation is: to send, sent, refused, to cancel, cancelled. */
export type InvitationState = 'pending' | 'sent' | 'failed' | 'cancelling' | 'cancelled';

declare module '../../platform/db/schema' {
  /** Events: KCC's briefings and the places people booked. */
  interface Database {
    events: EventsTable;
    event_bookings: EventBookingsTable;
  }
}
