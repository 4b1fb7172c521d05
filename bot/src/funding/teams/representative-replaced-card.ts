import { type AdaptiveCard, adaptiveCard, text } from '../../platform/cards/adaptive-card';

/** The 1:1 card that tells a former representative that someone else now represents their school. */
export function representativeReplacedCard(view: {
  schoolName: string;
  communityName: string;
  newRepresentativeName: string;
}): AdaptiveCard {
  return adaptiveCard([
    text('You are no longer the school representative', { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(
      `${view.newRepresentativeName} is now ${view.schoolName}'s representative at ${view.communityName}, with delegated responsibility to request funds. If this is a mistake, speak to your headteacher or email localitymodel@kent.gov.uk.`,
    ),
  ]);
}
