import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import { formatPence, MONEY_INPUT_PATTERN } from '../domain/pence';

/** One request on a list or an agenda. */
export interface FundingRequestLine {
  id: string;
  heading: string;
  detail: string;
  status: string;
  /** Present on a chair's agenda: what the decision form offers for this request. */
  decision?: DecisionChoices;
}

/** What a chair can decide a request to: its amount and the pot, the later meetings and the PRG services. */
export interface DecisionChoices {
  communityId: string;
  requestedPence: number;
  /** What is left in the community's pot now (null when no budget is set). */
  remainingPence: number | null;
  laterMeetings: { id: string; title: string }[];
  prgServices: { id: string; name: string }[];
}

/** A list of funding requests: "My requests" for a representative, or the next meeting's agenda for a chair. */
export function fundingRequestsCard(view: {
  title: string;
  intro: string;
  requests: FundingRequestLine[];
  message?: string;
  /** What was refused (a decision that needs changing), shown in place of the confirmation. */
  problem?: string;
}): AdaptiveCard {
  const body: CardElement[] = [
    text(view.title, { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(view.intro, { isSubtle: true }),
    ...(view.message ? [text(view.message, { weight: 'Bolder', color: 'Good' })] : []),
    ...(view.problem ? [text(view.problem, { weight: 'Bolder', color: 'Attention', wrap: true })] : []),
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
        ...(r.decision ? [decisionForm(r.id, r.decision)] : []),
      ],
    });
  }
  if (view.requests.length > 15)
    body.push(text(`…and ${view.requests.length - 15} more in the Requests tab.`, { isSubtle: true }));
  return adaptiveCard(body);
}

function decisionForm(requestId: string, choices: DecisionChoices): CardElement {
  const pot =
    choices.remainingPence === null
      ? 'No budget is set for this year yet.'
      : `Pot remaining: ${formatPence(choices.remainingPence)} now, ${formatPence(choices.remainingPence - choices.requestedPence)} after approving the full ${formatPence(choices.requestedPence)}.`;
  return {
    type: 'ActionSet',
    actions: [
      executeAction('Read the request', 'readFundingRequest', { requestId }),
      {
        type: 'Action.ShowCard',
        title: 'Record decision',
        card: {
          type: 'AdaptiveCard',
          body: [
            text(pot, { size: 'Small', wrap: true }),
            {
              type: 'Input.ChoiceSet',
              id: 'outcome',
              label: 'Decision',
              isRequired: true,
              errorMessage: 'Choose the decision.',
              choices: [
                { title: 'Approve', value: 'approved' },
                { title: 'Decline', value: 'declined' },
                ...(choices.laterMeetings.length > 0 ? [{ title: 'Defer to a later meeting', value: 'deferred' }] : []),
                { title: 'Signpost to a PRG service', value: 'signposted' },
              ],
            },
            {
              type: 'Input.Text',
              id: 'amount',
              label: 'Amount approved (£; empty: the full amount)',
              regex: MONEY_INPUT_PATTERN,
              errorMessage: 'Give the amount in pounds, for example £2,500 or 2500.50.',
            },
            ...(choices.laterMeetings.length > 0
              ? [
                  {
                    type: 'Input.ChoiceSet',
                    id: 'deferredTo',
                    label: 'Defer to (for a deferral)',
                    style: 'compact',
                    choices: choices.laterMeetings.map((m) => ({ title: m.title, value: m.id })),
                  },
                ]
              : []),
            {
              type: 'Input.ChoiceSet',
              id: 'prgService',
              label: 'Signpost to (for signposting)',
              style: 'compact',
              choices: choices.prgServices.map((s) => ({ title: s.name, value: s.id })),
            },
            {
              type: 'Input.Text',
              id: 'reason',
              label: 'Reason (needed to decline, or to approve less than asked)',
              isMultiline: true,
              maxLength: 1000,
            },
          ],
          actions: [executeAction('Save decision', 'decideFunding', { requestId, communityId: choices.communityId })],
        },
      },
    ],
  };
}
