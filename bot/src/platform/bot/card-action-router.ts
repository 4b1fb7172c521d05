import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { Person } from '../../directory/domain/person';
import { personOfTurn } from '../../directory/teams/person-of-turn';
import { unknownPersonCard } from '../../directory/teams/unknown-person-card';
import { welcomeCardFor } from '../../directory/teams/welcome';
import {
  agendaCard,
  decideFromCard,
  fundingFormCard,
  myRequestsCard,
  submitFundingFromCard,
} from '../../funding/teams/funding-cards';
import { questionActions } from '../../questions/teams/question-verbs';
import { createKitFromCard, planKitCard } from '../../scheduling/teams/plan-kit';
import {
  changeMeetingFromCard,
  createCycleFromCard,
  type PlanData,
  planMeetingsCard,
} from '../../scheduling/teams/plan-meetings';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard, executeAction } from '../cards/adaptive-card';
import { problemCard } from '../cards/problem-card';
import { unavailableActionCard } from '../cards/unavailable-action-card';
import { UserFacingError } from '../errors/user-facing-error';
import type { BotDependencies } from './bot-dependencies';

/** Titles of actions offered on cards whose capability is not built yet. */
const upcomingActions: Record<string, string> = {
  nextMeeting: 'Next meeting',
  budget: 'Community budget',
  myCommunities: 'My communities',
};

type PersonalAction = (person: Person, data: Record<string, unknown>) => Promise<AdaptiveCard>;

/** Routes a Universal Action (Action.Execute) by its verb and answers with the card that replaces it. */
export async function handleCardAction(
  context: TurnContext,
  invoke: AdaptiveCardInvokeValue,
  deps: BotDependencies,
): Promise<AdaptiveCardInvokeResponse> {
  const verb = invoke.action?.verb ?? '';
  const personal: Record<string, PersonalAction> = {
    planMeetings: (person, data) => planMeetingsCard(person, data as PlanData, deps),
    createCycle: (person, data) => createCycleFromCard(context, person, data as PlanData, deps),
    rescheduleMeeting: (person, data) => changeMeetingFromCard(person, 'rescheduleMeeting', data, deps),
    cancelMeeting: (person, data) => changeMeetingFromCard(person, 'cancelMeeting', data, deps),
    planKit: (person, data) => planKitCard(person, data, deps),
    createKit: (person, data) => createKitFromCard(context, person, data, deps),
    ...questionActions(context, deps),
    requestFunding: (person) => fundingFormCard(person, deps),
    submitFunding: (person, data) => submitFundingFromCard(person, data, deps),
    myRequests: (person) => myRequestsCard(person, deps),
    agenda: (person, data) => agendaCard(person, data, deps),
    decideFunding: (person, data) => decideFromCard(person, data, deps),
  };
  if (verb === 'help') return cardResponse(await welcomeCardFor(context, deps));
  const action = personal[verb];
  if (action) {
    const person = await personOfTurn(context, deps);
    if (!person) return cardResponse(unknownPersonCard(context.activity.from?.name));
    try {
      return cardResponse(await action(person, (invoke.action?.data ?? {}) as Record<string, unknown>));
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      return cardResponse(problemCard(error.message, [executeAction('Back to help', 'help')]));
    }
  }
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
