import type { TurnContext } from 'botbuilder';
import type { Person } from '../../directory';
import { isOfficer } from '../../directory';
import { orFormAgain } from '../../platform/bot/or-form-again';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { notForYouCard } from '../../platform/cards/not-for-you-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { monthName } from '../../platform/time/plain-date';
import { formatZonedIso, LONDON } from '../../platform/time/zoned-time';
import { planningYear } from '../domain/cycle-months';
import { slotsFromCard } from './card-slots';
import { cycleStatusCard } from './cycle-status-card';
import { meetingPlanCard } from './meeting-plan-card';
import { statusView } from './meeting-views';
import { watchCycleCard } from './plan-meetings';
import type { SchedulingTeamsDeps } from './scheduling-teams-deps';

const KIT_SLOT = { weekdays: [3], startTime: '10:00', durationMinutes: 60 };

/** "Plan KiT meetings": officers get one KiT meeting a month (Nov, Feb, Apr, Jul) for all chairs, editable. */
export async function planKitCard(
  person: Person,
  data: Record<string, unknown>,
  deps: SchedulingTeamsDeps,
  error?: string,
): Promise<AdaptiveCard> {
  if (!isOfficer(person))
    return notForYouCard('Plan KiT meetings', 'Only KCC officers plan Keeping in Touch meetings.');
  const academicYear =
    typeof data.academicYear === 'string'
      ? data.academicYear
      : planningYear(formatZonedIso(deps.now(), LONDON).slice(0, 10));
  const [planned] = await deps.scheduling.listKit(person, academicYear);
  if (planned) {
    const cycle = await deps.scheduling.cycleStatus(person, planned.cycleId);
    return cycleStatusCard(
      statusView('Keeping in Touch with all chairs', cycle, (await deps.scheduling.planningCalendar()).kind),
    );
  }
  const [group] = await deps.scheduling.proposeKit(person, academicYear, { scope: 'all', ...KIT_SLOT });
  if (!group) throw new UserFacingError('not-found', 'There are no chairs to meet.');
  return meetingPlanCard({
    communityId: 'kit',
    communityName: 'Keeping in Touch meetings with all community chairs',
    academicYear,
    durationMinutes: KIT_SLOT.durationMinutes,
    meetings: group.meetings.map((m) => ({
      month: m.month,
      monthLabel: `${monthName(Number(m.month.slice(5, 7)))} ${m.month.slice(0, 4)}`,
      date: m.start.slice(0, 10),
      time: typeof data[`time_${m.month}`] === 'string' ? String(data[`time_${m.month}`]) : m.start.slice(11, 16),
      reason: m.reason,
      outsideWindow: m.outsideWindow,
    })),
    unplaced: group.unplaced.filter((u) => !group.meetings.some((m) => m.month === u.month)).map((u) => u.reason),
    skipped: group.skipped.map((s) => s.reason),
    ...(error ? { error } : {}),
    create: { verb: 'createKit', data: { academicYear } },
  });
}

/** "Create meetings" on the KiT card: stores them for all chairs; calendars follow in the background. */
export async function createKitFromCard(
  context: TurnContext,
  person: Person,
  data: Record<string, unknown>,
  deps: SchedulingTeamsDeps,
): Promise<AdaptiveCard> {
  const academicYear = String(data.academicYear ?? '');
  const slots = slotsFromCard(data, LONDON, KIT_SLOT.durationMinutes);
  return orFormAgain(
    async () => {
      const { cycleId } = await deps.scheduling.createKit(person, academicYear, null, slots);
      const cycle = await watchCycleCard(context, person, cycleId, deps);
      const { kind } = await deps.scheduling.planningCalendar();
      return cycleStatusCard(statusView('Keeping in Touch with all chairs', cycle, kind));
    },
    (problem) => planKitCard(person, data, deps, problem),
  );
}
