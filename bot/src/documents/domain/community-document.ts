import { isOfficer, type Person } from '../../directory';

/** What a document is, so people can find it: KCC's guidance, a community's papers, or a page on KELSI. */
export const DOCUMENT_KINDS = {
  guidance: 'Guidance',
  termsOfReference: 'Terms of reference',
  budget: 'Budget information',
  dashboard: 'Inclusion Dashboard',
  faq: 'FAQ',
  parents: 'For parents and carers',
  kelsi: 'KELSI page',
} as const;

/** One of the kinds of document. */
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** Who a document is for: everyone with a role, community chairs (and KCC), or the people of one community. */
export type DocumentAudience = { kind: 'all' } | { kind: 'chairs' } | { kind: 'community'; communityId: string };

/** A document or link officers keep for schools; `version` grows with each change, so a changed one is new again. */
export interface CommunityDocument {
  id: string;
  title: string;
  url: string;
  kind: DocumentKind;
  audience: DocumentAudience;
  version: number;
  updatedAtMs: number;
  updatedBy: string;
}

/** True when the person may see the document: officers see every one. */
export function canSeeDocument(person: Person, audience: DocumentAudience): boolean {
  if (isOfficer(person)) return true;
  if (audience.kind === 'all') return person.roles.length > 0;
  if (audience.kind === 'chairs') return person.roles.some((r) => r.role === 'chair');
  return person.roles.some((r) => r.communityId === audience.communityId);
}

/** "Everyone", "Community chairs", or the community's name. */
export function audienceLabel(audience: DocumentAudience, communityName?: string): string {
  if (audience.kind === 'all') return 'Everyone';
  if (audience.kind === 'chairs') return 'Community chairs';
  return communityName ?? 'One community';
}
