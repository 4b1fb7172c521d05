import { buildDemoDirectory, type DemoPerson } from '../../bot/src/directory/demo/demo-directory';
import type { RoleKind } from '../../bot/src/directory/domain/person';

const directory = buildDemoDirectory();

function personWith(role: RoleKind, where: { communityId?: string; schoolId?: string }): DemoPerson {
  const person = directory.people.find((p) =>
    p.roles.some(
      (r) =>
        r.role === role &&
        (!where.communityId || r.communityId === where.communityId) &&
        (!where.schoolId || r.schoolId === where.schoolId),
    ),
  );
  if (!person) throw new Error(`The demo directory has no ${role} for ${JSON.stringify(where)}`);
  return person;
}

const community = directory.communities[2] as DemoDirectory['communities'][number];
const otherCommunity = directory.communities[3] as DemoDirectory['communities'][number];
const school = directory.schools.find((s) => s.communityId === community.id) as DemoDirectory['schools'][number];
const schools = directory.schools.filter((s) => s.communityId === community.id);
const otherSchool = directory.schools.find(
  (s) => s.communityId === otherCommunity.id,
) as DemoDirectory['schools'][number];

type DemoDirectory = ReturnType<typeof buildDemoDirectory>;

/** The people and places the funding tests act with: one community, one of its schools, and outsiders to both. */
export const fundingCast = {
  directory,
  community,
  otherCommunity,
  school,
  /** A second school of the same community. */
  neighbourSchool: schools[1] as DemoDirectory['schools'][number],
  otherSchool,
  representative: personWith('representative', { schoolId: school.id }),
  neighbourRepresentative: personWith('representative', { schoolId: (schools[1] as { id: string }).id }),
  otherRepresentative: personWith('representative', { schoolId: otherSchool.id }),
  chair: personWith('chair', { communityId: community.id }),
  otherChair: personWith('chair', { communityId: otherCommunity.id }),
  officer: personWith('officer', {}),
  practitioner: personWith('practitioner', { communityId: community.id }),
  adviser: personWith('senInclusionAdviser', { communityId: community.id }),
};

/** A valid funding request body for a school, with fields overridden as a test needs. */
export function requestBody(schoolId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schoolId,
    pupilReference: 'Y4-017',
    yearGroup: '4',
    requestType: 'individual',
    areasOfNeed: ['communicationAndInteraction'],
    currentProvision: 'Daily language group from the notional SEN budget (the first £6,000).',
    whatIsWorking: 'Visual timetable reduces distress at transitions.',
    hopedForOutcomes: 'Joins whole-class lessons for 30 minutes.',
    nextSteps: 'Speech and language therapy review in six weeks.',
    amountPence: 250050,
    periodStart: '2026-09-01',
    periodEnd: '2027-07-21',
    prgServiceIds: ['speech-and-language-therapy'],
    ...overrides,
  };
}
