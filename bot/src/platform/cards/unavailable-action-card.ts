import { type AdaptiveCard, adaptiveCard, executeAction, text } from './adaptive-card';

/** The answer to an action this person cannot use (not built yet, or not for their role): says why and where to go. */
export function unavailableActionCard(actionTitle: string, why?: string): AdaptiveCard {
  return adaptiveCard(
    [
      text(actionTitle, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
      text(
        why ??
          `"${actionTitle}" is not available in the app yet. Until it is, contact localitymodel@kent.gov.uk or your community chair.`,
      ),
    ],
    [executeAction('Back to help', 'help')],
  );
}
