import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { RoleKind } from '../../directory/domain/person';

/** A timestamp column: written as an ISO string or Date, read back as a Date. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Areas of Kent (North, South, East, West). */
export interface AreasTable {
  id: string;
  name: string;
}

/** Districts, each in one area. */
export interface DistrictsTable {
  id: string;
  area_id: string;
  name: string;
}

/** Communities of Schools: the unit that meets, holds a budget and has a chair. */
export interface CommunitiesTable {
  id: string;
  name: string;
  district_id: string;
  organizer_mailbox: string | null;
  preferred_weekdays: ColumnType<number[], string | undefined, string>;
  preferred_start_time: Generated<string>;
  meeting_minutes: Generated<number>;
  time_zone: Generated<string>;
}

/** Mainstream schools, each in one community. */
export interface SchoolsTable {
  id: string;
  urn: string;
  name: string;
  phase: 'primary' | 'secondary' | 'all-through';
  community_id: string;
}

/** People known to the app, matched by Entra object id or email. */
export interface PeopleTable {
  id: string;
  tenant_id: string | null;
  aad_object_id: string | null;
  email: string;
  display_name: string;
  job_title: string | null;
  phone: string | null;
  created_at: Timestamp;
}

/** A role held by a person, scoped to a school or community where it applies. */
export interface RolesTable {
  id: Generated<number>;
  person_id: string;
  role: RoleKind;
  community_id: string | null;
  school_id: string | null;
  created_at: Timestamp;
}

/** Professional Resource Group services (STLS, educational psychology, therapies, outreach). */
export interface PrgServicesTable {
  id: string;
  name: string;
  description: string;
  needs: JSONColumnType<string[]>;
  email: string;
  phone: string;
}

/** A person who works for a PRG service; the communities they link to are practitioner roles. */
export interface PractitionersTable {
  person_id: string;
  service_id: string;
}

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

/** Where the bot can reach a conversation proactively. */
export interface ConversationRefsTable {
  conversation_id: string;
  person_id: string | null;
  conversation_type: string;
  reference: JSONColumnType<Record<string, unknown>>;
  updated_at: Timestamp;
}

/** Messages waiting to be delivered, written in the same transaction as the change they announce. */
export interface OutboxTable {
  id: Generated<string>;
  kind: string;
  conversation_id: string;
  payload: JSONColumnType<Record<string, unknown>>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  available_at: Timestamp;
  leased_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
  dedupe_key: string | null;
}

/** One row per change: who, when, what, before and after. */
export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_person_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  after: ColumnType<Record<string, unknown> | null, string | null, string | null>;
}

/** Facts about the database itself, e.g. that it holds demo data. */
export interface AppMetadataTable {
  key: string;
  value: string;
}
