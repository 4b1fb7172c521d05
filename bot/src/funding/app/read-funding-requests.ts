import type { Person } from '../../directory';
import { isOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { invalid } from '../../platform/validation/checked-input';
import { type Page, pageOf, pageStart } from '../../platform/validation/keyset-page';
import { canSeeFundingRequestsOf } from '../domain/funding-access';
import type { FundingRequest, FundingStatus } from '../domain/funding-request';
import { fundingStatusLabels } from '../domain/funding-request';
import type { FundingPorts, NarrativeRead, RequestEvent, RequestFilter } from './ports';

/** What a list of requests can be narrowed to, and which page of it to read (`?limit=`, `?cursor=`). */
export interface RequestQuery {
  communityId?: string;
  schoolId?: string;
  status?: string;
  academicYear?: string;
  limit?: string;
  cursor?: string;
}

/**
 * A page of the requests a person may see (their school's; their community's as chair or SEN IA; all for officers),
 * newest first.
 */
export async function listFundingRequests(
  ports: FundingPorts,
  person: Person,
  query: RequestQuery,
): Promise<Page<FundingRequest>> {
  const start = pageStart(query);
  if (query.status !== undefined && !(query.status in fundingStatusLabels)) {
    throw invalid('The list', { status: `Choose one of ${Object.keys(fundingStatusLabels).join(', ')}.` });
  }
  const base: RequestFilter = {
    status: query.status as FundingStatus | undefined,
    academicYear: query.academicYear,
    ...(query.communityId ? { communityIds: [query.communityId] } : {}),
    ...(query.schoolId ? { schoolIds: [query.schoolId] } : {}),
  };
  if (query.communityId && !isOfficer(person) && !person.roles.some((r) => r.communityId === query.communityId)) {
    throw new UserFacingError('forbidden', 'You can only see requests of communities you have a role in.');
  }
  if (query.schoolId) {
    const school = await ports.requests.school(query.schoolId);
    if (!school || !canSeeFundingRequestsOf(person, school)) {
      if (isOfficer(person)) throw new UserFacingError('not-found', 'There is no such school.');
      throw new UserFacingError(
        'forbidden',
        "You can only see your own school's requests, or your community's as chair.",
      );
    }
  }
  const page = async (filter: RequestFilter) =>
    pageOf(await ports.requests.pageRequests(filter, start), start, (r) => ({ sort: r.submittedAtMs, id: r.id }));
  if (isOfficer(person)) return page(base);
  const communityIds = person.roles
    .filter((r) => (r.role === 'chair' || r.role === 'senInclusionAdviser') && r.communityId)
    .map((r) => r.communityId as string)
    .filter((id) => !query.communityId || id === query.communityId);
  const schoolIds = person.roles
    .filter((r) => r.role === 'representative' && r.schoolId)
    .map((r) => r.schoolId as string)
    .filter((id) => !query.schoolId || id === query.schoolId);
  if (communityIds.length === 0 && schoolIds.length === 0) return { items: [], nextCursor: null };
  return page({ ...base, visibleTo: { communityIds, schoolIds } });
}

/** One request with its narrative, for someone who may see it; the read goes into the request's access log. */
export async function fundingRequestFor(
  ports: FundingPorts,
  person: Person,
  requestId: string,
): Promise<FundingRequest> {
  const found = await ports.requests.request(requestId);
  if (!found) throw new UserFacingError('not-found', 'There is no such funding request.');
  if (!canSeeFundingRequestsOf(person, { id: found.schoolId, communityId: found.communityId })) {
    throw new UserFacingError(
      'forbidden',
      "You can only see your own school's requests, or your community's as chair.",
    );
  }
  await ports.requests.recordNarrativeRead(requestId, person.id);
  return found;
}

/** One request with its narrative and its history (who submitted, placed, decided it and when); the read is logged. */
export async function fundingRequestWithHistory(
  ports: FundingPorts,
  person: Person,
  requestId: string,
): Promise<FundingRequest & { history: RequestEvent[] }> {
  const request = await fundingRequestFor(ports, person, requestId);
  return { ...request, history: await ports.requests.history(requestId) };
}

/** Who has read a request's narrative and when (officers: the council answers for who saw a child's information). */
export async function narrativeReadsOf(
  ports: FundingPorts,
  person: Person,
  requestId: string,
): Promise<NarrativeRead[]> {
  if (!isOfficer(person)) throw new UserFacingError('forbidden', 'Only KCC officers can see who read a request.');
  if (!(await ports.requests.request(requestId)))
    throw new UserFacingError('not-found', 'There is no such funding request.');
  return ports.requests.narrativeReads(requestId);
}
