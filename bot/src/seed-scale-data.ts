import { type Kysely, sql } from 'kysely';
import { buildDemoDirectory } from './directory';
import { buildScaleDirectory } from './directory/demo/scale-directory';
import { seedDemoDirectory } from './directory/demo/seed-demo-directory';
import { planScaleFunding, seedScaleFunding } from './funding/demo/seed-scale-funding';
import type { Database } from './platform/db/schema';
import { demoPastMeetings, seedDemoPastMeetings } from './scheduling/demo/demo-past-meetings';

/** How big a scaled data set is in all, the demo's rows included. */
export interface ScaleTargets {
  communities: number;
  schools: number;
  requests: number;
}

/** What a scaled seed added on top of the demo. */
export interface ScaleSummary {
  communities: number;
  schools: number;
  people: number;
  requests: number;
  decisions: number;
}

/** Kent at ×1 as issue 14 counts it: 53 communities, 550 schools and 5,000 funding requests. */
const KENT = { communities: 53, schools: 550, requests: 5000 } as const;

/** The totals of `npm run seed -- --scale=<factor>`: Kent's ×1 times the factor (×10: 530, 5,500 and 50,000). */
export function scaleTargets(factor: number): ScaleTargets {
  if (!Number.isFinite(factor) || factor <= 1) throw new Error(`The scale factor must be above 1, not ${factor}`);
  return {
    communities: Math.round(KENT.communities * factor),
    schools: Math.round(KENT.schools * factor),
    requests: Math.round(KENT.requests * factor),
  };
}

/** Communities whose meetings go into one statement (seven meetings of 15 columns each). */
const MEETINGS_BATCH = 200;

/** Everything a scaled seed adds to the demo, built in memory (deterministic). */
export function buildScaleData(targets: ScaleTargets) {
  const demo = buildDemoDirectory();
  const scale = buildScaleDirectory(demo, targets);
  const meetings = demoPastMeetings([...demo.communities, ...scale.communities]);
  const funding = planScaleFunding(demo, scale, meetings, targets.requests);
  return { demo, scale, meetings, funding };
}

/**
 * Tops a database holding the demo data (`seedDemoData`) up to the targets: generated communities with schools,
 * people, roles, budgets and past meetings, and requests spread over every community, in one transaction.
 * Deterministic, and never overwrites a row, so running it again changes nothing. Ends with ANALYZE.
 */
export async function seedScaleData(db: Kysely<Database>, targets: ScaleTargets): Promise<ScaleSummary> {
  const { scale, meetings, funding } = buildScaleData(targets);
  const chairs = new Map(
    scale.people.flatMap((p) =>
      p.roles.flatMap((r) => (r.role === 'chair' && r.communityId ? [[r.communityId, p.id] as const] : [])),
    ),
  );
  await db.transaction().execute(async (tx) => {
    await seedDemoDirectory(tx, scale);
    for (let i = 0; i < scale.communities.length; i += MEETINGS_BATCH) {
      const ids = new Set(scale.communities.slice(i, i + MEETINGS_BATCH).map((c) => c.id));
      await seedDemoPastMeetings(
        tx,
        meetings.filter((m) => ids.has(m.communityId)),
        (communityId) => chairs.get(communityId),
      );
    }
    await seedScaleFunding(tx, funding);
  });
  // Fresh statistics for the planner: PostgreSQL's autovacuum would gather them later, PGlite never does.
  await sql`analyze`.execute(db);
  return {
    communities: scale.communities.length,
    schools: scale.schools.length,
    people: scale.people.length,
    requests: funding.requests.length,
    decisions: funding.decisions.length,
  };
}
