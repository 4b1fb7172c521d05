import type { TurnContext } from 'botbuilder';
import type { BotDependencies } from '../../platform/bot/bot-dependencies';
import { callerOf } from '../../platform/bot/turn-caller';
import { identifyPerson } from '../app/identify-person';
import type { Person } from '../domain/person';

/** The known person who sent this activity, if any. */
export function personOfTurn(context: TurnContext, deps: BotDependencies): Promise<Person | undefined> {
  return identifyPerson(deps.directory, callerOf(context));
}
