import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import type { CycleWithMeetings, SchedulingPorts } from '../app/ports';
import { cycleStatusCard } from './cycle-status-card';
import { kitCycleName, statusView } from './meeting-views';

/** The status card for a cycle whose calendar work has finished (used when updating a card in place). */
export async function finishedCycleCard(ports: SchedulingPorts, cycle: CycleWithMeetings): Promise<AdaptiveCard> {
  const community = cycle.communityId ? await ports.meetings.communityForScheduling(cycle.communityId) : undefined;
  const area = cycle.areaId ? (await ports.meetings.areas()).find((a) => a.id === cycle.areaId) : undefined;
  const name = cycle.kind === 'kit' ? kitCycleName(area?.name ?? null) : (community?.name ?? 'Your community');
  return cycleStatusCard(statusView(name, cycle, ports.calendar.kind));
}
