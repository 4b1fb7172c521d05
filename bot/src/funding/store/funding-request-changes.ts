import { sql, type Transaction } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { DecisionCommand, FundingRequestsStore } from '../app/ports';
import { commitmentShortfall } from '../domain/budget-ledger';
import { isUndecided } from '../domain/request-lifecycle';
import { enqueueNotification } from './funding-outbox';
import { budgetFigures } from './ledger-figures';

type Tx = Transaction<Database>;

/** Records a decision; an approval commits against the locked pot or is refused with what is left. */
export async function decideInTransaction(tx: Tx, command: DecisionCommand): Promise<void> {
  const before = await lockedRequest(tx, command.requestId);
  if (!isUndecided(before.status))
    throw new UserFacingError('conflict', `This request has already been ${before.status}.`);
  let budgetId: string | undefined;
  if (command.outcome === 'approved') {
    const amount = command.amountPence ?? 0;
    const budget = await budgetFigures(tx, before.community_id, before.academic_year_id, true);
    if (!budget) {
      throw new UserFacingError(
        'conflict',
        `This community has no budget for ${before.academic_year_id} yet, so nothing can be approved. A KCC officer sets it.`,
      );
    }
    const shortfall = commitmentShortfall(budget, amount);
    if (shortfall) throw new UserFacingError('conflict', shortfall);
    budgetId = budget.id;
  }
  const at = new Date(command.decidedAtMs);
  await tx
    .insertInto('funding_decisions')
    .values({
      id: command.decisionId,
      request_id: command.requestId,
      outcome: command.outcome,
      amount_pence: command.amountPence,
      reason: command.reason,
      meeting_id: before.agenda_meeting_id,
      deferred_to_meeting_id: command.deferredToMeetingId,
      prg_service_id: command.prgServiceId,
      decided_by: command.decidedBy,
      decided_at: at,
    })
    .execute();
  if (budgetId) {
    await tx
      .insertInto('ledger_entries')
      .values({
        budget_id: budgetId,
        request_id: command.requestId,
        decision_id: command.decisionId,
        kind: 'commitment',
        amount_pence: command.amountPence ?? 0,
        created_by: command.decidedBy,
        created_at: at,
      })
      .execute();
  }
  const after = {
    status: command.outcome,
    agenda_meeting_id: command.outcome === 'deferred' ? command.deferredToMeetingId : before.agenda_meeting_id,
  };
  await tx
    .updateTable('funding_requests')
    .set({ ...after, updated_at: sql`now()` })
    .where('id', '=', command.requestId)
    .execute();
  const { notification: _n, ...decision } = command;
  await writeAudit(tx, {
    actorPersonId: command.decidedBy,
    action: `funding-request.${command.outcome}`,
    entityType: 'funding_request',
    entityId: command.requestId,
    before: { status: before.status, agenda_meeting_id: before.agenda_meeting_id },
    after: { ...after, decision },
  });
  await enqueueNotification(tx, command.notification);
}

/** Takes an approval back: a reversal entry for the whole commitment, a `revoked` decision, the school told. */
export async function revokeInTransaction(
  tx: Tx,
  command: Parameters<FundingRequestsStore['revoke']>[0],
): Promise<void> {
  const before = await lockedRequest(tx, command.requestId);
  if (before.status !== 'approved') {
    throw new UserFacingError('conflict', 'Only an approved request can have its approval revoked.');
  }
  const commitment = await tx
    .selectFrom('ledger_entries')
    .select(['id', 'budget_id', 'amount_pence'])
    .where('request_id', '=', command.requestId)
    .where('kind', '=', 'commitment')
    .executeTakeFirstOrThrow();
  await tx.selectFrom('budgets').select('id').where('id', '=', commitment.budget_id).forUpdate().execute();
  const at = new Date(command.atMs);
  await tx
    .insertInto('funding_decisions')
    .values({
      id: command.decisionId,
      request_id: command.requestId,
      outcome: 'revoked',
      amount_pence: Number(commitment.amount_pence),
      reason: command.reason,
      meeting_id: before.agenda_meeting_id,
      decided_by: command.actorId,
      decided_at: at,
    })
    .execute();
  await tx
    .insertInto('ledger_entries')
    .values({
      budget_id: commitment.budget_id,
      request_id: command.requestId,
      decision_id: command.decisionId,
      kind: 'reversal',
      amount_pence: -Number(commitment.amount_pence),
      reverses_entry_id: commitment.id,
      created_by: command.actorId,
      created_at: at,
    })
    .execute();
  await tx
    .updateTable('funding_requests')
    .set({ status: 'revoked', updated_at: sql`now()` })
    .where('id', '=', command.requestId)
    .execute();
  await writeAudit(tx, {
    actorPersonId: command.actorId,
    action: 'funding-request.approval-revoked',
    entityType: 'funding_request',
    entityId: command.requestId,
    before: { status: before.status },
    after: { status: 'revoked', reason: command.reason, reversedPence: Number(commitment.amount_pence) },
  });
  await enqueueNotification(tx, command.notification);
}

/** Marks an undecided request withdrawn by its school. */
export async function withdrawInTransaction(tx: Tx, requestId: string, actorId: string): Promise<void> {
  const before = await lockedRequest(tx, requestId);
  if (!isUndecided(before.status)) {
    throw new UserFacingError('conflict', `This request has already been ${before.status}, so it cannot be withdrawn.`);
  }
  await tx
    .updateTable('funding_requests')
    .set({ status: 'withdrawn', updated_at: sql`now()` })
    .where('id', '=', requestId)
    .execute();
  await writeAudit(tx, {
    actorPersonId: actorId,
    action: 'funding-request.withdrawn',
    entityType: 'funding_request',
    entityId: requestId,
    before: { status: before.status },
    after: { status: 'withdrawn' },
  });
}

async function lockedRequest(tx: Tx, requestId: string) {
  const row = await tx
    .selectFrom('funding_requests')
    .select(['id', 'status', 'community_id', 'academic_year_id', 'agenda_meeting_id'])
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new UserFacingError('not-found', 'There is no such funding request.');
  return row;
}
