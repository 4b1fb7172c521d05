import { type AdaptiveCard, adaptiveCard, executeAction, text } from '../../platform/cards/adaptive-card';
import { describeRole, type Person } from '../domain/person';
import { notesFor, type RoleAction } from '../domain/role-actions';

/** Hosts show at most five actions in a row (the SDK's default host config enforces it). */
const ACTIONS_PER_ROW = 5;

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
      ...notesFor(person).map((note) => text(note, { wrap: true, isSubtle: true, spacing: 'Medium' })),
      text('What would you like to do?', { spacing: 'Medium' }),
      ...moreActions(actions.slice(ACTIONS_PER_ROW)),
    ],
    actions.slice(0, ACTIONS_PER_ROW).map((a) => executeAction(a.title, a.verb)),
  );
}

function moreActions(actions: RoleAction[]) {
  const rows = [];
  for (let i = 0; i < actions.length; i += ACTIONS_PER_ROW) {
    rows.push({
      type: 'ActionSet',
      actions: actions.slice(i, i + ACTIONS_PER_ROW).map((a) => executeAction(a.title, a.verb)),
    });
  }
  return rows;
}
