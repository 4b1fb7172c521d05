import { writeFaqDocument } from '../domain/faq-document';
import { DEFAULT_THEMES } from '../domain/question-themes';
import { FAQ_SEED } from './faq-seed';

/** The starting FAQ as an importable document (`docs/starting-faq.md`): officers check it, then import what holds. */
export function startingFaqDocument(): string {
  const groups = DEFAULT_THEMES.map((theme) => ({
    theme: theme.name,
    entries: FAQ_SEED.filter((e) => e.themeId === theme.id).map((e) => ({ ...e, validUntil: e.validUntil ?? null })),
  })).filter((group) => group.entries.length > 0);
  return writeFaqDocument(groups, 'Locality Model for School Inclusion: starting FAQ');
}
