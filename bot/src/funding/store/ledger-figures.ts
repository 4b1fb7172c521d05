import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { BudgetFigures } from '../domain/budget-ledger';

/** A budget row with its protections and what the ledger commits against it. */
export interface LedgerBudget extends BudgetFigures {
  id: string;
}

/**
 * Reads a community's budget for a year with its protections and committed total. With `lock`, the budget row is
 * locked (SELECT … FOR UPDATE) until the transaction ends, so concurrent commitments against one pot queue up.
 */
export async function budgetFigures(
  db: Kysely<Database> | Transaction<Database>,
  communityId: string,
  academicYear: string,
  lock: boolean,
): Promise<LedgerBudget | undefined> {
  let query = db
    .selectFrom('budgets')
    .select(['id', 'allocation_pence'])
    .where('community_id', '=', communityId)
    .where('academic_year_id', '=', academicYear);
  if (lock) query = query.forUpdate();
  const budget = await query.executeTakeFirst();
  if (!budget) return undefined;
  const protections = await db
    .selectFrom('budget_protections')
    .select(['label', 'amount_pence'])
    .where('budget_id', '=', budget.id)
    .orderBy('position')
    .execute();
  const committed = await db
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string | number>('amount_pence'), eb.lit(0)).as('total'))
    .where('budget_id', '=', budget.id)
    .executeTakeFirstOrThrow();
  return {
    id: budget.id,
    allocationPence: Number(budget.allocation_pence),
    protections: protections.map((p) => ({ label: p.label, amountPence: Number(p.amount_pence) })),
    committedPence: Number(committed.total),
  };
}
