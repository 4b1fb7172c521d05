/** School years a request can be for: Reception, Years 1 to 11, and sixth form (Years 12 and 13). */
export const YEAR_GROUPS = ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'] as const;

/** A school year group ("R" for Reception, "12" and "13" for sixth form). */
export type YearGroup = (typeof YEAR_GROUPS)[number];

/** Who a request is for: one pupil, a group of pupils, or provision for the whole school. */
export const REQUEST_TYPES = ['individual', 'group', 'wholeSchool'] as const;

/** The kind of request. */
export type RequestType = (typeof REQUEST_TYPES)[number];

/** The four broad areas of need of the SEND Code of Practice (2015). */
export const AREAS_OF_NEED = [
  'communicationAndInteraction',
  'cognitionAndLearning',
  'socialEmotionalMentalHealth',
  'sensoryPhysical',
] as const;

/** One broad area of need. */
export type AreaOfNeed = (typeof AREAS_OF_NEED)[number];

/** How each area of need reads to people. */
export const areaOfNeedLabels: Record<AreaOfNeed, string> = {
  communicationAndInteraction: 'Communication and interaction',
  cognitionAndLearning: 'Cognition and learning',
  socialEmotionalMentalHealth: 'Social, emotional and mental health',
  sensoryPhysical: 'Sensory and/or physical',
};

/** What a community can decide about a request (and `revoked` for an approval taken back). */
export const DECISION_OUTCOMES = ['approved', 'declined', 'deferred', 'signposted'] as const;

/** An outcome a chair records. */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Where a request is in its life. */
export type FundingStatus =
  | 'submitted'
  | 'onAgenda'
  | 'deferred'
  | 'approved'
  | 'declined'
  | 'signposted'
  | 'withdrawn'
  | 'revoked';

/** How each status reads to people. */
export const fundingStatusLabels: Record<FundingStatus, string> = {
  submitted: 'Submitted (waiting for a meeting)',
  onAgenda: 'On the agenda',
  deferred: 'Deferred to a later meeting',
  approved: 'Approved',
  declined: 'Declined',
  signposted: 'Signposted to a PRG service',
  withdrawn: 'Withdrawn by the school',
  revoked: 'Approval revoked',
};

/** What a school representative submits; money in integer pence, dates as YYYY-MM-DD. */
export interface FundingRequestInput {
  schoolId: string;
  /** The school's own code for the pupil or group, never a name; absent for whole-school provision. */
  pupilReference?: string;
  yearGroup: YearGroup;
  requestType: RequestType;
  groupSize?: number;
  areasOfNeed: AreaOfNeed[];
  currentProvision: string;
  whatIsWorking: string;
  hopedForOutcomes: string;
  nextSteps: string;
  amountPence: number;
  periodStart: string;
  periodEnd: string;
  prgServiceIds: string[];
}

/** A meeting as a request refers to it. */
export interface MeetingRef {
  id: string;
  title: string;
  startMs: number;
}

/** The latest decision on a request. */
export interface FundingDecision {
  id: string;
  outcome: DecisionOutcome | 'revoked';
  amountPence: number | null;
  reason: string | null;
  decidedBy: string;
  decidedAtMs: number;
  meeting: MeetingRef | null;
  deferredTo: MeetingRef | null;
  signpostedTo: { id: string; name: string } | null;
}

/** A stored funding request with where it stands. */
export interface FundingRequest extends Omit<FundingRequestInput, 'pupilReference' | 'groupSize'> {
  id: string;
  pupilReference: string | null;
  groupSize: number | null;
  schoolName: string;
  communityId: string;
  communityName: string;
  academicYear: string;
  submittedBy: string;
  submittedAtMs: number;
  status: FundingStatus;
  agendaMeeting: MeetingRef | null;
  decision: FundingDecision | null;
}
