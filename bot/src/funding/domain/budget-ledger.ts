import { formatPence } from './pence';

/** A named deduction from a community's allocation (e.g. a 2025-26 transition protection). */
export interface Protection {
  label: string;
  amountPence: number;
}

/** A community's budget for a year and what is committed against it. */
export interface BudgetFigures {
  allocationPence: number;
  protections: Protection[];
  committedPence: number;
}

/** The pot: the allocation less every protection. */
export function potOf(allocationPence: number, protections: readonly Protection[]): number {
  return allocationPence - protections.reduce((sum, p) => sum + p.amountPence, 0);
}

/** What is left to commit: the pot less what approvals have committed (pot = committed + remaining). */
export function remainingOf(figures: BudgetFigures): number {
  return potOf(figures.allocationPence, figures.protections) - figures.committedPence;
}

/** Why an amount cannot be committed (it would take the pot below zero), or undefined when it fits. */
export function commitmentShortfall(figures: BudgetFigures, amountPence: number): string | undefined {
  const remaining = remainingOf(figures);
  if (amountPence <= remaining) return undefined;
  return `Approving ${formatPence(amountPence)} would take the pot below zero: ${formatPence(remaining)} is left of ${formatPence(
    potOf(figures.allocationPence, figures.protections),
  )}. Approve a smaller amount, defer or decline.`;
}

/** Why a budget change cannot be made (the pot would fall below what is committed), or undefined. */
export function budgetChangeProblem(figures: BudgetFigures): string | undefined {
  const pot = potOf(figures.allocationPence, figures.protections);
  if (pot < 0) return `The protections (${formatPence(figures.allocationPence - pot)}) exceed the allocation.`;
  if (pot < figures.committedPence) {
    return `Approvals already commit ${formatPence(figures.committedPence)}, more than the new pot of ${formatPence(pot)}.`;
  }
  return undefined;
}
