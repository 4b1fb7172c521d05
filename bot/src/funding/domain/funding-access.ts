import type { Person } from '../../directory';
import { isOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';

/** True when the person is the school's registered representative. */
function representsSchool(person: Person, schoolId: string): boolean {
  return person.roles.some((r) => r.role === 'representative' && r.schoolId === schoolId);
}

/** True when the person chairs the community. */
function chairsCommunity(person: Person, communityId: string): boolean {
  return person.roles.some((r) => r.role === 'chair' && r.communityId === communityId);
}

/** True when the person may read a school's funding requests: its representative, the chair, the SEN IA, officers. */
export function canSeeFundingRequestsOf(person: Person, school: { id: string; communityId: string }): boolean {
  return (
    isOfficer(person) ||
    representsSchool(person, school.id) ||
    person.roles.some(
      (r) => (r.role === 'chair' || r.role === 'senInclusionAdviser') && r.communityId === school.communityId,
    )
  );
}

/** Refuses unless the person is the school's representative (the one with delegated authority to request funds). */
export function requireRepresentativeOf(person: Person, schoolId: string): void {
  if (!representsSchool(person, schoolId)) {
    throw new UserFacingError(
      'forbidden',
      "Only the school's registered representative can do this. Register as the representative first if you hold delegated authority to request funds.",
    );
  }
}

/** Refuses unless the person chairs the community (decisions are the community's, recorded by its chair). */
export function requireChairOf(person: Person, communityId: string): void {
  if (!chairsCommunity(person, communityId)) {
    throw new UserFacingError('forbidden', 'Only the chair of this community can record decisions on its requests.');
  }
}
