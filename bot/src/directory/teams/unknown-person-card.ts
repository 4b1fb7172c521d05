import { type AdaptiveCard, adaptiveCard, text } from '../../platform/cards/adaptive-card';

/** The address that handles access requests for the Locality Model. */
export const ACCESS_REQUEST_EMAIL = 'localitymodel@kent.gov.uk';

/** The card for someone the app does not know yet: how to get access. */
export function unknownPersonCard(signedInAs?: string): AdaptiveCard {
  return adaptiveCard(
    [
      text('Welcome to Communities of Schools', { size: 'Large', weight: 'Bolder', style: 'heading' }),
      text(
        signedInAs
          ? `We could not find ${signedInAs} among the school representatives, chairs, practitioners or KCC officers.`
          : 'We could not find you among the school representatives, chairs, practitioners or KCC officers.',
      ),
      text(
        `To get access, email ${ACCESS_REQUEST_EMAIL} with your name, your school and your role (for example, SENCo and school representative). If your school already has a representative, KCC will ask before replacing them.`,
      ),
    ],
    [
      {
        type: 'Action.OpenUrl',
        title: 'Email KCC',
        url: `mailto:${ACCESS_REQUEST_EMAIL}?subject=${encodeURIComponent('Access to Communities of Schools')}`,
      },
    ],
  );
}
