import { CardFactory, type TurnContext } from 'botbuilder';
import { personOfTurn, unknownPersonCard } from '../../directory';
import { problemCardFor } from '../../platform/bot/problem-card-for';
import { planMeetingsCard } from './plan-meetings';
import type { SchedulingTeamsDeps } from './scheduling-teams-deps';

/** The typed "plan meetings" command: sends the planning (or status) card into the chat. */
export async function sendPlanningCard(context: TurnContext, deps: SchedulingTeamsDeps): Promise<void> {
  const person = await personOfTurn(context, deps);
  let card = person ? undefined : unknownPersonCard(context.activity.from?.name);
  if (person) {
    try {
      card = await planMeetingsCard(person, {}, deps);
    } catch (error) {
      card = problemCardFor(error);
    }
  }
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
