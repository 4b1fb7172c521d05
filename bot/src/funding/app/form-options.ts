import type { Person } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { remainingOf } from '../domain/budget-ledger';
import { requireChairOf } from '../domain/funding-access';
import {
  AREAS_OF_NEED,
  areaOfNeedLabels,
  type FundingRequest,
  REQUEST_TYPES,
  YEAR_GROUPS,
} from '../domain/funding-request';
import { AgendaPlanner, type SubmissionWindow } from './agenda-placement';
import type { AgendaMeeting, FundingPorts, FundingSettings, SchoolForFunding } from './ports';

/** What the request form offers: the schools the person represents and the choices of each field. */
export interface RequestFormOptions {
  schools: SchoolForFunding[];
  /** For each school (by id): where a request submitted now goes, and the next meeting's deadline. */
  windows: Record<string, SubmissionWindow>;
  prgServices: { id: string; name: string }[];
  yearGroups: readonly string[];
  requestTypes: readonly string[];
  areasOfNeed: { id: string; label: string }[];
}

/** The choices for a funding request form (school representatives only). */
export async function requestFormOptions(
  ports: FundingPorts,
  settings: FundingSettings,
  person: Person,
): Promise<RequestFormOptions> {
  const schoolIds = person.roles.filter((r) => r.role === 'representative' && r.schoolId).map((r) => r.schoolId);
  if (schoolIds.length === 0) {
    throw new UserFacingError(
      'forbidden',
      "Only a school's representative requests funding. Register as your school's representative first.",
    );
  }
  const schools = (await Promise.all(schoolIds.map((id) => ports.requests.school(id as string)))).filter(
    (s): s is SchoolForFunding => s !== undefined,
  );
  const planner = await AgendaPlanner.load(
    ports,
    settings,
    schools.map((s) => s.communityId),
  );
  const nowMs = ports.now();
  return {
    schools,
    windows: Object.fromEntries(schools.map((s) => [s.id, planner.window(s.communityId, nowMs)])),
    prgServices: await ports.requests.prgServices(),
    yearGroups: YEAR_GROUPS,
    requestTypes: REQUEST_TYPES,
    areasOfNeed: AREAS_OF_NEED.map((id) => ({ id, label: areaOfNeedLabels[id] })),
  };
}

/** What the chair's decision form offers: later meetings to defer to, PRG services, and what the pot has left. */
export interface DecisionOptions {
  request: FundingRequest;
  laterMeetings: AgendaMeeting[];
  prgServices: { id: string; name: string }[];
  /** What is left in the request's pot year, or null when that year has no budget yet. */
  remainingPence: number | null;
}

/** The choices for recording a decision on a request (its community's chair only). */
export async function decisionOptions(
  ports: FundingPorts,
  person: Person,
  requestId: string,
): Promise<DecisionOptions> {
  const request = await ports.requests.request(requestId);
  if (!request) throw new UserFacingError('not-found', 'There is no such funding request.');
  requireChairOf(person, request.communityId);
  const after = Math.max(ports.now(), request.agendaMeeting?.startMs ?? 0);
  const meetings = await ports.requests.upcomingMeetings(request.communityId, ports.now());
  const budget = await ports.budgets.budget(request.communityId, request.academicYear);
  return {
    request,
    laterMeetings: meetings.filter((m) => m.startMs > after),
    prgServices: await ports.requests.prgServices(),
    remainingPence: budget ? remainingOf(budget) : null,
  };
}
