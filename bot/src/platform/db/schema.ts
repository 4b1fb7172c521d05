// The tables, one file per feature; this module puts them together as the one Database type Kysely sees.

import type {
  BudgetProtectionsTable,
  BudgetsTable,
  FundingDecisionsTable,
  FundingRequestsTable,
  LedgerEntriesTable,
  RepresentativeRegistrationsTable,
} from '../../funding/store/tables';
import type {
  FaqEntriesTable,
  QuestionEventsTable,
  QuestionRoutesTable,
  QuestionsTable,
  QuestionThemesTable,
  TeamsUsersTable,
} from '../../questions/store/tables';
import type { MeetingAttendeesTable, MeetingCyclesTable, MeetingsTable } from '../../scheduling/store/tables';
import type {
  AcademicYearsTable,
  AppMetadataTable,
  AreasTable,
  AuditLogTable,
  CommunitiesTable,
  ConversationRefsTable,
  DistrictsTable,
  HolidaysTable,
  OutboxTable,
  PeopleTable,
  PractitionersTable,
  PrgServicesTable,
  RolesTable,
  SchoolsTable,
  TermDatesTable,
} from './foundation-tables';

export type * from '../../funding/store/tables';
export type * from '../../questions/store/tables';
export type * from '../../scheduling/store/tables';
export type * from './foundation-tables';

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
