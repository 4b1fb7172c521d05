import { CardFactory, type TurnContext } from 'botbuilder';
import { personOfTurn } from '../../directory/teams/person-of-turn';
import { unknownPersonCard } from '../../directory/teams/unknown-person-card';
import type { BotDependencies } from '../../platform/bot/bot-dependencies';
import { executeAction } from '../../platform/cards/adaptive-card';
import { problemCard } from '../../platform/cards/problem-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { planMeetingsCard } from './plan-meetings';

/** The typed "plan meetings" command: sends the planning (or status) card into the chat. */
export async function sendPlanningCard(context: TurnContext, deps: BotDependencies): Promise<void> {
  const person = await personOfTurn(context, deps);
  let card = person ? undefined : unknownPersonCard(context.activity.from?.name);
  if (person) {
    try {
      card = await planMeetingsCard(person, {}, deps);
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      card = problemCard(error.message, [executeAction('Back to help', 'help')]);
    }
  }
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
