import type { TurnContext } from 'botbuilder';
import { identifyPerson } from '../app/identify-person';
import type { Person } from '../domain/person';
import type { BotDependencies } from './bot-dependencies';
import { callerOf } from './turn-caller';

/** The known person who sent this activity, if any. */
export function personOfTurn(context: TurnContext, deps: BotDependencies): Promise<Person | undefined> {
  return identifyPerson(deps.directory, callerOf(context));
}
