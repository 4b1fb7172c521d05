import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { ALL_THEMES, type QuestionTheme } from '../domain/question-themes';
import type { QuestionsPorts } from './ports';

/** A theme as an officer lists it: an existing one by id (renamed if the name changed), or a new one by name. */
export interface ThemeInput {
  id?: string;
  name: string;
}

/** The most themes the ask form offers. */
const MAX_THEMES = 20;

/** Replaces the themes questions are filed under (officers); a theme left out is retired and keeps its history. */
export async function setThemes(
  ports: QuestionsPorts,
  person: Person,
  input: readonly ThemeInput[],
): Promise<QuestionTheme[]> {
  requireOfficer(person);
  const existing = new Set((await ports.faq.themes()).map((t) => t.id));
  const taken = new Set([...existing, ...input.flatMap((t) => (t.id ? [t.id] : []))]);
  const themes = input.map((t) => ({ id: t.id?.trim() || freeId(slug(t.name), taken), name: t.name.trim() }));
  const names = new Set(themes.map((t) => t.name.toLowerCase()));
  const problem =
    themes.length === 0 || themes.length > MAX_THEMES
      ? `List 1 to ${MAX_THEMES} themes.`
      : themes.some((t) => t.name.length < 2 || t.name.length > 60)
        ? 'Give each theme a name of 2 to 60 characters.'
        : input.some((t) => t.id && !existing.has(t.id))
          ? 'Rename a theme in use by its id; give a new theme by its name alone.'
          : names.size !== themes.length || new Set(themes.map((t) => t.id)).size !== themes.length
            ? 'Give each theme a different name.'
            : themes.some((t) => t.id === ALL_THEMES || t.id.length < 2)
              ? `Choose another name for "${themes.find((t) => t.id === ALL_THEMES || t.id.length < 2)?.name}".`
              : undefined;
  if (problem) throw new UserFacingError('invalid', problem, { themes: problem });
  return ports.faq.setThemes(themes, person.id);
}

function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
