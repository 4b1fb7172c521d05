import { CardFactory, type TurnContext } from 'botbuilder';
import { executeAction } from '../../cards/adaptive-card';
import { problemCard } from '../../cards/problem-card';
import { unknownPersonCard } from '../../cards/unknown-person-card';
import { UserFacingError } from '../../domain/user-facing-error';
import type { BotDependencies } from '../bot-dependencies';
import { personOfTurn } from '../person-of-turn';
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
