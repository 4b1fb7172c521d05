/** A theme questions and FAQ entries are filed under; officers route each theme to a channel. */
export interface QuestionTheme {
  id: string;
  name: string;
}

/** The themes the app starts with (KCC's induction themes); the list lives in the database and can change. */
export const DEFAULT_THEMES: readonly QuestionTheme[] = [
  { id: 'meetings', name: 'Meetings' },
  { id: 'parents-and-carers', name: 'Parents and carers' },
  { id: 'funding', name: 'Funding' },
  { id: 'prg', name: 'Professional Resource Group' },
  { id: 'link-practitioners', name: 'Link practitioners' },
  { id: 'requests', name: 'Requests' },
  { id: 'other', name: 'Other' },
];

/** The route key that sends every theme without its own channel to one channel. */
export const ALL_THEMES = 'all';

const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The theme a person means by a word or name ("funding", "PRG", "Parents and carers"), or `all`. */
export function themeNamed(words: string, themes: readonly QuestionTheme[]): string | undefined {
  const wanted = squash(words);
  if (wanted === '') return undefined;
  if (['all', 'everything', 'allthemes', 'any'].includes(wanted)) return ALL_THEMES;
  const exact = themes.find((t) => squash(t.id) === wanted || squash(t.name) === wanted);
  if (exact) return exact.id;
  const initials = themes.find((t) => squash(t.name.replace(/\b(\w)\w*/g, '$1')) === wanted);
  if (initials) return initials.id;
  const prefixed = themes.filter((t) => squash(t.name).startsWith(wanted));
  return prefixed.length === 1 ? prefixed[0]?.id : undefined;
}
