import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { academicYearOf } from '../../scheduling';
import { londonDate } from './agenda-placement';
import { yearOrRefuse } from './community-budget';
import type { CommunityBudgetFigures, FundingPorts } from './ports';

/** A community's line in the county view: its figures with the pot, what remains and the share of the pot committed. */
export interface CountyBudgetLine extends CommunityBudgetFigures {
  potPence: number | null;
  remainingPence: number | null;
  /** Committed ÷ pot, 0–1 (above 1 only if a pot was cut below its commitments); null without a budget or pot. */
  committedShare: number | null;
}

/** Every community's budget for a year, with county totals over the communities that have one. */
export interface CountyBudgets {
  academicYear: string;
  communities: CountyBudgetLine[];
  totals: { allocationPence: number; potPence: number; committedPence: number; remainingPence: number };
  withoutBudget: number;
}

/** All communities' budgets for a year (this academic year when not given), for officers. */
export async function countyBudgets(ports: FundingPorts, person: Person, year?: string): Promise<CountyBudgets> {
  requireOfficer(person);
  const academicYear = yearOrRefuse(year ?? academicYearOf(londonDate(ports.now())));
  const communities = (await ports.budgets.countyFigures(academicYear)).map(lineOf);
  const budgeted = communities.filter((c) => c.potPence !== null);
  const sum = (pick: (c: CountyBudgetLine) => number | null) => budgeted.reduce((t, c) => t + (pick(c) ?? 0), 0);
  return {
    academicYear,
    communities,
    totals: {
      allocationPence: sum((c) => c.allocationPence),
      potPence: sum((c) => c.potPence),
      committedPence: sum((c) => c.committedPence),
      remainingPence: sum((c) => c.remainingPence),
    },
    withoutBudget: communities.length - budgeted.length,
  };
}

function lineOf(figures: CommunityBudgetFigures): CountyBudgetLine {
  if (figures.allocationPence === null) {
    return { ...figures, potPence: null, remainingPence: null, committedShare: null };
  }
  const potPence = figures.allocationPence - (figures.protectedPence ?? 0);
  return {
    ...figures,
    potPence,
    remainingPence: potPence - figures.committedPence,
    committedShare: potPence > 0 ? figures.committedPence / potPence : null,
  };
}
