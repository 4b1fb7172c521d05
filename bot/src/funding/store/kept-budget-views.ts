import { deepFreeze } from '../../platform/cache/deep-freeze';
import { VersionedCache, type VersionSource } from '../../platform/cache/versioned-cache';
import type { BudgetsStore, BudgetView, CommunityBudgetFigures } from '../app/ports';

/** More budget pages than Kent has communities times the years anyone looks at: the memory never grows past this. */
const VIEWS_KEPT = 2_000;
/** County pages, one per academic year looked at. */
const COUNTY_YEARS_KEPT = 10;

/**
 * The budgets store with each community's budget page and the county's page (per year) kept in memory while `version`
 * stays the same: it changes, by triggers, with every committed write to a table the pages are read from (migrations
 * 0023 and 0025), so a budget set, a decision, a withdrawn request or a renamed area on any instance shows on the next
 * read. Everything else goes to the store. Who may see a page is checked before it is read, for each request, by the
 * use case.
 */
export function keepBudgetViews(store: BudgetsStore, version: VersionSource): BudgetsStore {
  const views = new VersionedCache<BudgetView | undefined>(version, VIEWS_KEPT);
  const county = new VersionedCache<CommunityBudgetFigures[]>(version, COUNTY_YEARS_KEPT);
  return {
    budget: (communityId, academicYear) => store.budget(communityId, academicYear),
    countyFigures: (academicYear) =>
      county.get(academicYear, async () => deepFreeze(await store.countyFigures(academicYear))),
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
