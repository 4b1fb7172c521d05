import { type Kysely, sql } from 'kysely';
import type { PeriodicJob } from '../jobs/periodic-jobs';
import type { Database } from './schema';

/** How often: a few times a day is plenty for tables that grow by a county's requests, and ANALYZE is quick. */
const EVERY_MS = 6 * 60 * 60_000;

/**
 * A job that gathers the planner's statistics of an embedded database (ANALYZE), shortly after the start and then every
 * six hours. PGlite has no autovacuum to do it, so without this a database that grew kept the query plans of an empty
 * one (a nested loop over 140,000 rows estimated at 4, at ten times Kent). PostgreSQL does this by itself.
 */
export function gatherPlannerStatistics(db: Kysely<Database>): PeriodicJob {
  return { name: 'gather-planner-statistics', everyMs: EVERY_MS, run: () => sql`analyze`.execute(db) };
}
