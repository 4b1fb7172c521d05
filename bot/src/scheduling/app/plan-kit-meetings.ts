import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { monthName } from '../../platform/time/plain-date';
import { LONDON, zonedToInstant } from '../../platform/time/zoned-time';
import { academicYearMonths, DEFAULT_KIT_MONTHS } from '../domain/cycle-months';
import { type CyclePlan, planCycle } from '../domain/cycle-planner';
import { SchoolCalendar } from '../domain/school-calendar';
import { checkSlotsForYear } from './check-slots-for-year';
import type { ChosenSlot } from './chosen-slots';
import type { CycleKey, SchedulingPorts, SchedulingSettings } from './ports';
import { schoolYearOrRefuse } from './school-year-or-refuse';

/** How an officer wants KiT meetings: for all chairs together, or one meeting per area. */
export interface KitOptions {
  scope: 'all' | 'perArea';
  months?: number[];
  weekdays: number[];
  startTime: string;
  durationMinutes: number;
}

/** A proposal for one group of chairs (all of Kent, or one area). */
export interface KitGroupPlan extends CyclePlan {
  areaId: string | null;
  title: string;
}

/** Proposes Keeping in Touch meetings (default Nov, Feb, Apr, Jul), avoiding the chairs' community meetings. */
export async function proposeKitMeetings(
  ports: SchedulingPorts,
  settings: SchedulingSettings,
  person: Person,
  academicYearId: string,
  options: KitOptions,
): Promise<KitGroupPlan[]> {
  requireOfficer(person);
  const year = await schoolYearOrRefuse(ports.meetings, academicYearId);
  const fromMs = zonedToInstant(year.startsOn, '00:00', LONDON);
  const toMs = zonedToInstant(year.endsOn, '23:59', LONDON);
  const plans: KitGroupPlan[] = [];
  for (const group of await groupsFor(ports, options.scope)) {
    const attendees = await ports.meetings.kitAttendees(group.areaId);
    const key: CycleKey = { kind: 'kit', communityId: null, areaId: group.areaId, academicYearId };
    const busy = await ports.meetings.commitmentsOf(
      attendees.map((a) => a.personId),
      fromMs,
      toMs,
      key,
    );
    const plan = planCycle({
      months: academicYearMonths(academicYearId, options.months ?? DEFAULT_KIT_MONTHS),
      window: { firstDay: 1, lastDay: 14 },
      calendar: new SchoolCalendar(year.terms, year.holidays),
      weekdays: options.weekdays,
      startTime: options.startTime,
      durationMinutes: options.durationMinutes,
      timeZone: LONDON,
      busy,
      bufferMinutes: settings.bufferMinutes,
      earliestMs: ports.now(),
    });
    plans.push({ ...plan, areaId: group.areaId, title: group.title });
  }
  return plans;
}

/** Stores an officer's chosen KiT meetings for one group; the runner then puts them in calendars. */
export async function createKitMeetings(
  ports: SchedulingPorts,
  settings: SchedulingSettings,
  person: Person,
  academicYearId: string,
  areaId: string | null,
  slots: ChosenSlot[],
): Promise<{ cycleId: string; alreadyExisted: boolean }> {
  requireOfficer(person);
  const year = await schoolYearOrRefuse(ports.meetings, academicYearId);
  const group = (await groupsFor(ports, areaId ? 'perArea' : 'all')).find((g) => g.areaId === areaId);
  if (!group) throw new UserFacingError('not-found', `There is no area "${areaId}".`, { areaId: 'unknown area' });
  const key: CycleKey = { kind: 'kit', communityId: null, areaId, academicYearId };
  const attendees = await ports.meetings.kitAttendees(areaId);
  const { checked, existingCycleId } = await checkSlotsForYear(ports, settings, slots, {
    key,
    year,
    timeZone: LONDON,
    attendeeIds: attendees.map((a) => a.personId),
    alreadyPlanned: `${group.title} already has its ${academicYearId} KiT meetings.`,
  });
  if (existingCycleId) return { cycleId: existingCycleId, alreadyExisted: true };
  const cycleId = kitCycleId(areaId, academicYearId);
  await ports.meetings.createCycle(
    { ...key, id: cycleId, createdBy: person.id },
    checked.map((slot) => {
      const id = uuidV5(`meeting:kit:${areaId ?? 'all'}:${academicYearId}:${slot.month}`);
      return {
        id,
        cycleId,
        communityId: null,
        title: `Keeping in Touch: ${group.title}, ${monthName(Number(slot.month.slice(5, 7)))} ${slot.month.slice(0, 4)}`,
        month: slot.month,
        startMs: slot.startMs,
        endMs: slot.endMs,
        timeZone: LONDON,
        organizerMailbox: settings.kitOrganizerMailbox,
        transactionId: id,
        outsideWindow: false,
        attendees,
      };
    }),
  );
  return { cycleId, alreadyExisted: false };
}

/** A group of chairs KiT meetings can be planned for: all chairs together (`areaId` null), or one area's. */
export interface KitGroup {
  areaId: string | null;
  /** "East Kent", or "All chairs together". */
  name: string;
  /** The id its cycle for the year has (or will have): one KiT cycle per group and year. */
  cycleId: string;
}

/** The groups an officer may plan KiT meetings for in a year: all chairs together, then each area. */
export async function kitGroups(ports: SchedulingPorts, person: Person, academicYearId: string): Promise<KitGroup[]> {
  requireOfficer(person);
  const areas = await ports.meetings.areas();
  return [{ areaId: null, name: 'All chairs together' }, ...areas.map((a) => ({ areaId: a.id, name: a.name }))].map(
    (g) => ({ ...g, cycleId: kitCycleId(g.areaId, academicYearId) }),
  );
}

function kitCycleId(areaId: string | null, academicYearId: string): string {
  return uuidV5(`cycle:kit:${areaId ?? 'all'}:${academicYearId}`);
}

async function groupsFor(ports: SchedulingPorts, scope: KitOptions['scope']) {
  if (scope === 'all') return [{ areaId: null, title: 'community chairs and KCC' }];
  return (await ports.meetings.areas()).map((a) => ({ areaId: a.id, title: `${a.name} chairs and KCC` }));
}
