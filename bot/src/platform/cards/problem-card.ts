import { type AdaptiveCard, adaptiveCard, type CardElement, text } from './adaptive-card';

/** A card that explains why an action could not be done, with a way on. */
export function problemCard(message: string, next: CardElement[]): AdaptiveCard {
  return adaptiveCard([text('That did not work', { weight: 'Bolder', color: 'Attention' }), text(message)], next);
}
