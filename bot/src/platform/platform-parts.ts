import type { CloudAdapter } from 'botbuilder';
import type { Kysely } from 'kysely';
import type { AppConfig } from './config';
import type { ConversationRefsPort } from './conversations/conversation-refs';
import type { InProcessNotifications } from './db/open-database';
import type { Database } from './db/schema';
import type { GraphClient } from './graph/create-graph-client';
import type { RateLimits } from './limits/rate-limits';
import type { Logger } from './logging/logger';

/** What every feature's composition is given: settings, the database, logging, time, ids and the bot's adapter. */
export interface PlatformParts {
  config: AppConfig;
  db: Kysely<Database>;
  logger: Logger;
  /** The current instant (ms); tests fix it. */
  clock: () => number;
  newId: () => string;
  adapter: CloudAdapter;
  botAppId: string;
  conversationRefs: ConversationRefsPort;
  /** Per-person limits on writes and searches; features spend them at their edges. */
  rateLimits: RateLimits;
  /** Microsoft Graph (app-only), when configured; one client and one token cache for every feature. */
  graph?: GraphClient;
  /** The embedded database's notifications, delivered at commit (PGlite only: one process holds the database). */
  notifications?: InProcessNotifications;
}
