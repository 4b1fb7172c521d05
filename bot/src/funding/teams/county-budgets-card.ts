import { type AdaptiveCard, adaptiveCard, type CardElement, text } from '../../platform/cards/adaptive-card';
import type { CountyBudgetLine, CountyBudgets } from '../app/county-budgets';
import { formatPence } from '../domain/pence';

/** How many communities the card lists: those with least remaining; the tab has all of them. */
const LEAST_REMAINING_SHOWN = 10;

/** "Community budgets" for officers: county totals and the communities with least left, with a link to all of them. */
export function countyBudgetsCard(view: CountyBudgets, budgetPageUrl: string): AdaptiveCard {
  const budgeted = view.communities.filter((c) => c.remainingPence !== null);
  const least = [...budgeted]
    .sort((a, b) => (a.remainingPence ?? 0) - (b.remainingPence ?? 0) || a.communityName.localeCompare(b.communityName))
    .slice(0, LEAST_REMAINING_SHOWN);
  const body: CardElement[] = [
    text(`Community budgets ${view.academicYear}`, { size: 'Large', weight: 'Bolder', style: 'heading' }),
    {
      type: 'FactSet',
      facts: [
        { title: 'Pots for requests', value: formatPence(view.totals.potPence) },
        { title: 'Committed', value: formatPence(view.totals.committedPence) },
        { title: 'Remaining', value: formatPence(view.totals.remainingPence) },
      ],
    },
  ];
  if (view.withoutBudget > 0) {
    body.push(
      text(
        `${view.withoutBudget} of ${view.communities.length} ${view.withoutBudget === 1 ? 'community has' : 'communities have'} no budget for ${view.academicYear} yet: set them in the tab or import a CSV.`,
        { color: 'Attention' },
      ),
    );
  }
  if (least.length > 0) {
    body.push(text(`The ${least.length} with least remaining`, { weight: 'Bolder', separator: true }), {
      type: 'FactSet',
      facts: least.map((c) => ({ title: c.communityName, value: leastLine(c) })),
    });
  }
  return adaptiveCard(body, [
    { type: 'Action.OpenUrl', title: `All ${view.communities.length} in the tab`, url: budgetPageUrl },
  ]);
}

/** "£1,234.56 left · 87% of the pot committed". */
function leastLine(c: CountyBudgetLine): string {
  const share = c.committedShare === null ? '' : ` · ${Math.round(c.committedShare * 100)}% of the pot committed`;
  return `${formatPence(c.remainingPence ?? 0)} left${share}`;
}
