import type { Person } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { notForYouCard } from '../../platform/cards/not-for-you-card';
import { communityBudgetCard } from './community-budget-card';
import { countyBudgetsCard } from './county-budgets-card';
import type { FundingTeamsDeps } from './funding-teams-deps';

/** "Community budget": the budget of the community the card asks for, or the person's first; others to switch to. */
export async function budgetCardFor(
  person: Person,
  data: Record<string, unknown>,
  deps: FundingTeamsDeps,
): Promise<AdaptiveCard> {
  const communities = new Map<string, string>();
  for (const role of person.roles) {
    if (role.communityId) communities.set(role.communityId, role.communityName ?? role.communityId);
  }
  const asked = typeof data.communityId === 'string' ? data.communityId : undefined;
  const communityId = asked && communities.has(asked) ? asked : [...communities.keys()][0];
  if (!communityId) {
    return notForYouCard(
      'Community budget',
      "A budget belongs to a community: you see it once you have a role in one (a school's representative, the chair).",
    );
  }
  const budget = await deps.funding.budget(person, communityId);
  return communityBudgetCard({
    budget,
    budgetPageUrl: deps.budgetPageUrl,
    otherCommunities: [...communities]
      .filter(([id]) => id !== communityId)
      .map(([id, name]) => ({ communityId: id, communityName: name })),
  });
}

/** "Community budgets" (officers): every community's budget this year, the least remaining first. */
export async function countyBudgetsCardFor(person: Person, deps: FundingTeamsDeps): Promise<AdaptiveCard> {
  return countyBudgetsCard(await deps.funding.countyBudgets(person), deps.budgetPageUrl);
}
