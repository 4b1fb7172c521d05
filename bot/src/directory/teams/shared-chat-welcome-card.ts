import { type AdaptiveCard, adaptiveCard, executeAction, text } from '../../platform/cards/adaptive-card';

/** The welcome posted when the app is added to a team or group chat: addressed to everyone, naming no one. */
export function sharedChatWelcomeCard(): AdaptiveCard {
  return adaptiveCard(
    [
      text('Communities of Schools is here', { size: 'Large', weight: 'Bolder', style: 'heading' }),
      text(
        'This app helps Kent schools, community chairs and KCC run the Locality Model for School Inclusion: meetings, funding requests, questions and the Professional Resource Group.',
      ),
      text('Mention me with "help" to see what you can do here. Your own actions are also in a 1:1 chat with me.', {
        isSubtle: true,
      }),
    ],
    [executeAction('Show my actions', 'help')],
  );
}
