import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { RoleKind } from '../domain/person';

/** A timestamp column: written as an ISO string or Date, read back as a Date. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

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

/** Pence in a bigint column: pg reads it back as a string, PGlite as a number; always read through Number(). */
type PenceColumn = ColumnType<string | number, number, number>;

/** A community's budget for an academic year: its allocation (protections are separate rows). */
export interface BudgetsTable {
  id: string;
  community_id: string;
  academic_year_id: string;
  allocation_pence: PenceColumn;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** A named deduction from a budget's allocation, in order. */
export interface BudgetProtectionsTable {
  budget_id: string;
  position: number;
  label: string;
  amount_pence: PenceColumn;
}

/** A school's request for funds; the pupil appears only as the school's own reference. */
export interface FundingRequestsTable {
  id: string;
  school_id: string;
  community_id: string;
  academic_year_id: string;
  submitted_by: string;
  idempotency_key: string | null;
  payload_hash: string;
  pupil_reference: string | null;
  year_group: string;
  request_type: 'individual' | 'group' | 'wholeSchool';
  group_size: number | null;
  areas_of_need: JSONColumnType<string[]>;
  current_provision: string;
  what_is_working: string;
  hoped_for_outcomes: string;
  next_steps: string;
  amount_pence: PenceColumn;
  period_start: string;
  period_end: string;
  prg_service_ids: JSONColumnType<string[]>;
  status: 'submitted' | 'onAgenda' | 'deferred' | 'approved' | 'declined' | 'signposted' | 'withdrawn' | 'revoked';
  agenda_meeting_id: string | null;
  submitted_at: Timestamp;
  updated_at: Timestamp;
}

/** Every decision on a request, in order (a deferral, then an approval; a revocation after an approval). */
export interface FundingDecisionsTable {
  id: string;
  request_id: string;
  outcome: 'approved' | 'declined' | 'deferred' | 'signposted' | 'revoked';
  amount_pence: PenceColumn | null;
  reason: string | null;
  meeting_id: string | null;
  deferred_to_meeting_id: string | null;
  prg_service_id: string | null;
  decided_by: string;
  decided_at: Timestamp;
  /** Orders decisions made in the same instant. */
  sequence: Generated<string>;
}

/** Money committed against a budget: a commitment per approval, a negative reversal when one is revoked. */
export interface LedgerEntriesTable {
  id: Generated<string>;
  budget_id: string;
  request_id: string;
  decision_id: string;
  kind: 'commitment' | 'reversal';
  amount_pence: PenceColumn;
  reverses_entry_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

/** Who registered as a school's representative, with their confirmation of delegated authority; history is kept. */
export interface RepresentativeRegistrationsTable {
  id: string;
  school_id: string;
  person_id: string;
  headteacher_name: string;
  delegated_authority_confirmed: boolean;
  registered_by: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  ended_reason: 'replaced' | 'reconfirmed' | null;
}

/** Themes questions and FAQ entries are filed under (officers route each to a channel). */
export interface QuestionThemesTable {
  id: string;
  name: string;
  position: number;
  retired: Generated<boolean>;
}

/** The FAQ knowledge base: published entries, and retired ones kept for history. */
export interface FaqEntriesTable {
  id: string;
  question: string;
  answer: string;
  theme_id: string;
  source: string;
  source_question_id: string | null;
  status: Generated<'published' | 'retired'>;
  created_by: string | null;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A question a school person asked KCC; the text is theirs, never a pupil's name (checked before storing). */
export interface QuestionsTable {
  id: string;
  asker_person_id: string;
  school_id: string | null;
  community_id: string | null;
  theme_id: string;
  text: string;
  context: string | null;
  status: 'draft' | 'self-answered' | 'open' | 'assigned' | 'answered' | 'duplicate' | 'closed';
  assignee_person_id: string | null;
  faq_entry_id: string | null;
  helpful: boolean | null;
  channel_conversation_id: string | null;
  channel_activity_id: string | null;
  version: Generated<number>;
  sent_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A question's history: asked, sent, assigned, answered, follow-ups, feedback. */
export interface QuestionEventsTable {
  id: Generated<string>;
  question_id: string;
  at: Timestamp;
  actor_person_id: string | null;
  kind: string;
  text: string | null;
  faq_entry_id: string | null;
}

/** Which channel receives the questions of a theme (`all` for every theme without its own). */
export interface QuestionRoutesTable {
  theme_key: string;
  conversation_id: string;
  set_by: string;
  set_at: Timestamp;
}

/** The Teams user id (29:…) of people the bot has met, for card refresh lists. */
export interface TeamsUsersTable {
  person_id: string;
  teams_user_id: string;
  seen_at: Timestamp;
}

/** Every table the app reads or writes. */
export interface Database {
  areas: AreasTable;
  districts: DistrictsTable;
  communities: CommunitiesTable;
  schools: SchoolsTable;
  people: PeopleTable;
  roles: RolesTable;
  prg_services: PrgServicesTable;
  practitioners: PractitionersTable;
  academic_years: AcademicYearsTable;
  term_dates: TermDatesTable;
  holidays: HolidaysTable;
  conversation_refs: ConversationRefsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  app_metadata: AppMetadataTable;
  meeting_cycles: MeetingCyclesTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  budgets: BudgetsTable;
  budget_protections: BudgetProtectionsTable;
  funding_requests: FundingRequestsTable;
  funding_decisions: FundingDecisionsTable;
  ledger_entries: LedgerEntriesTable;
  representative_registrations: RepresentativeRegistrationsTable;
  question_themes: QuestionThemesTable;
  faq_entries: FaqEntriesTable;
  questions: QuestionsTable;
  question_events: QuestionEventsTable;
  question_routes: QuestionRoutesTable;
  teams_users: TeamsUsersTable;
}
