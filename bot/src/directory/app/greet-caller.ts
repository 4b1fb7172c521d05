import type { ConversationRef, ConversationRefsPort } from '../../platform/conversations/conversation-refs';
import type { Person } from '../domain/person';
import { actionsFor, type RoleAction } from '../domain/role-actions';
import { type Caller, identifyPerson } from './identify-person';
import type { DirectoryPort } from './ports';

/** The ports greeting needs. */
export interface GreetPorts {
  directory: DirectoryPort;
  conversationRefs: ConversationRefsPort;
}

/** Who the caller is and what they can do; `person` is absent for someone the app does not know. */
export interface Greeting {
  person?: Person;
  actions: RoleAction[];
}

/** Recognises the caller, remembers the conversation for later notifications and lists their actions. */
export async function greetCaller(
  ports: GreetPorts,
  caller: Caller,
  conversation: Omit<ConversationRef, 'personId'>,
): Promise<Greeting> {
  const person = await identifyPerson(ports.directory, caller);
  const isPersonalChat = conversation.conversationType === 'personal';
  await ports.conversationRefs.save({ ...conversation, personId: isPersonalChat && person ? person.id : null });
  return person ? { person, actions: actionsFor(person) } : { actions: [] };
}
