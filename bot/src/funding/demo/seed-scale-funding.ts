import type { Transaction } from 'kysely';
import type { DemoDirectory } from '../../directory';
import type { Database } from '../../platform/db/schema';
import { insertInBatches } from '../../platform/demo/insert-in-batches';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { buildDemoBudgets, type DemoBudget } from './demo-budgets';
import { buildDemoFundingRequests } from './demo-funding-requests';
import { buildScaleFundingRequests, type ScaleRequestRows, type ScaleRequestsInput } from './scale-funding-requests';

/** Rows per insert statement: a request has 23 columns, and PostgreSQL takes at most 65,535 bind parameters. */
const BATCH = 1000;

/** The funding rows a scaled data set adds: budgets of the generated communities, requests and what was decided. */
export interface ScaleFundingPlan extends ScaleRequestRows {
  budgets: DemoBudget[];
}

/**
 * Plans budgets for the generated communities and requests (with decisions and ledger commitments) for every
 * community, so that the demo's requests and these make `totalRequests`. The demo's own requests stay as they are;
 * what they committed is taken off their pots first.
 */
export function planScaleFunding(
  demo: Pick<DemoDirectory, 'communities' | 'schools' | 'people'>,
  scale: Pick<DemoDirectory, 'communities' | 'schools' | 'people'>,
  meetings: ScaleRequestsInput['meetings'],
  totalRequests: number,
): ScaleFundingPlan {
  const demoIds = new Set(demo.communities.map((c) => c.id));
  const demoRequests = buildDemoFundingRequests(
    demo,
    meetings.filter((m) => demoIds.has(m.communityId)),
  );
  const budgets = buildDemoBudgets(scale);
  const potPence = new Map<string, number>();
  for (const b of [...buildDemoBudgets(demo), ...budgets]) {
    if (b.academicYear !== '2025-26') continue;
    potPence.set(b.communityId, b.allocationPence - b.protections.reduce((sum, p) => sum + p.amountPence, 0));
  }
  const existing = new Map<string, number>();
  for (const r of demoRequests) {
    existing.set(r.communityId, (existing.get(r.communityId) ?? 0) + 1);
    if (r.decision?.outcome !== 'approved') continue;
    potPence.set(r.communityId, (potPence.get(r.communityId) ?? 0) - (r.decision.amountPence ?? 0));
  }
  const rows = buildScaleFundingRequests({
    directory: {
      communities: [...demo.communities, ...scale.communities],
      schools: [...demo.schools, ...scale.schools],
      people: [...demo.people, ...scale.people],
    },
    meetings,
    potPence,
    existing,
    count: totalRequests - demoRequests.length,
  });
  return { budgets, ...rows };
}

/** Stores a scaled funding plan in batches; never overwrites a row. */
export async function seedScaleFunding(tx: Transaction<Database>, plan: ScaleFundingPlan): Promise<void> {
  const budgetId = (communityId: string, year: string) => uuidV5(`budget:${communityId}:${year}`);
  await insertInBatches(
    tx,
    'budgets',
    plan.budgets.map((b) => ({
      id: budgetId(b.communityId, b.academicYear),
      community_id: b.communityId,
      academic_year_id: b.academicYear,
      allocation_pence: b.allocationPence,
      updated_by: null,
    })),
    BATCH,
  );
  await insertInBatches(
    tx,
    'budget_protections',
    plan.budgets.flatMap((b) =>
      b.protections.map((p, position) => ({
        budget_id: budgetId(b.communityId, b.academicYear),
        position,
        label: p.label,
        amount_pence: p.amountPence,
      })),
    ),
    BATCH,
  );
  await insertInBatches(tx, 'funding_requests', plan.requests, BATCH);
  await insertInBatches(tx, 'funding_decisions', plan.decisions, BATCH);
  await insertInBatches(tx, 'ledger_entries', plan.ledger, BATCH);
}
