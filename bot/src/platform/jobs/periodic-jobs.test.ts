import type { Kysely } from 'kysely';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { allMigrations } from '../../start-service';
import { DatabaseJobLeases } from '../db/job-leases-repository';
import { migrateToLatest } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import type { Database } from '../db/schema';
import { createLogger, type Logger } from '../logging/logger';
import { startPeriodicJobs } from './periodic-jobs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function countingLogger(): { logger: Logger; errors: number[] } {
  const errors: number[] = [];
  const logger = createLogger('silent');
  logger.error = ((..._args: unknown[]) => {
    errors.push(Date.now());
  }) as Logger['error'];
  return { logger, errors };
}

describe('periodic background jobs', () => {
  it('retries a failing job with growing waits and logs the failure once, not at every attempt', async () => {
    const { logger, errors } = countingLogger();
    let attempts = 0;
    const jobs = startPeriodicJobs(
      [
        {
          name: 'always-failing',
          everyMs: 20,
          run: async () => {
            attempts += 1;
            throw new Error('the partner is down');
          },
        },
      ],
      logger,
    );
    await sleep(1500);
    await jobs.stop();
    // Without backoff it would run ~25 times in the 500 ms after the first tick; with doubling waits only a few.
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(attempts).toBeLessThanOrEqual(7);
    expect(errors).toHaveLength(1);
  });
});

describe.each(databaseEngines())('exclusive jobs across instances (%s)', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: Kysely<Database>;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    db = (await openDatabase(throwaway.target)).db;
    await migrateToLatest(db, allMigrations);
  });
  afterAll(async () => {
    await db?.destroy();
    await throwaway?.drop();
  });

  it('runs an exclusive job on one instance at a time, and the other takes over the next runs', async () => {
    let inside = 0;
    let mostAtOnce = 0;
    const runsBy = { a: 0, b: 0 };
    const job = (instance: 'a' | 'b') => ({
      name: 'sweep',
      everyMs: 10,
      exclusive: true,
      run: async () => {
        inside += 1;
        mostAtOnce = Math.max(mostAtOnce, inside);
        runsBy[instance] += 1;
        await sleep(30);
        inside -= 1;
      },
    });
    const logger = createLogger('silent');
    const a = startPeriodicJobs([job('a')], logger, new DatabaseJobLeases(db, 'instance-a'));
    const b = startPeriodicJobs([job('b')], logger, new DatabaseJobLeases(db, 'instance-b'));
    await sleep(2500);
    await Promise.all([a.stop(), b.stop()]);
    expect(mostAtOnce).toBe(1);
    expect(runsBy.a + runsBy.b).toBeGreaterThan(5);
    expect(Math.min(runsBy.a, runsBy.b)).toBeGreaterThan(0);
  });

  it("takes over a crashed holder's lease once it has run out, and not before", async () => {
    const leases = new DatabaseJobLeases(db, 'survivor');
    const crashed = new DatabaseJobLeases(db, 'crashed');
    expect(await crashed.claim('reminders', 400)).toBe(true);
    expect(await leases.claim('reminders', 400)).toBe(false);
    await sleep(600);
    expect(await leases.claim('reminders', 400)).toBe(true);
    expect(await crashed.claim('reminders', 400)).toBe(false);
  });
});
