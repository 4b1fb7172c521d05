import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';

/** One request on a list or an agenda. */
export interface FundingRequestLine {
  id: string;
  heading: string;
  detail: string;
  status: string;
  /** Present on a chair's agenda: lets them record the decision. */
  decidable?: boolean;
}

/** A list of funding requests: "My requests" for a representative, or the next meeting's agenda for a chair. */
export function fundingRequestsCard(view: {
  title: string;
  intro: string;
  requests: FundingRequestLine[];
  message?: string;
}): AdaptiveCard {
  const body: CardElement[] = [
    text(view.title, { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(view.intro, { isSubtle: true }),
    ...(view.message ? [text(view.message, { weight: 'Bolder', color: 'Good' })] : []),
  ];
  if (view.requests.length === 0) body.push(text('There are no requests here yet.'));
  for (const r of view.requests.slice(0, 15)) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(`**${r.heading}**`),
        text(r.detail, { size: 'Small', spacing: 'None' }),
        text(r.status, { size: 'Small', spacing: 'None', isSubtle: true }),
        ...(r.decidable ? [decisionForm(r.id)] : []),
      ],
    });
  }
  if (view.requests.length > 15)
    body.push(text(`…and ${view.requests.length - 15} more in the Requests tab.`, { isSubtle: true }));
  return adaptiveCard(body);
}

function decisionForm(requestId: string): CardElement {
  return {
    type: 'ActionSet',
    actions: [
      {
        type: 'Action.ShowCard',
        title: 'Record decision',
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.ChoiceSet',
              id: 'outcome',
              label: 'Decision',
              isRequired: true,
              errorMessage: 'Choose the decision.',
              choices: [
                { title: 'Approve', value: 'approved' },
                { title: 'Decline', value: 'declined' },
              ],
            },
            {
              type: 'Input.Text',
              id: 'amount',
              label: 'Amount approved (£)',
              regex: '^\\d{1,7}(\\.\\d{1,2})?$',
              errorMessage: 'Give the amount in pounds.',
            },
            {
              type: 'Input.Text',
              id: 'reason',
              label: 'Reason (needed to decline)',
              isMultiline: true,
              maxLength: 1000,
            },
          ],
          actions: [executeAction('Save decision', 'decideFunding', { requestId })],
        },
      },
    ],
  };
}
