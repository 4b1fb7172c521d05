import { requireCommunityManager } from '../../directory/domain/access';
import type { Person } from '../../directory/domain/person';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { monthName } from '../../platform/time/plain-date';
import { formatZonedIso, zonedToInstant } from '../../platform/time/zoned-time';
import { firstClash } from '../domain/busy-time';
import { academicYearMonths } from '../domain/cycle-months';
import { SchoolCalendar } from '../domain/school-calendar';
import { type ChosenSlot, checkChosenSlots } from './chosen-slots';
import type { CycleKey } from './meetings-store';
import type { SchedulingPorts, SchedulingSettings } from './ports';
import { communityOrRefuse } from './propose-community-cycle';
import { schoolYearOrRefuse } from './school-year-or-refuse';

/** The stored cycle; `alreadyExisted` is true when this was a retry of the same request. */
export interface CreatedCycle {
  cycleId: string;
  alreadyExisted: boolean;
}

const ALL_MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];

/** Records a community's chosen meetings for a year; calendar events are created afterwards by the cycle runner. */
export async function createCommunityCycle(
  ports: SchedulingPorts,
  settings: SchedulingSettings,
  person: Person,
  communityId: string,
  academicYearId: string,
  slots: ChosenSlot[],
): Promise<CreatedCycle> {
  requireCommunityManager(person, communityId);
  const community = await communityOrRefuse(ports, communityId);
  const year = await schoolYearOrRefuse(ports.meetings, academicYearId);
  if (ports.calendar.kind === 'graph' && !community.organizerMailbox) {
    throw new UserFacingError(
      'conflict',
      `${community.name} has no organizer mailbox, so its meetings cannot be put in Outlook. A KCC officer can set one.`,
    );
  }
  const key: CycleKey = { kind: 'community', communityId, areaId: null, academicYearId };
  const fromMs = zonedToInstant(year.startsOn, '00:00', community.timeZone);
  const toMs = zonedToInstant(year.endsOn, '23:59', community.timeZone);
  const busy = await ports.meetings.commitmentsOf(
    community.attendees.map((a) => a.personId),
    fromMs,
    toMs,
    key,
  );
  const checked = checkChosenSlots(slots, {
    calendar: new SchoolCalendar(year.terms, year.holidays),
    timeZone: community.timeZone,
    yearMonths: academicYearMonths(academicYearId, ALL_MONTHS),
    earliestMs: ports.now(),
    busyOf: (start, end) => firstClash(start, end, busy, settings.bufferMinutes),
  });

  const existing = await ports.meetings.findCycle(key);
  if (existing) {
    const same =
      existing.meetings.length === checked.length &&
      checked.every((c) =>
        existing.meetings.some((m) => m.month === c.month && m.startMs === c.startMs && m.endMs === c.endMs),
      );
    if (same) return { cycleId: existing.id, alreadyExisted: true };
    throw new UserFacingError(
      'conflict',
      `${community.name} already has its ${academicYearId} meetings. Reschedule or cancel a meeting instead of planning the year again.`,
    );
  }

  const cycleId = uuidV5(`cycle:community:${communityId}:${academicYearId}`);
  await ports.meetings.createCycle(
    { ...key, id: cycleId, createdBy: person.id },
    checked.map((slot) => {
      const id = uuidV5(`meeting:community:${communityId}:${academicYearId}:${slot.month}`);
      return {
        id,
        cycleId,
        communityId,
        title: `${community.name} meeting, ${monthName(Number(slot.month.slice(5, 7)))} ${slot.month.slice(0, 4)}`,
        month: slot.month,
        startMs: slot.startMs,
        endMs: slot.endMs,
        timeZone: community.timeZone,
        organizerMailbox: community.organizerMailbox ?? '',
        transactionId: id,
        outsideWindow: Number(formatZonedIso(slot.startMs, community.timeZone).slice(8, 10)) > 14,
        attendees: community.attendees,
      };
    }),
  );
  return { cycleId, alreadyExisted: false };
}
