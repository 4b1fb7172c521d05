import type { TurnContext } from 'botbuilder';
import { callerOf } from '../../platform/bot/turn-caller';
import { identifyPerson } from '../app/identify-person';
import type { DirectoryPort } from '../app/ports';
import type { Person } from '../domain/person';

/** The known person who sent this activity, if any. */
export function personOfTurn(context: TurnContext, deps: { directory: DirectoryPort }): Promise<Person | undefined> {
  return identifyPerson(deps.directory, callerOf(context));
}
