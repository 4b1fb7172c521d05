import { formatLongDate, monthName } from '../../platform/time/plain-date';
import { formatZonedIso } from '../../platform/time/zoned-time';
import type { CommunityForScheduling, CycleWithMeetings } from '../app/ports';
import type { CyclePlan } from '../domain/cycle-planner';
import type { CycleStatusView } from './cycle-status-card';
import type { MeetingPlanView } from './meeting-plan-card';

/** The planning card's view of a proposal. */
export function planView(
  community: CommunityForScheduling,
  academicYear: string,
  plan: CyclePlan,
  error?: string,
): MeetingPlanView {
  const placed = new Set(plan.meetings.map((m) => m.month));
  return {
    communityId: community.id,
    communityName: community.name,
    academicYear,
    durationMinutes: community.meetingMinutes,
    meetings: plan.meetings.map((m) => ({
      month: m.month,
      monthLabel: `${monthName(Number(m.month.slice(5, 7)))} ${m.month.slice(0, 4)}`,
      date: m.start.slice(0, 10),
      time: m.start.slice(11, 16),
      reason: m.reason,
      outsideWindow: m.outsideWindow,
    })),
    unplaced: plan.unplaced.filter((u) => !placed.has(u.month)).map((u) => u.reason),
    skipped: plan.skipped.map((s) => s.reason),
    ...(error ? { error } : {}),
  };
}

/** The status card's view of a cycle. */
export function statusView(
  communityName: string,
  cycle: CycleWithMeetings,
  calendar: 'graph' | 'local',
): CycleStatusView {
  return {
    cycleId: cycle.id,
    communityName,
    academicYear: cycle.academicYearId,
    calendar,
    meetings: cycle.meetings.map((m) => {
      const local = formatZonedIso(m.startMs, m.timeZone);
      return {
        id: m.id,
        label: `${formatLongDate(local.slice(0, 10))}, ${local.slice(11, 16)}`,
        status: m.status,
        joinUrl: m.joinUrl,
        date: local.slice(0, 10),
        time: local.slice(11, 16),
        ...(m.failureReason && m.status === 'failed' ? { note: m.failureReason } : {}),
        ...(m.cancelComment && m.status === 'cancelled' ? { note: m.cancelComment } : {}),
      };
    }),
  };
}

/** A KiT cycle's name on its cards: "Keeping in Touch with East Kent chairs", or with all chairs (no area). */
export function kitCycleName(areaName: string | null): string {
  return areaName ? `Keeping in Touch with ${areaName} chairs` : 'Keeping in Touch with all chairs';
}
