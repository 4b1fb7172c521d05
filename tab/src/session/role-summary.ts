import type { ApiRole } from '../api/api-client';

const roleNames: Record<ApiRole['role'], string> = {
  representative: 'School representative',
  chair: 'Community chair',
  officer: 'KCC officer',
  practitioner: 'Link practitioner',
  senInclusionAdviser: 'SEN Inclusion Adviser',
};

/** A short description of someone's roles: "Community chair, Dartford North…; …". */
export function roleSummary(roles: ApiRole[]): string {
  const parts = roles.map((r) => {
    const where = r.schoolName ?? r.communityName;
    return where ? `${roleNames[r.role]}, ${where}` : roleNames[r.role];
  });
  return parts.length > 3 ? `${parts.slice(0, 2).join('; ')}; and ${parts.length - 2} more` : parts.join('; ');
}
