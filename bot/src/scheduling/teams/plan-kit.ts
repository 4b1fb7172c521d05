import type { TurnContext } from 'botbuilder';
import type { Person } from '../../directory';
import { isOfficer } from '../../directory';
import { orFormAgain } from '../../platform/bot/or-form-again';
import { type AdaptiveCard, type CardElement, executeAction, text } from '../../platform/cards/adaptive-card';
import { notForYouCard } from '../../platform/cards/not-for-you-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { monthName } from '../../platform/time/plain-date';
import { formatZonedIso, LONDON } from '../../platform/time/zoned-time';
import type { KitGroup } from '../app/plan-kit-meetings';
import { planningYear } from '../domain/cycle-months';
import { slotsFromCard } from './card-slots';
import { cycleStatusCard } from './cycle-status-card';
import { meetingPlanCard } from './meeting-plan-card';
import { kitCycleName, statusView } from './meeting-views';
import { watchCycleCard } from './plan-meetings';
import type { SchedulingTeamsDeps } from './scheduling-teams-deps';

const KIT_SLOT = { weekdays: [3], startTime: '10:00', durationMinutes: 60 };

/**
 * "Plan KiT meetings": officers get one KiT meeting a month (Nov, Feb, Apr, Jul), editable, for all chairs together
 * or (chosen on the card) for one area's chairs.
 */
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
  const groups = await deps.scheduling.kitGroups(person, academicYear);
  const chosen = chosenArea(data);
  const group = groups.find((g) => g.areaId === chosen);
  if (!group) throw new UserFacingError('not-found', 'There is no such area; choose one from the card.');
  const switcher = groupSwitcher(groups, group, academicYear);
  const planned = (await deps.scheduling.listKit(person, academicYear)).find((m) => m.cycleId === group.cycleId);
  if (planned) {
    const cycle = await deps.scheduling.cycleStatus(person, planned.cycleId);
    const { kind } = await deps.scheduling.planningCalendar();
    return cycleStatusCard({ ...statusView(kitTitle(group), cycle, kind), extraActions: [switcher] });
  }
  const proposals = await deps.scheduling.proposeKit(person, academicYear, {
    scope: group.areaId ? 'perArea' : 'all',
    ...KIT_SLOT,
  });
  const proposal = proposals.find((p) => p.areaId === group.areaId);
  if (!proposal) throw new UserFacingError('not-found', 'There are no chairs to meet.');
  return meetingPlanCard({
    communityId: 'kit',
    communityName: `${kitTitle(group)}: one meeting each in the KiT months, avoiding their community meetings`,
    academicYear,
    durationMinutes: KIT_SLOT.durationMinutes,
    meetings: proposal.meetings.map((m) => ({
      month: m.month,
      monthLabel: `${monthName(Number(m.month.slice(5, 7)))} ${m.month.slice(0, 4)}`,
      date: m.start.slice(0, 10),
      time: typeof data[`time_${m.month}`] === 'string' ? String(data[`time_${m.month}`]) : m.start.slice(11, 16),
      reason: m.reason,
      outsideWindow: m.outsideWindow,
    })),
    unplaced: proposal.unplaced.filter((u) => !proposal.meetings.some((m) => m.month === u.month)).map((u) => u.reason),
    skipped: proposal.skipped.map((s) => s.reason),
    ...(error ? { error } : {}),
    create: { verb: 'createKit', data: { academicYear, areaId: group.areaId } },
    extraActions: [switcher],
  });
}

/** The area asked for on the card (`kitArea` from the switcher, `areaId` from a refused create), or all chairs. */
function chosenArea(data: Record<string, unknown>): string | null {
  const asked = typeof data.kitArea === 'string' ? data.kitArea : data.areaId;
  return typeof asked === 'string' && asked !== '' && asked !== 'all' ? asked : null;
}

function kitTitle(group: KitGroup): string {
  return kitCycleName(group.areaId ? group.name : null);
}

/** "Plan for other chairs": all chairs together, or one area's chairs (each area then has its own KiT meetings). */
function groupSwitcher(groups: KitGroup[], current: KitGroup, academicYear: string): CardElement {
  const others = groups.filter((g) => g !== current);
  return {
    type: 'Action.ShowCard',
    title: 'Plan for other chairs',
    card: {
      type: 'AdaptiveCard',
      body: [
        text(
          'KiT meetings can be for all chairs together or one per area, each area with its own meetings. Planned ones show their progress.',
          { isSubtle: true, size: 'Small' },
        ),
        {
          type: 'Input.ChoiceSet',
          id: 'kitArea',
          label: 'Whose KiT meetings',
          isRequired: true,
          errorMessage: 'Choose whose meetings to plan.',
          value: others[0]?.areaId ?? 'all',
          choices: others.map((g) => ({
            title: g.areaId ? `${g.name} chairs only` : g.name,
            value: g.areaId ?? 'all',
          })),
        },
      ],
      actions: [executeAction('Show their plan', 'planKit', { academicYear })],
    },
  };
}

/** "Create meetings" on the KiT card: stores them for all chairs; calendars follow in the background. */
export async function createKitFromCard(
  context: TurnContext,
  person: Person,
  data: Record<string, unknown>,
  deps: SchedulingTeamsDeps,
): Promise<AdaptiveCard> {
  const academicYear = String(data.academicYear ?? '');
  const group = (await deps.scheduling.kitGroups(person, academicYear)).find((g) => g.areaId === chosenArea(data));
  if (!group) throw new UserFacingError('not-found', 'There is no such area; choose one from the card.');
  const slots = slotsFromCard(data, LONDON, KIT_SLOT.durationMinutes);
  return orFormAgain(
    async () => {
      const { cycleId } = await deps.scheduling.createKit(person, academicYear, group.areaId, slots);
      const cycle = await watchCycleCard(context, person, cycleId, deps);
      const { kind } = await deps.scheduling.planningCalendar();
      return cycleStatusCard(statusView(kitTitle(group), cycle, kind));
    },
    (problem) => planKitCard(person, data, deps, problem),
  );
}
