import { deepFreeze } from '../../platform/cache/deep-freeze';
import { VersionedCache, type VersionSource } from '../../platform/cache/versioned-cache';
import type { BudgetsStore, BudgetView } from '../app/ports';

/** More budget pages than Kent has communities times the years anyone looks at: the memory never grows past this. */
const VIEWS_KEPT = 2_000;

/**
 * The budgets store with each community's budget page (per year) kept in memory while `version` stays the same: it
 * changes, by triggers, with every committed write to a table the page is read from (migration 0023), so a budget
 * set, a decision or a withdrawn request on any instance shows on the next read. Everything else goes to the store.
 * Who may see a page is checked before it is read, for each request, by the use case.
 */
export function keepBudgetViews(store: BudgetsStore, version: VersionSource): BudgetsStore {
  const views = new VersionedCache<BudgetView | undefined>(version, VIEWS_KEPT);
  return {
    budget: (communityId, academicYear) => store.budget(communityId, academicYear),
    countyFigures: (academicYear) => store.countyFigures(academicYear),
    // Every reader gets the one kept page, frozen: one who changed it would have changed it for every later reader.
    budgetView: (communityId, academicYear) =>
      views.get(JSON.stringify([communityId, academicYear]), async () =>
        deepFreeze(await store.budgetView(communityId, academicYear)),
      ),
    setBudgets: (changes, actorId, fieldOf) => store.setBudgets(changes, actorId, fieldOf),
    existingCommunities: (ids) => store.existingCommunities(ids),
    academicYears: () => store.academicYears(),
  };
}
