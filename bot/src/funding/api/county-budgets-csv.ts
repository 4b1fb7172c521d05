import { stringify } from 'csv-stringify/sync';
import type { CountyBudgets } from '../app/county-budgets';

/** Pounds with two decimals and no symbol, as spreadsheets read money ("12500.50"); empty for no figure. */
function pounds(pence: number | null): string {
  return pence === null ? '' : (pence / 100).toFixed(2);
}

/**
 * The county view as CSV, one community per row. Its first three columns are the budget import's, so an officer
 * can change allocations in a spreadsheet and import them back.
 */
export function countyBudgetsCsv(view: CountyBudgets): string {
  return stringify(
    view.communities.map((c) => [
      c.communityId,
      view.academicYear,
      pounds(c.allocationPence),
      c.communityName,
      c.areaName,
      c.districtName,
      pounds(c.protectedPence),
      pounds(c.potPence),
      pounds(c.committedPence),
      pounds(c.remainingPence),
      c.committedShare === null ? '' : (c.committedShare * 100).toFixed(1),
    ]),
    {
      header: true,
      columns: [
        'community_id',
        'academic_year',
        'allocation_gbp',
        'community',
        'area',
        'district',
        'protected_gbp',
        'pot_gbp',
        'committed_gbp',
        'remaining_gbp',
        'committed_percent',
      ],
    },
  );
}
