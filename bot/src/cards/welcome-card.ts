import { describeRole, type Person } from '../domain/person';
import type { RoleAction } from '../domain/role-actions';
import { type AdaptiveCard, adaptiveCard, executeAction, text } from './adaptive-card';

/** Teams shows at most six actions on a card. */
const MAX_ACTIONS = 6;

/** The welcome for a known person: who they are here and the actions their roles offer. */
export function welcomeCard(person: Person, actions: RoleAction[]): AdaptiveCard {
  const roles = person.roles.map((r) => ({ title: '•', value: describeRole(r) }));
  return adaptiveCard(
    [
      text(`Hello, ${person.displayName}`, { size: 'Large', weight: 'Bolder', style: 'heading' }),
      text('Communities of Schools helps Kent schools, chairs and KCC run the Locality Model for School Inclusion.', {
        isSubtle: true,
      }),
      ...(roles.length > 0
        ? [text('You are here as:', { weight: 'Bolder', spacing: 'Medium' }), { type: 'FactSet', facts: roles }]
        : [text('You have no role in a community yet. Ask your school or KCC to add you.')]),
      text('What would you like to do?', { spacing: 'Medium' }),
    ],
    actions.slice(0, MAX_ACTIONS).map((a) => executeAction(a.title, a.verb)),
  );
}
