import type { DirectoryPort } from '../../directory';
import type { PageStart } from '../../platform/validation/keyset-page';
import type { Holiday, Term } from '../../scheduling';
import type { Protection } from '../domain/budget-ledger';
import type { DecisionOutcome, FundingRequest, FundingRequestInput, FundingStatus } from '../domain/funding-request';

/** A school with its community, as funding sees it. */
export interface SchoolForFunding {
  id: string;
  name: string;
  communityId: string;
  communityName: string;
}

/** A meeting of a community that requests can be put on the agenda of. */
export interface AgendaMeeting {
  id: string;
  title: string;
  startMs: number;
  endMs: number;
  timeZone: string;
}

/** What people see of a meeting beyond its time: the Teams join link (null until the calendar has it) and who is invited. */
export interface MeetingDetails {
  joinUrl: string | null;
  invited: { personId: string; name: string }[];
}

/** A notification to enqueue with a change: to the first of `personIds` with a personal chat with the bot, else the first. */
export interface FundingNotification {
  kind: string;
  personIds: string[];
  payload: Record<string, unknown>;
  dedupeKey: string;
}

/** A request to store, already checked. */
export interface NewFundingRequest extends FundingRequestInput {
  id: string;
  communityId: string;
  academicYear: string;
  submittedBy: string;
  submittedAtMs: number;
  idempotencyKey: string | null;
  payloadHash: string;
  agendaMeetingId: string | null;
}

/** A decision to record; the store checks the request is still undecided and, for approvals, that the pot allows it. */
export interface DecisionCommand {
  decisionId: string;
  requestId: string;
  outcome: DecisionOutcome;
  amountPence: number | null;
  reason: string | null;
  deferredToMeetingId: string | null;
  prgServiceId: string | null;
  decidedBy: string;
  decidedAtMs: number;
  notification: FundingNotification;
}

/** Filters for reading requests; every present filter must match. */
export interface RequestFilter {
  communityIds?: string[];
  schoolIds?: string[];
  /** Requests of any of these communities or of any of these schools (what a chair who is also a representative sees). */
  visibleTo?: { communityIds: string[]; schoolIds: string[] };
  status?: FundingStatus;
  academicYear?: string;
  agendaMeetingId?: string;
}

/** What happened to a request, as its history tells it. */
export type RequestEventKind =
  | 'submitted'
  | 'placedOnAgenda'
  | 'approved'
  | 'declined'
  | 'deferred'
  | 'signposted'
  | 'revoked'
  | 'withdrawn';

/** One step of a request's history (from the audit log); the actor is null for the app's own moves. */
export interface RequestEvent {
  kind: RequestEventKind;
  atMs: number;
  actorName: string | null;
  /** The meeting the step put the request on (agenda, deferral) or decided it at. */
  meetingTitle: string | null;
  amountPence: number | null;
  reason: string | null;
}

/** One entry of a request's access log. */
export interface NarrativeRead {
  personId: string;
  displayName: string;
  readAtMs: number;
}

/** Funding requests, decisions and the ledger; every change is audited in its transaction. */
export interface FundingRequestsStore {
  school(schoolId: string): Promise<SchoolForFunding | undefined>;
  community(communityId: string): Promise<{ id: string; name: string } | undefined>;
  prgServices(): Promise<{ id: string; name: string }[]>;
  /** Every term date and bank holiday the app knows. */
  schoolDays(): Promise<{ terms: Term[]; holidays: Holiday[] }>;
  /** A community's meetings that are not cancelled or failed and end after an instant, soonest first. */
  upcomingMeetings(communityId: string, endingAfterMs: number): Promise<AgendaMeeting[]>;
  /** A meeting's join link and invitees. */
  meetingDetails(meetingId: string): Promise<MeetingDetails>;
  /** The PRG services a link practitioner works for (none for anyone else). */
  practitionerServices(personId: string): Promise<string[]>;
  /** Stores a request unless its submitter already used the idempotency key; returns the stored one. */
  insertRequest(
    request: NewFundingRequest,
  ): Promise<{ request: FundingRequest; created: boolean; payloadHash: string }>;
  request(requestId: string): Promise<FundingRequest | undefined>;
  /** Logs that a person read a request's narrative (the access log officers can see). */
  recordNarrativeRead(requestId: string, personId: string): Promise<void>;
  /** What happened to a request and who did it, oldest first. */
  history(requestId: string): Promise<RequestEvent[]>;
  /** Who read a request's narrative and when, oldest first. */
  narrativeReads(requestId: string): Promise<NarrativeRead[]>;
  listRequests(filter: RequestFilter): Promise<FundingRequest[]>;
  /** One page of the requests matching a filter, newest first (one more than the limit, to show another page follows). */
  pageRequests(filter: RequestFilter, start: PageStart): Promise<FundingRequest[]>;
  /** Undecided requests (of these communities, or all) with no agenda meeting, or one cancelled, failed or ended. */
  strandedRequests(communityIds: string[] | null, endedBeforeMs: number): Promise<FundingRequest[]>;
  /** Puts requests on meetings' agendas (their pot year follows the meeting). */
  placeOnAgenda(placements: { requestId: string; meetingId: string; academicYear: string }[]): Promise<void>;
  withdraw(requestId: string, actorId: string): Promise<FundingRequest>;
  decide(command: DecisionCommand): Promise<FundingRequest>;
  /** Takes an approval back with a compensating ledger entry. */
  revoke(command: {
    decisionId: string;
    requestId: string;
    reason: string;
    actorId: string;
    atMs: number;
    notification: FundingNotification;
  }): Promise<FundingRequest>;
}

