import type { Person } from '../../directory';
import { canManageCommunity, canSeeCommunity, isOfficer, requireCommunityMember } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { Meeting } from '../domain/meeting';
import type { CycleWithMeetings, SchedulingPorts } from './ports';

/** A community's meetings (optionally for one academic year), for anyone with a role there and officers. */
export async function listCommunityMeetings(
  ports: SchedulingPorts,
  person: Person,
  communityId: string,
  academicYearId?: string,
): Promise<Meeting[]> {
  requireCommunityMember(person, communityId);
  return ports.meetings.listMeetings({ communityId, academicYearId });
}

/** A cycle with each meeting's progress, for its community's chair and officers. */
export async function cycleStatus(ports: SchedulingPorts, person: Person, cycleId: string): Promise<CycleWithMeetings> {
  const cycle = await ports.meetings.cycle(cycleId);
  const allowed = cycle && (cycle.communityId ? canManageCommunity(person, cycle.communityId) : isOfficer(person));
  if (!cycle || !allowed) throw new UserFacingError('not-found', 'There is no such meeting cycle.');
  return cycle;
}

/** A community's live meetings for a year with their attendees, for a calendar file. */
export async function meetingsForCalendarFile(
  ports: SchedulingPorts,
  person: Person,
  communityId: string,
  academicYearId: string,
) {
  const meetings = (await listCommunityMeetings(ports, person, communityId, academicYearId)).filter(
    (m) => m.status !== 'cancelled',
  );
  return Promise.all(meetings.map(async (m) => ({ meeting: m, attendees: await ports.meetings.attendeesOf(m.id) })));
}

/** KiT meetings of a year: officers see all; a chair sees the ones they are invited to. */
export async function listKitMeetings(
  ports: SchedulingPorts,
  person: Person,
  academicYearId: string,
): Promise<Meeting[]> {
  const meetings = await ports.meetings.listKitMeetings(academicYearId);
  if (isOfficer(person)) return meetings;
  if (!person.roles.some((r) => r.role === 'chair'))
    throw new UserFacingError('forbidden', 'KiT meetings are for community chairs and KCC officers.');
  const invited = await Promise.all(
    meetings.map(async (m) => (await ports.meetings.attendeesOf(m.id)).some((a) => a.personId === person.id)),
  );
  return meetings.filter((_, i) => invited[i]);
}

/** One meeting with its attendees, for its own calendar file; anyone who may see its community (or officers). */
export async function meetingForCalendarFile(ports: SchedulingPorts, person: Person, meetingId: string) {
  const meeting = await ports.meetings.meeting(meetingId);
  const attendees = meeting ? await ports.meetings.attendeesOf(meeting.id) : [];
  // A KiT meeting belongs to no community: only officers and the chairs it invites may read its invitees.
  const allowed =
    meeting &&
    (meeting.communityId
      ? canSeeCommunity(person, meeting.communityId)
      : isOfficer(person) || attendees.some((a) => a.personId === person.id));
  if (!meeting || !allowed || meeting.status === 'cancelled')
    throw new UserFacingError('not-found', 'There is no such meeting.');
  return [{ meeting, attendees }];
}
