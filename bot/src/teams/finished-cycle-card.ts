import type { CycleWithMeetings } from '../app/ports/meetings-store';
import type { SchedulingPorts } from '../app/scheduling/scheduling-ports';
import { type AdaptiveCard, adaptiveCard, text } from '../cards/adaptive-card';
import { cycleStatusCard } from '../cards/cycle-status-card';
import { statusView } from './meeting-views';

/** The status card for a cycle whose calendar work has finished (used when updating a card in place). */
export async function finishedCycleCard(ports: SchedulingPorts, cycle: CycleWithMeetings): Promise<AdaptiveCard> {
  if (!cycle.communityId) return adaptiveCard([text(`${cycle.academicYearId} meetings are in calendars.`)]);
  const community = await ports.meetings.communityForScheduling(cycle.communityId);
  return cycleStatusCard(statusView(community?.name ?? 'Your community', cycle, ports.calendar.kind));
}
