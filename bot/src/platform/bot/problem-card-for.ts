import { type AdaptiveCard, executeAction } from '../cards/adaptive-card';
import { problemCard } from '../cards/problem-card';
import { UserFacingError } from '../errors/user-facing-error';

/** The one place a refusal becomes a card: a UserFacingError's message with a way back; anything else is rethrown. */
export function problemCardFor(error: unknown): AdaptiveCard {
  if (!(error instanceof UserFacingError)) throw error;
  return problemCard(error.message, [executeAction('Back to help', 'help')]);
}
