import { type AdaptiveCard, adaptiveCard, text } from '../../platform/cards/adaptive-card';

/** What a representative is told when the community decides on their request. */
export interface FundingDecisionView {
  schoolName: string;
  communityName: string;
  pupilReference: string;
  requestedPounds: string;
  outcome: 'approved' | 'declined' | 'deferred' | 'signposted' | 'revoked';
  amountPounds: string | null;
  reason: string | null;
  deferredTo: string | null;
  signpostedTo: string | null;
  requestsUrl: string;
}

const headings: Record<FundingDecisionView['outcome'], string> = {
  approved: 'Request approved',
  declined: 'Request declined',
  deferred: 'Request deferred',
  signposted: 'Request signposted to a PRG service',
  revoked: 'Approval revoked',
};

/** The 1:1 card that tells a representative the community's decision on a funding request. */
export function fundingDecisionCard(view: FundingDecisionView): AdaptiveCard {
  const facts = [
    { title: 'School', value: view.schoolName },
    { title: 'Pupil reference', value: view.pupilReference },
    { title: 'Requested', value: view.requestedPounds },
    ...(view.amountPounds
      ? [{ title: view.outcome === 'revoked' ? 'Returned to the pot' : 'Approved', value: view.amountPounds }]
      : []),
    ...(view.deferredTo ? [{ title: 'Deferred to', value: view.deferredTo }] : []),
    ...(view.signpostedTo ? [{ title: 'Signposted to', value: view.signpostedTo }] : []),
  ];
  return adaptiveCard(
    [
      text(headings[view.outcome], { size: 'Medium', weight: 'Bolder', style: 'heading' }),
      text(`${view.communityName} has decided on your school's request.`, { isSubtle: true }),
      { type: 'FactSet', facts },
      ...(view.reason ? [text(`Reason: ${view.reason}`)] : []),
    ],
    [{ type: 'Action.OpenUrl', title: 'See your requests', url: view.requestsUrl }],
  );
}
