import type { DirectoryPort } from '../../directory';
import type { DatePollService } from '../app/date-polls';
import type { SchedulingService } from '../app/scheduling-service';
import type { CycleCardRefresher } from './cycle-card-refresher';

/** What scheduling's Teams handlers need. */
export interface SchedulingTeamsDeps {
  directory: DirectoryPort;
  scheduling: SchedulingService;
  polls: DatePollService;
  cycleCards: CycleCardRefresher;
  /** The current instant (ms); tests fix it. */
  now: () => number;
}
