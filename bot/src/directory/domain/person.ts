/** The kinds of role a person can hold in the Locality Model. */
export type RoleKind = 'representative' | 'chair' | 'officer' | 'practitioner' | 'senInclusionAdviser';

/** One role of a person, scoped to a community or school where it applies. */
export interface RoleAssignment {
  role: RoleKind;
  communityId?: string;
  communityName?: string;
  schoolId?: string;
  schoolName?: string;
}

/** A person known to the app and what they may do. */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  aadObjectId: string | null;
  jobTitle: string | null;
  roles: RoleAssignment[];
}

/** How a role reads to a person ("Chair", "School representative", ...). */
export const roleLabels: Record<RoleKind, string> = {
  representative: 'School representative',
  chair: 'Community chair',
  officer: 'KCC officer',
  practitioner: 'Link practitioner',
  senInclusionAdviser: 'SEN Inclusion Adviser',
};

/** A one-line description of a role, naming where it applies ("Community chair, Dartford North"). */
export function describeRole(assignment: RoleAssignment): string {
  const where = assignment.schoolName ?? assignment.communityName;
  return where ? `${roleLabels[assignment.role]}, ${where}` : roleLabels[assignment.role];
}
