import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { DecisionOutcome, FundingStatus } from './funding-request';
import { formatPence } from './pence';

/** Statuses a request can still be decided (or withdrawn) in. */
export const UNDECIDED_STATUSES: readonly FundingStatus[] = ['submitted', 'onAgenda', 'deferred'];

/** True while a request waits for a decision. */
export function isUndecided(status: FundingStatus): boolean {
  return UNDECIDED_STATUSES.includes(status);
}

/** What a chair records about a request. */
export interface DecisionInput {
  outcome: DecisionOutcome;
  /** For an approval: at most the amount requested; the full amount when left out. */
  amountPence?: number;
  reason?: string;
  /** For a deferral: the later meeting the request moves to. */
  deferredToMeetingId?: string;
  /** For signposting: the PRG service the school is pointed to. */
  prgServiceId?: string;
}

/** A decision checked against the request: the approved amount settled, the reason trimmed (or absent). */
export type CheckedDecision = DecisionInput;

/** Refuses a decision that does not fit the request: wrong state, amount over the request, missing reason or target. */
export function checkDecision(
  request: { status: FundingStatus; amountPence: number },
  input: DecisionInput,
): CheckedDecision {
  if (!isUndecided(request.status)) {
    throw new UserFacingError('conflict', `This request has already been ${statusVerb(request.status)}.`);
  }
  const problems: Record<string, string> = {};
  const reason = input.reason?.trim() || undefined;
  let amountPence: number | undefined;
  if (input.outcome === 'approved') {
    amountPence = input.amountPence ?? request.amountPence;
    if (!Number.isSafeInteger(amountPence) || amountPence < 1) {
      problems.amountPence = 'Approve a whole number of pence, at least 1.';
    } else if (amountPence > request.amountPence) {
      problems.amountPence = `Approve at most the ${formatPence(request.amountPence)} requested.`;
    }
  } else if (input.amountPence !== undefined) {
    problems.amountPence = 'Only an approval has an amount.';
  }
  if (input.outcome === 'declined' && !reason) problems.reason = 'Say why the request is declined; the school is told.';
  if (input.outcome === 'approved' && amountPence !== undefined && amountPence < request.amountPence && !reason) {
    problems.reason = `Say why less than the ${formatPence(request.amountPence)} requested is approved; the school is told.`;
  }
  if (input.outcome === 'deferred' && !input.deferredToMeetingId) {
    problems.deferredToMeetingId = 'Name the later meeting the request is deferred to.';
  }
  if (input.outcome === 'signposted' && !input.prgServiceId) {
    problems.prgServiceId = 'Name the PRG service the school is signposted to.';
  }
  if (reason && reason.length > 2000) problems.reason = 'Keep the reason to 2,000 characters.';
  if (Object.keys(problems).length > 0) {
    throw new UserFacingError('invalid', `The decision needs changing: ${Object.values(problems).join(' ')}`, problems);
  }
  return { ...input, amountPence, reason };
}

/** Refuses to withdraw a request that has already been decided or withdrawn. */
export function checkWithdrawal(status: FundingStatus): void {
  if (!isUndecided(status)) {
    throw new UserFacingError(
      'conflict',
      `This request has already been ${statusVerb(status)}, so it cannot be withdrawn.`,
    );
  }
}

/** Refuses to revoke anything but an approval. */
export function checkRevocation(status: FundingStatus): void {
  if (status !== 'approved') {
    throw new UserFacingError('conflict', 'Only an approved request can have its approval revoked.');
  }
}

function statusVerb(status: FundingStatus): string {
  return status === 'withdrawn' ? 'withdrawn' : status === 'revoked' ? 'revoked' : `decided (${status})`;
}
