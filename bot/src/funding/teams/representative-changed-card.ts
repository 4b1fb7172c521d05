import { type AdaptiveCard, adaptiveCard, text } from '../../platform/cards/adaptive-card';

/** The 1:1 card that tells a community's chair that one of its schools has a new representative. */
export function representativeChangedCard(view: {
  schoolName: string;
  communityName: string;
  newRepresentativeName: string;
  previousRepresentativeName: string;
}): AdaptiveCard {
  return adaptiveCard([
    text(`${view.schoolName} has a new representative`, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(
      `${view.newRepresentativeName} now represents ${view.schoolName} at ${view.communityName}, with delegated responsibility to request funds, in place of ${view.previousRepresentativeName}. If this is a mistake, email localitymodel@kent.gov.uk.`,
    ),
  ]);
}
