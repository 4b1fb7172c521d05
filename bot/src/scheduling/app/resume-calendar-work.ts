import type { PeriodicJob } from '../../platform/jobs/periodic-jobs';
import type { CycleRunner } from './cycle-runner';

/** How often unfinished calendar work is looked for (a stranded meeting waits at most this plus its lease). */
const RESUME_EVERY_MS = 30_000;

/**
 * Finishes calendar work that a stopped or crashed instance left behind, every 30 seconds on one instance at a time:
 * a meeting in `creating` is claimed only once its lease (the runner's stale time) has run out, so a live run is
 * never taken over, and a restart within the lease no longer leaves the meeting in `creating` for good.
 */
export function resumeCalendarWorkJob(runner: CycleRunner, everyMs = RESUME_EVERY_MS): PeriodicJob {
  return { name: 'resume-calendar-work', everyMs, exclusive: true, run: () => runner.resumeUnfinished() };
}
