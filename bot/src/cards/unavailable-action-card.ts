import { type AdaptiveCard, adaptiveCard, executeAction, text } from './adaptive-card';

/** The answer to an action that is not in the app yet: says so plainly and where to go meanwhile. */
export function unavailableActionCard(actionTitle: string): AdaptiveCard {
  return adaptiveCard(
    [
      text(actionTitle, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
      text(
        `"${actionTitle}" is not available in the app yet. Until it is, contact localitymodel@kent.gov.uk or your community chair.`,
      ),
    ],
    [executeAction('Back to help', 'help')],
  );
}
