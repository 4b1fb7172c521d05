import type { Insertable, InsertObject, Transaction } from 'kysely';
import type { DemoDirectory } from '../../directory';
import type { Database } from '../../platform/db/schema';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { buildDemoBudgets } from './demo-budgets';
import { buildDemoFundingRequests } from './demo-funding-requests';

/**
 * Loads demo budgets (every community, 2025-26 and 2026-27) and requests with decisions, each decided at the first of
 * its community's `meetings` it could reach; never overwrites a row.
 */
export async function seedDemoFunding(
  tx: Transaction<Database>,
  directory: Pick<DemoDirectory, 'communities' | 'schools' | 'people'>,
  meetings: Parameters<typeof buildDemoFundingRequests>[1],
): Promise<{ budgets: number; requests: number }> {
  const budgets = buildDemoBudgets(directory);
  const budgetId = (communityId: string, year: string) => uuidV5(`budget:${communityId}:${year}`);
  await insertAll(
    tx,
    'budgets',
    budgets.map((b) => ({
      id: budgetId(b.communityId, b.academicYear),
      community_id: b.communityId,
      academic_year_id: b.academicYear,
      allocation_pence: b.allocationPence,
      updated_by: null,
    })),
  );
  await insertAll(
    tx,
    'budget_protections',
    budgets.flatMap((b) =>
      b.protections.map((p, position) => ({
        budget_id: budgetId(b.communityId, b.academicYear),
        position,
        label: p.label,
        amount_pence: p.amountPence,
      })),
    ),
  );
  const requests = buildDemoFundingRequests(directory, meetings);
  await insertAll(
    tx,
    'funding_requests',
    requests.map((r) => ({
      id: r.id,
      school_id: r.schoolId,
      community_id: r.communityId,
      academic_year_id: r.academicYear,
      submitted_by: r.submittedBy,
      idempotency_key: `demo:${r.id}`,
      payload_hash: 'demo',
      pupil_reference: r.pupilReference,
      year_group: r.yearGroup,
      request_type: r.requestType,
      group_size: r.groupSize,
      areas_of_need: JSON.stringify(r.areasOfNeed),
      current_provision: r.currentProvision,
      what_is_working: r.whatIsWorking,
      hoped_for_outcomes: r.hopedForOutcomes,
      next_steps: r.nextSteps,
      amount_pence: r.amountPence,
      period_start: r.periodStart,
      period_end: r.periodEnd,
      prg_service_ids: JSON.stringify(r.prgServiceIds),
      status: r.status,
      agenda_meeting_id: r.agendaMeetingId,
      submitted_at: new Date(r.submittedAtMs),
    })),
  );
  const decided = requests.flatMap((r) => (r.decision ? [{ request: r, decision: r.decision }] : []));
  await insertAll(
    tx,
    'funding_decisions',
    decided.map(({ request, decision }) => ({
      id: decision.id,
      request_id: request.id,
      outcome: decision.outcome,
      amount_pence: decision.amountPence,
      reason: decision.reason,
      prg_service_id: decision.prgServiceId,
      decided_by: decision.decidedBy,
      decided_at: new Date(decision.decidedAtMs),
      meeting_id: decision.meetingId,
    })),
  );
  await insertAll(
    tx,
    'ledger_entries',
    decided
      .filter(({ decision }) => decision.outcome === 'approved')
      .map(({ request, decision }) => ({
        budget_id: budgetId(request.communityId, request.academicYear),
        request_id: request.id,
        decision_id: decision.id,
        kind: 'commitment' as const,
        amount_pence: decision.amountPence ?? 0,
        created_by: decision.decidedBy,
        created_at: new Date(decision.decidedAtMs),
      })),
  );
  return { budgets: budgets.length, requests: requests.length };
}

async function insertAll<T extends keyof Database & string>(
  tx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) {
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + 300) as InsertObject<Database, T>[])
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
