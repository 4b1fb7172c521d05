import type { TurnContext } from 'botbuilder';
import type { Person } from '../../directory';
import { orFormAgain } from '../../platform/bot/or-form-again';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { executeAction } from '../../platform/cards/adaptive-card';
import { notForYouCard } from '../../platform/cards/not-for-you-card';
import { problemCard } from '../../platform/cards/problem-card';
import { formatZonedIso } from '../../platform/time/zoned-time';
import { isPollSeason } from '../domain/date-poll';
import { slotsFromCard } from './card-slots';
import { type CycleStatusView, cycleStatusCard } from './cycle-status-card';
import { pollCardFor } from './date-poll-verbs';
import { meetingPlanCard } from './meeting-plan-card';
import { kitCycleName, planView, statusView } from './meeting-views';
import { POLL_VERBS } from './poll-question-card';
import type { SchedulingTeamsDeps } from './scheduling-teams-deps';

/** The community a chair named after "plan meetings" ("plan meetings Gravesham North"), if they chair one by that name. */
export function chairedCommunityNamed(person: Person, words: string): string | undefined {
  const wanted = words
    .toLowerCase()
    .replace(/community of schools/g, '')
    .replace(/[^a-z ]/g, ' ')
    .trim();
  if (!wanted) return undefined;
  return person.roles.find(
    (r) =>
      r.role === 'chair' &&
      r.communityId &&
      (r.communityName ?? '')
        .toLowerCase()
        .replace(/[^a-z ]/g, ' ')
        .includes(wanted),
  )?.communityId;
}

/** Card data for planning: which community and year (absent means "the chair's first, this planning year"). */
export interface PlanData {
  communityId?: string;
  academicYear?: string;
  [input: string]: unknown;
}

/** "Plan meetings": the proposal card, or the status card when the year is already planned. */
export async function planMeetingsCard(
  person: Person,
  data: PlanData,
  deps: SchedulingTeamsDeps,
  error?: string,
): Promise<AdaptiveCard> {
  const chaired = person.roles.filter((r) => r.role === 'chair' && r.communityId);
  const communityId = data.communityId ?? chaired[0]?.communityId;
  if (!communityId) return notForYouCard('Plan meetings', "Only community chairs plan their community's meetings.");
  const {
    community,
    academicYear: planningYear,
    calendar,
  } = await deps.scheduling.planningContext(person, communityId);
  const academicYear = data.academicYear ?? planningYear;
  const alternatives = chaired
    .filter((r) => r.communityId !== communityId)
    .map((r) => ({ communityId: r.communityId as string, communityName: r.communityName ?? 'another community' }));
  const existing = await deps.scheduling.existingCycle(person, communityId, academicYear);
  if (existing) return cycleStatusCard({ ...statusView(community.name, existing, calendar), alternatives });
  const openPoll = await deps.polls.openPollId(communityId, academicYear);
  if (openPoll) return pollCardFor(await deps.polls.get(person, openPoll));
  const plan = await deps.scheduling.propose(person, communityId, academicYear);
  const view = planView(community, academicYear, plan, error);
  view.alternatives = alternatives;
  if (isPollSeason(academicYear, formatZonedIso(deps.now(), community.timeZone).slice(0, 10))) {
    view.extraActions = [executeAction('Ask the community first', POLL_VERBS.start, { communityId, academicYear })];
  }
  if (error) {
    for (const m of view.meetings) {
      m.date = typeof data[`date_${m.month}`] === 'string' ? (data[`date_${m.month}`] as string) : m.date;
      m.time = typeof data[`time_${m.month}`] === 'string' ? (data[`time_${m.month}`] as string) : m.time;
    }
  }
  return meetingPlanCard(view);
}

/** "Create meetings": stores the chosen dates and answers at once; the card updates when calendars are done. */
export async function createCycleFromCard(
  context: TurnContext,
  person: Person,
  data: PlanData,
  deps: SchedulingTeamsDeps,
): Promise<AdaptiveCard> {
  const communityId = String(data.communityId ?? '');
  const academicYear = String(data.academicYear ?? '');
  const { community, calendar } = await deps.scheduling.planningContext(person, communityId);
  const slots = slotsFromCard(data, community.timeZone, community.meetingMinutes);
  return orFormAgain(
    async () => {
      const { cycleId } = await deps.scheduling.create(person, communityId, academicYear, slots);
      const cycle = await watchCycleCard(context, person, cycleId, deps);
      return cycleStatusCard(statusView(community.name, cycle, calendar));
    },
    (problem) => planMeetingsCard(person, data, deps, problem),
  );
}

/** The cycle now, with the card this invoke came from watched until its calendar work finishes (if it has not yet). */
export async function watchCycleCard(context: TurnContext, person: Person, cycleId: string, deps: SchedulingTeamsDeps) {
  await deps.cycleCards.watch(cycleId, context);
  const cycle = await deps.scheduling.cycleStatus(person, cycleId);
  if (cycle.meetings.every((m) => m.status !== 'planned' && m.status !== 'creating'))
    await deps.cycleCards.unwatch(cycleId);
  return cycle;
}

/**
 * "Move the meeting" and "Cancel the meeting" on the status card; answers with the refreshed card, or (a refused
 * change) with the same card and the problem on it, so the schedule never disappears.
 */
export async function changeMeetingFromCard(
  person: Person,
  verb: 'rescheduleMeeting' | 'cancelMeeting',
  data: { meetingId?: string; cycleId?: string; date?: string; time?: string; comment?: string; message?: string },
  deps: SchedulingTeamsDeps,
): Promise<AdaptiveCard> {
  const meetingId = String(data.meetingId ?? '');
  return orFormAgain(
    async () => {
      const meeting =
        verb === 'rescheduleMeeting'
          ? await deps.scheduling.rescheduleTo(
              person,
              meetingId,
              String(data.date ?? ''),
              String(data.time ?? ''),
              String(data.message ?? ''),
            )
          : await deps.scheduling.cancel(person, meetingId, String(data.comment ?? ''));
      return cycleCard(person, meeting.cycleId, deps);
    },
    async (problem) => {
      if (typeof data.cycleId !== 'string') return problemCard(`Not changed. ${problem}`, []);
      return cycleCard(person, data.cycleId, deps, { problem: `Not changed. ${problem}`, problemMeetingId: meetingId });
    },
  );
}

/** A cycle's status card as its chair (or an officer, for KiT) sees it now. */
export async function cycleCard(
  person: Person,
  cycleId: string,
  deps: SchedulingTeamsDeps,
  refused?: Pick<CycleStatusView, 'problem' | 'problemMeetingId'>,
) {
  const cycle = await deps.scheduling.cycleStatus(person, cycleId);
  const { kind } = await deps.scheduling.planningCalendar();
  const communityId = cycle.meetings[0]?.communityId;
  const kitGroup = async () =>
    (await deps.scheduling.kitGroups(person, cycle.academicYearId)).find((g) => g.areaId === cycle.areaId);
  const name = communityId
    ? (await deps.scheduling.planningContext(person, communityId)).community.name
    : kitCycleName(cycle.areaId ? ((await kitGroup())?.name ?? null) : null);
  return cycleStatusCard({ ...statusView(name, cycle, kind), ...refused });
}
