import type { EventAudience, KentEvent } from './kent-event';

/** Job titles that make someone a headteacher for an event's audience (the same pattern the store's query uses). */
export const HEADTEACHER_TITLES = 'head ?teacher|principal|head of school';

/** What decides whether a person is in an event's audience: their job title and their roles, each with its area. */
export interface AudienceFacts {
  jobTitle: string | null;
  roles: { role: string; areaId: string | null }[];
}

const matchesRole = (audience: EventAudience, role: string, jobTitle: string | null): boolean => {
  if (audience === 'chairs') return role === 'chair';
  if (audience === 'representatives') return role === 'representative';
  if (audience === 'headteachers') return new RegExp(HEADTEACHER_TITLES, 'i').test(jobTitle ?? '');
  return true;
};

/**
 * Whether someone is in an event's audience: one of their roles fits it, in one of the event's areas (any area for
 * an all-Kent event; officers work Kent-wide, so their role is in every area).
 */
export function isInAudience(event: Pick<KentEvent, 'audience' | 'areaIds'>, facts: AudienceFacts): boolean {
  return facts.roles.some(
    (r) =>
      matchesRole(event.audience, r.role, facts.jobTitle) &&
      (event.areaIds.length === 0 || r.role === 'officer' || (r.areaId !== null && event.areaIds.includes(r.areaId))),
  );
}
