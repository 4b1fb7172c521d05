import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { ALL_THEMES, themeNamed } from '../domain/question-themes';
import type { QuestionsPorts } from './ports';

/** Where a theme's questions now go, named for the officer. */
export interface RouteSet {
  themeKey: string;
  themeName: string;
}

/** "set question channel <theme|all>": an officer routes a theme's questions (or every theme's) to a channel. */
export async function routeTheme(
  ports: QuestionsPorts,
  person: Person,
  themeWords: string,
  conversationId: string,
): Promise<RouteSet> {
  requireOfficer(person);
  const themes = await ports.faq.themes();
  const themeKey = themeNamed(themeWords, themes);
  if (!themeKey) {
    throw new UserFacingError(
      'invalid',
      `Say which theme this channel takes: "all", or one of ${themes.map((t) => `"${t.name}"`).join(', ')}.`,
    );
  }
  if (ports.knownChannel && !(await ports.knownChannel(conversationId))) {
    throw new UserFacingError('invalid', 'The app is not installed in that channel: add it to the team first.', {
      conversationId: 'a channel where the app is installed',
    });
  }
  await ports.questions.setRoute(themeKey, conversationId, person.id);
  const themeName = themeKey === ALL_THEMES ? 'all themes' : (themes.find((t) => t.id === themeKey)?.name ?? themeKey);
  return { themeKey, themeName };
}

/** Each theme and the channel its questions go to (null where none is set and no channel takes all themes). */
export async function questionRoutes(ports: QuestionsPorts, person: Person) {
  requireOfficer(person);
  const [themes, routes] = await Promise.all([ports.faq.themes(), ports.questions.routes()]);
  return themes.map((t) => ({
    themeId: t.id,
    themeName: t.name,
    conversationId: routes.get(t.id) ?? routes.get(ALL_THEMES) ?? null,
  }));
}
