import { type AdaptiveCard, adaptiveCard, executeAction, text } from './adaptive-card';

/** The answer to an action that is not for this person's role: says why, and offers the way back. */
export function notForYouCard(actionTitle: string, why: string): AdaptiveCard {
  return adaptiveCard(
    [text(actionTitle, { size: 'Medium', weight: 'Bolder', style: 'heading' }), text(why)],
    [executeAction('Back to help', 'help')],
  );
}
