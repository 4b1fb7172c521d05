import type { Person } from '../../directory';
import { requireCommunityManager } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { FundingRequest } from '../domain/funding-request';
import { isUndecided } from '../domain/request-lifecycle';
import { RECORDING_GRACE_MS } from './agenda-placement';
import type { AgendaMeeting, FundingPorts } from './ports';

/** A community's next agenda: its meeting, the requests on it, those still open from last week, and those waiting. */
export interface FundingAgenda {
  communityId: string;
  communityName: string;
  /** The next meeting that has not ended (null when none is planned). */
  meeting: AgendaMeeting | null;
  requests: FundingRequest[];
  /** Undecided requests of meetings held in the last week: the chair can still record their decisions. */
  carriedOver: FundingRequest[];
  /** Undecided requests not on any planned meeting's agenda yet. */
  waiting: FundingRequest[];
}

/** The agenda of a community's next meeting, for its chair (or an officer). */
export async function nextAgenda(ports: FundingPorts, person: Person, communityId: string): Promise<FundingAgenda> {
  requireCommunityManager(person, communityId);
  const community = await ports.requests.community(communityId);
  if (!community) throw new UserFacingError('not-found', 'There is no such community.');
  const nowMs = ports.now();
  const meetings = await ports.requests.upcomingMeetings(communityId, nowMs - RECORDING_GRACE_MS);
  const undecided = (await ports.requests.listRequests({ communityIds: [communityId] }))
    .filter((r) => isUndecided(r.status))
    .sort((a, b) => a.submittedAtMs - b.submittedAtMs || a.id.localeCompare(b.id));
  const meeting = meetings.find((m) => m.endMs >= nowMs);
  const held = new Set(meetings.filter((m) => m.endMs < nowMs).map((m) => m.id));
  return {
    communityId,
    communityName: community.name,
    meeting: meeting ?? null,
    requests: meeting ? undecided.filter((r) => r.agendaMeeting?.id === meeting.id) : [],
    carriedOver: undecided.filter((r) => r.agendaMeeting && held.has(r.agendaMeeting.id)),
    waiting: undecided.filter((r) => r.agendaMeeting === null),
  };
}
