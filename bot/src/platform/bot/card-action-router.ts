import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/adaptive-card';
import { noteOnCurrentSpan } from '../telemetry/spans';
import type { BotRoutes } from './bot-routes';
import { problemCardFor } from './problem-card-for';

/** Routes a Universal Action (Action.Execute) by its verb and answers with the card that replaces it. */
export async function answerCardAction<P>(
  context: TurnContext,
  invoke: AdaptiveCardInvokeValue,
  routes: BotRoutes<P>,
): Promise<AdaptiveCardInvokeResponse> {
  const verb = invoke.action?.verb ?? '';
  if (verb === 'help') return cardResponse(await routes.home.welcomeCard(context));
  const action = Object.hasOwn(routes.cardVerbs, verb) ? routes.cardVerbs[verb] : undefined;
  // Only a verb the bot serves names the span: anything else a client sent is "unknown" (it could be any text).
  noteOnCurrentSpan({ 'cos.verb': action ? verb : 'unknown' });
  if (action) {
    const person = await routes.home.identify(context);
    if (!person) {
      noteOnCurrentSpan({ 'cos.outcome': 'unknown-person' });
      return cardResponse(routes.home.unknownPersonCard(context));
    }
    noteOnCurrentSpan({ 'cos.roles': routes.home.rolesOf(person) });
    const data = plainValues(invoke.action?.data);
    try {
      const card = await action({ context, person, data });
      noteOnCurrentSpan({ 'cos.outcome': 'card' });
      return cardResponse(card);
    } catch (error) {
      noteOnCurrentSpan({ 'cos.outcome': 'problem' });
      return cardResponse(problemCardFor(error));
    }
  }
  noteOnCurrentSpan({ 'cos.outcome': 'not-a-verb' });
  return {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message: `This card action ("${verb}") is not one the bot knows.` },
  };
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card as unknown as Record<string, unknown> };
}

/** A card's data as the handlers read it: its text, number and true/false values (cards send nothing else). */
function plainValues(data: unknown): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'),
  );
}
