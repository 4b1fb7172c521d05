import type { Logger } from '../logging/logger';

/** A job run every `everyMs`; a run never overlaps the previous one. */
export interface PeriodicJob {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

/** Runs jobs in the background until stopped; a failing run is logged and tried again next time. */
export function startPeriodicJobs(jobs: PeriodicJob[], logger: Logger): { stop: () => Promise<void> } {
  let stopped = false;
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    const tick = async () => {
      if (stopped) return;
      const run = job.run().then(
        () => undefined,
        (err: unknown) => logger.error({ err, job: job.name }, 'background job failed'),
      );
      running.add(run);
      await run;
      running.delete(run);
      if (!stopped) timer.handle = setTimeout(tick, job.everyMs);
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
