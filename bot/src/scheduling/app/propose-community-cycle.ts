import type { Person } from '../../directory';
import { requireCommunityManager } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { zonedToInstant } from '../../platform/time/zoned-time';
import type { BusyTime } from '../domain/busy-time';
import { academicYearMonths, DEFAULT_CYCLE_MONTHS } from '../domain/cycle-months';
import { type CyclePlan, planCycle } from '../domain/cycle-planner';
import { SchoolCalendar } from '../domain/school-calendar';
import type { CommunityForScheduling, CycleKey, SchedulingPorts, SchedulingSettings } from './ports';
import { schoolYearOrRefuse } from './school-year-or-refuse';

/** What a chair may change before asking for a proposal; anything left out comes from the community's settings. */
export interface ProposalOverrides {
  weekdays?: number[];
  startTime?: string;
  durationMinutes?: number;
  months?: number[];
  window?: { firstDay: number; lastDay: number };
  /** Times not to propose again (a date the community said it cannot make). */
  exclude?: BusyTime[];
}

/** Proposes a community's meetings for a year: one per cycle month, clash-free for everyone they share. */
export async function proposeCommunityCycle(
  ports: SchedulingPorts,
  settings: SchedulingSettings,
  person: Person,
  communityId: string,
  academicYearId: string,
  overrides: ProposalOverrides = {},
): Promise<CyclePlan> {
  requireCommunityManager(person, communityId);
  const community = await communityOrRefuse(ports, communityId);
  const year = await schoolYearOrRefuse(ports.meetings, academicYearId);
  const key: CycleKey = { kind: 'community', communityId, areaId: null, academicYearId };
  const fromMs = zonedToInstant(year.startsOn, '00:00', community.timeZone);
  const toMs = zonedToInstant(year.endsOn, '23:59', community.timeZone);
  const attendeeIds = community.attendees.map((a) => a.personId);
  const [shared, organizer] = await Promise.all([
    ports.meetings.commitmentsOf(attendeeIds, fromMs, toMs, key),
    community.organizerMailbox ? ports.calendar.organizerBusy(community.organizerMailbox, fromMs, toMs) : [],
  ]);
  return planCycle({
    months: academicYearMonths(academicYearId, overrides.months ?? DEFAULT_CYCLE_MONTHS),
    window: overrides.window ?? { firstDay: 1, lastDay: 14 },
    calendar: new SchoolCalendar(year.terms, year.holidays),
    weekdays: overrides.weekdays ?? community.preferredWeekdays,
    startTime: overrides.startTime ?? community.preferredStartTime,
    durationMinutes: overrides.durationMinutes ?? community.meetingMinutes,
    timeZone: community.timeZone,
    busy: [...organizer, ...shared, ...(overrides.exclude ?? [])],
    bufferMinutes: settings.bufferMinutes,
    earliestMs: ports.now(),
  });
}

/** The community, or a not-found error. */
export async function communityOrRefuse(ports: SchedulingPorts, communityId: string): Promise<CommunityForScheduling> {
  const community = await ports.meetings.communityForScheduling(communityId);
  if (!community) throw new UserFacingError('not-found', `There is no community "${communityId}".`);
  return community;
}