/** A community's budget for a year with what approvals commit against it. */
export interface StoredBudget {
  communityId: string;
  academicYear: string;
  allocationPence: number;
  protections: Protection[];
  committedPence: number;
}

/** A budget to set: the whole allocation and every protection, replacing what was there. */
export interface BudgetChange {
  communityId: string;
  academicYear: string;
  allocationPence: number;
  protections: Protection[];
}

/** What a community's budget page is read from: its name, and its budget for a year with how it splits (if set). */
export interface BudgetView {
  communityName: string;
  budget?: StoredBudget & BudgetBreakdown;
}

/** How a community's money and requests split by school and by meeting. */
export interface BudgetBreakdown {
  bySchool: { schoolId: string; name: string; approvedPence: number; requestCount: number }[];
  byMeeting: {
    meetingId: string | null;
    title: string;
    startMs: number | null;
    /** Every request of the meeting (not withdrawn), whatever became of it. */
    requestCount: number;
    /** Of them, the approved ones (what `approvedPence` adds up). */
    approvedCount: number;
    /** Of them, those still waiting for a decision. */
    waitingCount: number;
    approvedPence: number;
  }[];
}

/** One community's place in the county-wide view of a year's budgets; money is null when it has no budget yet. */
export interface CommunityBudgetFigures {
  communityId: string;
  communityName: string;
  areaName: string;
  districtName: string;
  allocationPence: number | null;
  protectedPence: number | null;
  committedPence: number;
}

/** Community budgets per academic year; setting or importing is audited and all-or-nothing. */
export interface BudgetsStore {
  budget(communityId: string, academicYear: string): Promise<StoredBudget | undefined>;
  /** Every community with its budget figures for the year (none missing, budget or not), in name order. */
  countyFigures(academicYear: string): Promise<CommunityBudgetFigures[]>;
  /** A community's budget page for a year as stored; undefined when there is no such community. */
  budgetView(communityId: string, academicYear: string): Promise<BudgetView | undefined>;
  /**
   * Sets budgets in one transaction; when a pot would fall below its commitments it changes nothing and refuses,
   * reporting each such change under the field `fieldOf(index)` names.
   */
  setBudgets(
    changes: BudgetChange[],
    actorId: string,
    fieldOf: (index: number) => string,
  ): Promise<{ created: number; updated: number }>;
  /** Which of these community ids exist. */
  existingCommunities(ids: string[]): Promise<Set<string>>;
  /** Which academic years have been set up. */
  academicYears(): Promise<Set<string>>;
}

/** A school's representative and their registration. */
export interface SchoolRepresentative {
  personId: string;
  displayName: string;
  email: string;
  registration: { headteacherName: string; confirmedAtMs: number; registeredBy: string } | null;
}

/** A registration to record; `replacing` is who the caller saw as representative (null when none). */
export interface RegistrationCommand {
  registrationId: string;
  school: SchoolForFunding;
  personId: string;
  headteacherName: string;
  registeredBy: string;
  atMs: number;
  replacing: string | null;
  /** Who to tell: the replaced representative and the community's chair(s); empty for a first registration. */
  notifications: FundingNotification[];
}

/** Who represents which school; a school has at most one at a time and the history is kept. */
export interface RepresentativesStore {
  representativeOf(schoolId: string): Promise<SchoolRepresentative | undefined>;
  /** Every school of a community with its representative, if any. */
  representativesOf(
    communityId: string,
  ): Promise<{ schoolId: string; schoolName: string; representative: SchoolRepresentative | null }[]>;
  /** Records a registration, replacing the current representative; refuses if someone else registered meanwhile. */
  register(command: RegistrationCommand): Promise<void>;
}

/** What the funding use cases need. */
export interface FundingPorts {
  requests: FundingRequestsStore;
  budgets: BudgetsStore;
  representatives: RepresentativesStore;
  directory: DirectoryPort;
  /** The current instant (ms); tests fix it. */
  now: () => number;
  /** A new unique id for a request, decision or registration. */
  newId: () => string;
}

/** Funding settings that do not change per request. */
export interface FundingSettings {
  /** A request joins a meeting's agenda when submitted at least this many school days before it (default 5). */
  cutOffSchoolDays: number;
}
