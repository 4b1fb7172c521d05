import type { Logger } from '../logging/logger';
import type { JobLeases } from './job-leases';

/** A job run every `everyMs`; a run never overlaps the previous one. */
export interface PeriodicJob {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  /** Run on one instance at a time (under a lease in the database), for sweeps whose work must not be done twice. */
  exclusive?: boolean;
}

/** The longest wait between runs of a failing job. */
const MAX_BACKOFF_MS = 10 * 60_000;

/** How long an exclusive job's lease outlives a crashed holder before another instance may run the job. */
function leaseTtlMs(job: PeriodicJob): number {
  return Math.max(60_000, job.everyMs * 3);
}

/**
 * Runs jobs in the background until stopped. A failing job is retried with doubling waits (up to 10 minutes) and
 * logged once when it starts failing and once when it recovers, not at every attempt. Exclusive jobs run only
 * while this instance holds their lease.
 */
export function startPeriodicJobs(
  jobs: PeriodicJob[],
  logger: Logger,
  leases?: JobLeases,
): { stop: () => Promise<void> } {
  let stopped = false;
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    let failures = 0;
    const runOnce = async () => {
      if (job.exclusive && leases) {
        if (!(await leases.claim(job.name, leaseTtlMs(job)))) return;
        try {
          await job.run();
        } finally {
          await leases.release(job.name);
        }
      } else {
        await job.run();
      }
    };
    const tick = async () => {
      if (stopped) return;
      const run = runOnce().then(
        () => {
          if (failures > 0) logger.info({ job: job.name, failures }, 'background job recovered');
          failures = 0;
        },
        (err: unknown) => {
          failures += 1;
          if (failures === 1) logger.error({ err, job: job.name }, 'background job failed; retrying with backoff');
          else logger.debug({ err, job: job.name, failures }, 'background job failed again');
        },
      );
      running.add(run);
      await run;
      running.delete(run);
      const wait = failures === 0 ? job.everyMs : Math.min(MAX_BACKOFF_MS, job.everyMs * 2 ** Math.min(failures, 20));
      if (!stopped) timer.handle = setTimeout(tick, wait);
    };
    const timer = { handle: setTimeout(tick, Math.min(job.everyMs, 1000)) };
    return timer;
  });
  return {
    stop: async () => {
      stopped = true;
      for (const t of timers) clearTimeout(t.handle);
      await Promise.all(running);
    },
  };
}
