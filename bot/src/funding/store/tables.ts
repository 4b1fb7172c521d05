import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from '../../platform/db/tables';

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

/** One read of a funding request's narrative: who read it and when. */
export interface NarrativeReadsTable {
  id: Generated<string>;
  funding_request_id: string;
  person_id: string;
  read_at: Timestamp;
}

/** The version of what budget pages and request lists show, bumped by triggers at every change (migration 0023). */
export interface FundingVersionTable {
  id: Generated<boolean>;
  version: ColumnType<string | number, never, never>;
}

declare module '../../platform/db/schema' {
  /** Funding: budgets, protections, requests, decisions, the ledger and representatives. */
  interface Database {
    budgets: BudgetsTable;
    budget_protections: BudgetProtectionsTable;
    funding_requests: FundingRequestsTable;
    funding_decisions: FundingDecisionsTable;
    ledger_entries: LedgerEntriesTable;
    representative_registrations: RepresentativeRegistrationsTable;
    narrative_reads: NarrativeReadsTable;
    funding_version: FundingVersionTable;
  }
}
