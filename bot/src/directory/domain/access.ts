import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { Person } from './person';

/** True for a KCC officer, who may act for every community. */
export function isOfficer(person: Person): boolean {
  return person.roles.some((r) => r.role === 'officer');
}

/** True for the chair of this community or an officer. */
export function canManageCommunity(person: Person, communityId: string): boolean {
  return isOfficer(person) || person.roles.some((r) => r.role === 'chair' && r.communityId === communityId);
}

/** True for anyone with a role in this community, and officers. */
export function canSeeCommunity(person: Person, communityId: string): boolean {
  return isOfficer(person) || person.roles.some((r) => r.communityId === communityId);
}

/** Refuses unless the person chairs this community or is an officer. */
export function requireCommunityManager(person: Person, communityId: string): void {
  if (!canManageCommunity(person, communityId)) {
    throw new UserFacingError('forbidden', 'Only the chair of this community or a KCC officer can do this.');
  }
}

/** Refuses unless the person has a role in this community or is an officer. */
export function requireCommunityMember(person: Person, communityId: string): void {
  if (!canSeeCommunity(person, communityId)) {
    throw new UserFacingError('forbidden', 'You can only see communities you have a role in.');
  }
}

/** Refuses unless the person is a KCC officer. */
export function requireOfficer(person: Person): void {
  if (!isOfficer(person)) throw new UserFacingError('forbidden', 'Only KCC officers can do this.');
}
