import type { Person, RoleKind } from '../../directory';
import type { AreaOfNeed } from '../domain/funding-request';
import { isUndecided } from '../domain/request-lifecycle';
import type { AgendaMeeting, FundingPorts } from './ports';

/** A funding request as people at the meeting see it on the agenda: school, year, need and amount, never narrative. */
interface AgendaLine {
  requestId: string;
  schoolName: string;
  yearGroup: string;
  areasOfNeed: AreaOfNeed[];
  amountPence: number;
  /** True when it is the viewer's own school's request. */
  mySchool: boolean;
}

/** One of a person's communities and its next meeting, as that person may see it. */
export interface CommunityNextMeeting {
  communityId: string;
  communityName: string;
  /** The viewer's roles in this community. */
  roles: RoleKind[];
  chairs: string[];
  meeting: (AgendaMeeting & { joinUrl: string | null; invited: string[] }) | null;
  /** The requests on the meeting's agenda the viewer may see (practitioners: those that name their service). */
  requests: AgendaLine[];
  /** Of them, how many are on the agenda in all (a practitioner sees only some). */
  requestsOnAgenda: number;
  /** Set for a practitioner: the requests shown are those naming one of these PRG services. */
  forServices: string[] | null;
}

/**
 * The next meeting of each community a person has a role in, soonest first (communities without one last): when and
 * where to join, who is invited, and the funding requests on its agenda that this person comes to discuss.
 */
export async function nextMeetings(ports: FundingPorts, person: Person): Promise<CommunityNextMeeting[]> {
  const byCommunity = new Map<string, { name: string; roles: RoleKind[] }>();
  for (const role of person.roles) {
    if (!role.communityId) continue;
    const entry = byCommunity.get(role.communityId) ?? { name: role.communityName ?? role.communityId, roles: [] };
    entry.roles.push(role.role);
    byCommunity.set(role.communityId, entry);
  }
  const nowMs = ports.now();
  const mySchools = new Set(person.roles.filter((r) => r.role === 'representative').map((r) => r.schoolId));
  const services = await ports.requests.practitionerServices(person.id);
  const views = await Promise.all(
    [...byCommunity].map(async ([communityId, { name, roles }]): Promise<CommunityNextMeeting> => {
      const [chairs, meetings] = await Promise.all([
        ports.directory.chairsOf(communityId),
        ports.requests.upcomingMeetings(communityId, nowMs),
      ]);
      const meeting = meetings[0];
      const practitionerOnly = roles.every((r) => r === 'practitioner');
      const base = {
        communityId,
        communityName: name,
        roles,
        chairs: chairs.map((c) => c.displayName),
        forServices: practitionerOnly ? services : null,
      };
      if (!meeting) return { ...base, meeting: null, requests: [], requestsOnAgenda: 0 };
      const [details, requests] = await Promise.all([
        ports.requests.meetingDetails(meeting.id),
        ports.requests.listRequests({ communityIds: [communityId] }),
      ]);
      const onAgenda = requests
        .filter((r) => r.agendaMeeting?.id === meeting.id && isUndecided(r.status))
        .sort((a, b) => a.schoolName.localeCompare(b.schoolName) || a.submittedAtMs - b.submittedAtMs);
      const visible = practitionerOnly
        ? onAgenda.filter((r) => r.prgServiceIds.some((id) => services.includes(id)))
        : onAgenda;
      return {
        ...base,
        meeting: { ...meeting, joinUrl: details.joinUrl, invited: details.invited.map((i) => i.name) },
        requests: visible.map((r) => ({
          requestId: r.id,
          schoolName: r.schoolName,
          yearGroup: r.yearGroup,
          areasOfNeed: r.areasOfNeed,
          amountPence: r.amountPence,
          mySchool: mySchools.has(r.schoolId),
        })),
        requestsOnAgenda: onAgenda.length,
      };
    }),
  );
  return views.sort(
    (a, b) =>
      (a.meeting?.startMs ?? Number.POSITIVE_INFINITY) - (b.meeting?.startMs ?? Number.POSITIVE_INFINITY) ||
      a.communityName.localeCompare(b.communityName),
  );
}
