import type { Express } from 'express';
import type { Kysely } from 'kysely';
import type pino from 'pino';
import type * as OpenDatabaseModule from '../../../bot/src/platform/db/open-database';
import type { Database } from '../../../bot/src/platform/db/schema';
import type * as HttpAppModule from '../../../bot/src/platform/http/create-http-app';
import type * as PeriodicJobsModule from '../../../bot/src/platform/jobs/periodic-jobs';
import type { PeriodicJob } from '../../../bot/src/platform/jobs/periodic-jobs';
import type * as LoggerModule from '../../../bot/src/platform/logging/logger';

/**
 * What a test file learns from inside the service it started, through `jest.mock` wrappers of platform modules:
 * the database the service opened (the very connection it uses, so no second connection is needed, which PGlite
 * would not allow), the lines its logger wrote (errors with their stacks), its background jobs and its Express app.
 *
 * Use from a test file:
 *   jest.mock('../../bot/src/platform/db/open-database', () =>
 *     jest.requireActual('./support/service-probes').probingOpenDatabase(
 *       jest.requireActual('../../bot/src/platform/db/open-database')));
 * and the same for the logger (`probingLogger`), the periodic jobs (`probingPeriodicJobs`) and the HTTP app
 * (`probingHttpApp`). The wrappers
 * keep every other export as it is.
 */
export const serviceProbes = {
  /** Every database the service opened, in order. */
  databases: [] as Kysely<Database>[],
  /** Every log line the service wrote (JSON), in order. */
  logLines: [] as string[],
  /** Every Express app the service built, in order (its routes are what the fuzzing covers). */
  apps: [] as Express[],
  /** The background jobs the service started, which run only when `runBackgroundJobs` is called. */
  jobs: [] as PeriodicJob[],
};

/** Runs every background job of the service once, one after another (as its timers would, in some order). */
export async function runBackgroundJobs(): Promise<void> {
  for (const job of serviceProbes.jobs) {
    await job.run().catch((err: unknown) => {
      serviceProbes.logLines.push(JSON.stringify({ msg: 'background job failed', job: job.name, err: String(err) }));
    });
  }
}

/**
 * The periodic-jobs module, with `startPeriodicJobs` keeping the jobs instead of starting timers: a test runs them
 * at points it chooses (`runBackgroundJobs`), so what they write is told apart from what requests write.
 */
export function probingPeriodicJobs(actual: typeof PeriodicJobsModule): typeof PeriodicJobsModule {
  return {
    ...actual,
    startPeriodicJobs: (jobs: PeriodicJob[]) => {
      serviceProbes.jobs.push(...jobs);
      return { stop: async () => {} };
    },
  };
}

/** The open-database module, with `openDatabase` remembering each database it opens. */
export function probingOpenDatabase(actual: typeof OpenDatabaseModule): typeof OpenDatabaseModule {
  return {
    ...actual,
    openDatabase: async (...args: Parameters<typeof actual.openDatabase>) => {
      const opened = await actual.openDatabase(...args);
      serviceProbes.databases.push(opened.db);
      return opened;
    },
  };
}

/** The create-http-app module, with `createHttpApp` remembering each app it builds. */
export function probingHttpApp(actual: typeof HttpAppModule): typeof HttpAppModule {
  return {
    ...actual,
    createHttpApp: (...args: Parameters<typeof actual.createHttpApp>) => {
      const app = actual.createHttpApp(...args);
      serviceProbes.apps.push(app);
      return app;
    },
  };
}

/** The logger module, with `createLogger` writing to memory (at least warnings, whatever level the service asks). */
export function probingLogger(actual: typeof LoggerModule): typeof LoggerModule {
  const memory: pino.DestinationStream = {
    write: (line: string) => {
      serviceProbes.logLines.push(line);
    },
  };
  return {
    ...actual,
    createLogger: (level: string, destination?: pino.DestinationStream) =>
      actual.createLogger(level === 'silent' ? 'warn' : level, destination ?? memory),
  };
}
