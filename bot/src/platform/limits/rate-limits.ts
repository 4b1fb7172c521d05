import type { Kysely } from 'kysely';
import type { Pool } from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Database } from '../db/schema';
import { RateLimitedError } from '../errors/user-facing-error';
import type { PeriodicJob } from '../jobs/periodic-jobs';
import type { Logger } from '../logging/logger';

/** What is limited per person: things that store something (submissions, questions, registrations), and searches. */
export type LimitedAction = 'write' | 'search';

/** How many of each a person may do per minute. */
export type RateLimitSettings = Record<LimitedAction, number>;

/** Per-person rate limits, shared by every instance when the database is PostgreSQL. */
export interface RateLimits {
  /** Counts one action of a person; throws a RateLimitedError (429, Retry-After) once they are over the limit. */
  spend(action: LimitedAction, personId: string): Promise<void>;
}

const WINDOW_SECONDS = 60;

const REFUSALS: Record<LimitedAction, (seconds: number) => string> = {
  write: (s) =>
    `You have sent a lot in the last minute, more than anyone needs. Nothing you sent was lost: try again in ${s} seconds.`,
  search: (s) => `That is a lot of searches in one minute. Try again in ${s} seconds.`,
};

/**
 * Rate limits counted in PostgreSQL's `rate_limits` table (created by migration) when a pool is given, so every
 * instance shares them; in memory otherwise (local mode on PGlite: one process). If the count cannot be kept (the
 * database is unreachable), the action is let through and logged: the limits protect the service, they must not
 * stop a SENCo submitting.
 */
export function createRateLimits(settings: RateLimitSettings, logger: Logger, pool?: Pool): RateLimits {
  const limiters = Object.fromEntries(
    (Object.keys(settings) as LimitedAction[]).map((action) => {
      const options = { keyPrefix: action, points: settings[action], duration: WINDOW_SECONDS };
      const limiter: RateLimiterAbstract = pool
        ? new RateLimiterPostgres({
            ...options,
            storeClient: pool,
            tableName: 'rate_limits',
            tableCreated: true,
            clearExpiredByTimeout: false,
          })
        : new RateLimiterMemory(options);
      return [action, limiter];
    }),
  ) as Record<LimitedAction, RateLimiterAbstract>;

  return {
    async spend(action, personId) {
      try {
        await limiters[action].consume(personId);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) {
          const seconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
          throw new RateLimitedError(REFUSALS[action](seconds), seconds);
        }
        logger.warn({ err: outcome, action }, 'rate limit not counted');
      }
    },
  };
}

/** A job that deletes rate-limit counters whose minute ended over an hour ago. */
export function forgetExpiredRateLimits(db: Kysely<Database>): PeriodicJob {
  return {
    name: 'forget-expired-rate-limits',
    everyMs: 10 * 60_000,
    exclusive: true,
    run: () =>
      db
        .deleteFrom('rate_limits')
        .where('expire', '<', Date.now() - 3600_000)
        .execute(),
  };
}
