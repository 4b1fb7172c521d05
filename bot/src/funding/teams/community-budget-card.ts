import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import type { BudgetSummary } from '../app/community-budget';
import { formatPence } from '../domain/pence';

/** What the budget card shows: the summary, where the tab's Budget page is, and the person's other communities. */
export interface CommunityBudgetView {
  budget: BudgetSummary;
  /** The Budget page: a Teams deep link to the personal tab, or its web address. */
  budgetPageUrl: string;
  otherCommunities: { communityId: string; communityName: string }[];
}

/** A fact set (label: value) as a card element. */
function facts(rows: [string, string][]): CardElement {
  return { type: 'FactSet', facts: rows.map(([title, value]) => ({ title, value })) };
}

/** "Community budget": allocation, protections, pot, committed and remaining to the penny, and decisions by meeting. */
export function communityBudgetCard(view: CommunityBudgetView): AdaptiveCard {
  const { budget } = view;
  const body: CardElement[] = [
    text(`${budget.communityName}: budget ${budget.academicYear}`, {
      size: 'Large',
      weight: 'Bolder',
      style: 'heading',
    }),
    facts([
      ['Allocation', formatPence(budget.allocationPence)],
      ...budget.protections.map((p): [string, string] => [`Protected: ${p.label}`, `− ${formatPence(p.amountPence)}`]),
      ['Pot for requests', formatPence(budget.potPence)],
      ['Committed', formatPence(budget.committedPence)],
      ['Remaining', formatPence(budget.remainingPence)],
    ]),
    text("This year's decisions by meeting", { weight: 'Bolder', separator: true }),
  ];
  const meetings = budget.byMeeting.filter((m) => m.requestCount > 0);
  if (meetings.length === 0) body.push(text('No requests have been decided this year yet.', { isSubtle: true }));
  else {
    body.push(facts(meetings.map((m) => [m.title, meetingLine(m)])));
  }
  return adaptiveCard(body, [
    { type: 'Action.OpenUrl', title: 'Open in the tab', url: view.budgetPageUrl },
    ...view.otherCommunities.map((c) => executeAction(c.communityName, 'budget', { communityId: c.communityId })),
  ]);
}

/** "2 approved (£4,200.50) · 1 waiting · 1 declined or signposted": approvals counted as approvals, the rest apart. */
function meetingLine(m: BudgetSummary['byMeeting'][number]): string {
  const other = m.requestCount - m.approvedCount - m.waitingCount;
  return [
    `${m.approvedCount} approved (${formatPence(m.approvedPence)})`,
    ...(m.waitingCount > 0 ? [`${m.waitingCount} waiting`] : []),
    ...(other > 0 ? [`${other} declined or signposted`] : []),
  ].join(' · ');
}
