import type { Person } from '../../directory';
import { requireCommunityManager } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { monthName } from '../../platform/time/plain-date';
import { formatZonedIso } from '../../platform/time/zoned-time';
import { checkSlotsForYear } from './check-slots-for-year';
import type { ChosenSlot } from './chosen-slots';
import type { CycleKey, SchedulingPorts, SchedulingSettings } from './ports';
import { communityOrRefuse } from './propose-community-cycle';
import { schoolYearOrRefuse } from './school-year-or-refuse';

/** The stored cycle; `alreadyExisted` is true when this was a retry of the same request. */
export interface CreatedCycle {
  cycleId: string;
  alreadyExisted: boolean;
}

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
  const { checked, existingCycleId } = await checkSlotsForYear(ports, settings, slots, {
    key,
    year,
    timeZone: community.timeZone,
    attendeeIds: community.attendees.map((a) => a.personId),
    alreadyPlanned: `${community.name} already has its ${academicYearId} meetings. Reschedule or cancel a meeting instead of planning the year again.`,
  });
  if (existingCycleId) return { cycleId: existingCycleId, alreadyExisted: true };

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
