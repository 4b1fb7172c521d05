import type { RequestHandler, Router } from 'express';
import type { BotHome } from '../platform/bot/bot-routes';
import type { Feature, FeatureMigrations } from '../platform/feature';
import type { DevTokens } from '../platform/http/auth/dev-tokens';
import type { TokenVerifier } from '../platform/http/auth/token-verifier';
import type { RecipientsPort } from '../platform/outbox/reach/reach-ports';
import type { PlatformParts } from '../platform/platform-parts';
import { devRoutes } from './api/dev-routes';
import { directoryRoutes } from './api/directory-routes';
import { meRoutes } from './api/me-routes';
import { requirePerson } from './api/require-person';
import { CachedDirectory } from './app/cached-directory';
import type { DirectoryPort } from './app/ports';
import type { Person } from './domain/person';
import { DirectoryRepository } from './store/directory-repository';
import { directoryVersionSource } from './store/directory-version';
import * as schoolStaff from './store/migrations/0006-school-staff';
import * as directoryVersion from './store/migrations/0018-directory-version';
import { PrgDirectoryRepository } from './store/prg-directory-repository';
import { RecipientsRepository } from './store/recipients-repository';
import type { DirectoryTeamsDeps } from './teams/directory-teams-deps';
import { personOfTurn } from './teams/person-of-turn';
import { unknownPersonCard } from './teams/unknown-person-card';
import { sendSharedChatWelcome, welcomeCardFor } from './teams/welcome';

/** The directory's own migrations (its first tables are in platform's 0001, which predates the split). */
export const directoryMigrations: FeatureMigrations = {
  '0006-school-staff': schoolStaff,
  '0018-directory-version': directoryVersion,
};

/** The directory wired: the feature, the bot's home (who is speaking, welcome cards), sign-in for the API. */
export interface ComposedDirectory {
  feature: Feature<Person>;
  directory: DirectoryPort;
  home: BotHome<Person>;
  /** The API's sign-in: a valid token of a known person, who is then the request's person. */
  signIn: RequestHandler;
  /** Local mode only: the dev sign-in routes. */
  devRoutes?: Router;
  /** Who a notification is for, when the outbox must reach them outside a chat with the bot. */
  recipients: RecipientsPort;
}

/** People, roles, communities, schools and PRG contacts, wired to the store, Teams and the API. */
export function composeDirectory(
  platform: PlatformParts,
  tokens: { verifier: TokenVerifier; dev?: DevTokens },
): ComposedDirectory {
  const directory = new CachedDirectory(
    new DirectoryRepository(platform.db),
    directoryVersionSource(platform.db, platform.notifications),
  );
  const deps: DirectoryTeamsDeps = { directory, conversationRefs: platform.conversationRefs };
  return {
    feature: {
      name: 'directory',
      routes: [meRoutes(), directoryRoutes(new PrgDirectoryRepository(platform.db))],
    },
    directory,
    home: {
      identify: (context) => personOfTurn(context, deps),
      welcomeCard: (context) => welcomeCardFor(context, deps),
      welcomeSharedChat: (context) => sendSharedChatWelcome(context, deps),
      unknownPersonCard: (context) => unknownPersonCard(context.activity.from?.name),
      rolesOf: (person) => [...new Set(person.roles.map((r) => r.role))].sort().join(','),
    },
    signIn: requirePerson(tokens.verifier, directory),
    devRoutes: tokens.dev ? devRoutes(directory, tokens.dev) : undefined,
    recipients: new RecipientsRepository(platform.db),
  };
}
