import type { Person, RoleKind } from './person';

/** Something a person can do from the welcome card; `verb` is the card action that starts it. */
export interface RoleAction {
  verb: string;
  title: string;
}

const actionsByRole: Record<RoleKind, RoleAction[]> = {
  representative: [
    { verb: 'requestFunding', title: 'Request funding' },
    { verb: 'myRequests', title: 'My requests' },
    { verb: 'nextMeeting', title: 'Next meeting' },
    { verb: 'budget', title: 'Community budget' },
    { verb: 'ask', title: 'Ask KCC a question' },
  ],
  chair: [
    { verb: 'planMeetings', title: 'Plan meetings' },
    { verb: 'nextMeeting', title: 'Next meeting' },
    { verb: 'agenda', title: 'Next agenda' },
    { verb: 'budget', title: 'Community budget' },
  ],
  officer: [
    { verb: 'questions', title: 'Open questions' },
    { verb: 'planKit', title: 'Plan KiT meetings' },
    { verb: 'communityBudgets', title: 'Community budgets' },
  ],
  practitioner: [{ verb: 'myCommunities', title: 'My communities' }],
  senInclusionAdviser: [{ verb: 'myCommunities', title: 'My communities' }],
};

/** What a role needs to know before its first week: for officers, how questions reach their channel. */
const noteByRole: Partial<Record<RoleKind, string>> = {
  officer:
    "Schools' questions reach a Teams channel only after an officer, in that channel, mentions the app with `set question channel all` (or one theme: `set question channel Funding`). *Open questions* shows where each theme goes and which reach no channel yet.",
};

/** The notes a person's roles carry on their welcome card, each once. */
export function notesFor(person: Person): string[] {
  return [...new Set(person.roles.flatMap(({ role }) => noteByRole[role] ?? []))];
}

/** The actions a person's roles offer, each once, in the order of their roles. */
export function actionsFor(person: Person): RoleAction[] {
  const seen = new Set<string>();
  const actions: RoleAction[] = [];
  for (const { role } of person.roles) {
    for (const action of actionsByRole[role]) {
      if (seen.has(action.verb)) continue;
      seen.add(action.verb);
      actions.push(action);
    }
  }
  return actions;
}
