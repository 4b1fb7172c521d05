import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../../cards/adaptive-card';
import { unavailableActionCard } from '../../cards/unavailable-action-card';
import type { BotDependencies } from '../bot-dependencies';
import { welcomeCardFor } from './welcome';

/** Titles of actions offered on cards whose capability is not built yet. */
const upcomingActions: Record<string, string> = {
  requestFunding: 'Request funding',
  myRequests: 'My requests',
  ask: 'Ask KCC a question',
  nextMeeting: 'Next meeting',
  budget: 'Community budget',
  planMeetings: 'Plan meetings',
  agenda: 'Next agenda',
  questions: 'Open questions',
  planKit: 'Plan KiT meetings',
  myCommunities: 'My communities',
};

/** Routes a Universal Action (Action.Execute) by its verb and answers with the card that replaces it. */
export async function handleCardAction(
  context: TurnContext,
  invoke: AdaptiveCardInvokeValue,
  deps: BotDependencies,
): Promise<AdaptiveCardInvokeResponse> {
  const verb = invoke.action?.verb ?? '';
  if (verb === 'help') return cardResponse(await welcomeCardFor(context, deps));
  const upcoming = upcomingActions[verb];
  if (upcoming) return cardResponse(unavailableActionCard(upcoming));
  return {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message: `This card action ("${verb}") is not one the bot knows.` },
  };
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card as unknown as Record<string, unknown> };
}
