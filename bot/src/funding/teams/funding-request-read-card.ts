import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import { formatLongDate } from '../../platform/time/plain-date';
import { areaOfNeedLabels, type FundingRequest } from '../domain/funding-request';
import { formatPence } from '../domain/pence';

/** What a chair reads before deciding: the request in full, the PRG services involved, the school's other requests. */
export interface FundingRequestReadView {
  request: FundingRequest;
  prgServiceNames: string[];
  /** The school's other requests this academic year, newest first, as one line each. */
  otherRequests: string[];
}

const forWhom = { individual: 'One pupil', group: 'A group of pupils', wholeSchool: 'Whole-school provision' };

/** "Read the request" on the chair's agenda (the read is logged, as every read of a request's narrative). */
export function fundingRequestReadCard(view: FundingRequestReadView): AdaptiveCard {
  const r = view.request;
  const section = (title: string, value: string): CardElement[] => [
    text(title, { weight: 'Bolder', spacing: 'Medium' }),
    text(value, { wrap: true, spacing: 'Small' }),
  ];
  return adaptiveCard(
    [
      text(`${r.pupilReference ?? 'Whole-school provision'}, ${r.schoolName}`, {
        size: 'Large',
        weight: 'Bolder',
        style: 'heading',
      }),
      {
        type: 'FactSet',
        facts: [
          { title: 'For', value: `${forWhom[r.requestType]}${r.groupSize ? ` (${r.groupSize})` : ''}` },
          { title: 'Year group', value: r.yearGroup === 'R' ? 'Reception' : `Year ${r.yearGroup}` },
          { title: 'Areas of need', value: r.areasOfNeed.map((a) => areaOfNeedLabels[a]).join(', ') },
          { title: 'Amount', value: formatPence(r.amountPence) },
          { title: 'Period', value: `${formatLongDate(r.periodStart)} to ${formatLongDate(r.periodEnd)}` },
          { title: 'PRG services involved', value: view.prgServiceNames.join(', ') || 'None yet' },
        ],
      },
      ...section('Provision already in place', r.currentProvision),
      ...section('What is working', r.whatIsWorking),
      ...section('Hoped-for outcomes', r.hopedForOutcomes),
      ...section('Next steps', r.nextSteps),
      ...section(
        `${r.schoolName}'s other requests this year`,
        view.otherRequests.length > 0 ? view.otherRequests.join('\n\n') : 'None.',
      ),
    ],
    [executeAction('Back to the agenda', 'agenda', { communityId: r.communityId })],
  );
}
