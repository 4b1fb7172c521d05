import { CardFactory, type TurnContext } from 'botbuilder';
import { personOfTurn, unknownPersonCard } from '../../directory';
import { problemCardFor } from '../../platform/bot/problem-card-for';
import { chairedCommunityNamed, planMeetingsCard } from './plan-meetings';
import type { SchedulingTeamsDeps } from './scheduling-teams-deps';

/** The typed "plan meetings" command (optionally naming one of the chair's communities): the planning or status card. */
export async function sendPlanningCard(context: TurnContext, deps: SchedulingTeamsDeps, named = ''): Promise<void> {
  const person = await personOfTurn(context, deps);
  let card = person ? undefined : unknownPersonCard(context.activity.from?.name);
  if (person) {
    try {
      const communityId = chairedCommunityNamed(person, named);
      card = await planMeetingsCard(person, communityId ? { communityId } : {}, deps);
    } catch (error) {
      card = problemCardFor(error);
    }
  }
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
