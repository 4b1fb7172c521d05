import type { Person } from '../../directory';
import { requireCommunityMember, requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkedInput, invalid } from '../../platform/validation/checked-input';
import { academicYearOf, isAcademicYear } from '../../scheduling';
import { type Protection, potOf, remainingOf } from '../domain/budget-ledger';
import { formatPence } from '../domain/pence';
import { londonDate } from './agenda-placement';
import { type BudgetInput, budgetSchema } from './funding-action-schemas';
import type { BudgetBreakdown, FundingPorts } from './ports';

/** A community's budget for a year: pot = allocation − protections = committed + remaining, all in pence. */
export interface BudgetSummary extends BudgetBreakdown {
  communityId: string;
  communityName: string;
  academicYear: string;
  allocationPence: number;
  protections: Protection[];
  potPence: number;
  committedPence: number;
  remainingPence: number;
}

/** The budget of a community for a year (this academic year when not given), for anyone with a role in it. */
export async function budgetSummary(
  ports: FundingPorts,
  person: Person,
  communityId: string,
  year?: string,
): Promise<BudgetSummary> {
  requireCommunityMember(person, communityId);
  const academicYear = yearOrRefuse(year ?? academicYearOf(londonDate(ports.now())));
  const view = await ports.budgets.budgetView(communityId, academicYear);
  if (!view) throw new UserFacingError('not-found', 'There is no such community.');
  const { budget } = view;
  if (!budget) {
    throw new UserFacingError(
      'not-found',
      `${view.communityName} has no budget for ${academicYear} yet. KCC publishes each community's budget; an officer sets it here.`,
    );
  }
  return {
    communityId,
    communityName: view.communityName,
    academicYear,
    allocationPence: budget.allocationPence,
    protections: budget.protections,
    potPence: potOf(budget.allocationPence, budget.protections),
    committedPence: budget.committedPence,
    remainingPence: remainingOf(budget),
    bySchool: budget.bySchool,
    byMeeting: budget.byMeeting,
  };
}

/** Sets (or replaces) a community's budget for a year (officers only); refuses a pot below what is committed. */
export async function setCommunityBudget(
  ports: FundingPorts,
  person: Person,
  communityId: string,
  year: string | undefined,
  raw: BudgetInput,
): Promise<BudgetSummary> {
  requireOfficer(person);
  const input = checkedInput(budgetSchema, raw, 'The budget');
  const academicYear = yearOrRefuse(year);
  if (!(await ports.budgets.academicYears()).has(academicYear)) {
    throw invalid('The budget', { year: `${academicYear} is not set up yet; add its term dates first.` });
  }
  const community = await ports.requests.community(communityId);
  if (!community) throw new UserFacingError('not-found', 'There is no such community.');
  const pot = potOf(input.allocationPence, input.protections);
  if (pot < 0) {
    throw invalid('The budget', {
      protections: `The protections add up to ${formatPence(input.allocationPence - pot)}, more than the allocation of ${formatPence(input.allocationPence)}.`,
    });
  }
  await ports.budgets.setBudgets(
    [{ communityId, academicYear, allocationPence: input.allocationPence, protections: input.protections }],
    person.id,
    () => 'allocationPence',
  );
  return budgetSummary(ports, person, communityId, academicYear);
}

/** An academic year id (like 2026-27), or a clear refusal naming the form it takes. */
export function yearOrRefuse(year: string | undefined): string {
  if (!year || !isAcademicYear(year)) {
    throw invalid('The year', { year: 'Give the academic year like 2026-27.' });
  }
  return year;
}
