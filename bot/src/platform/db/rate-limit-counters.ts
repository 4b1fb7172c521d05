import type { Kysely } from 'kysely';
import type { Pool } from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { PeriodicJob } from '../jobs/periodic-jobs';
import type { LimiterFactory } from '../limits/rate-limits';
import type { Database } from './schema';

/** Rate-limit counters in PostgreSQL's `rate_limits` table (created by migration 0008), shared by every instance. */
export function postgresLimiters(pool: Pool): LimiterFactory {
  return (options) =>
    new RateLimiterPostgres({
      ...options,
      storeClient: pool,
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
    });
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
