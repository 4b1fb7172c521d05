import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Express } from 'express';
import type { Kysely, Migration } from 'kysely';
import { bootstrapRoutes } from './directory/api/bootstrap-routes';
import { composeDirectory, directoryMigrations } from './directory/compose-directory';
import { composeDocuments, documentsMigrations } from './documents/compose-documents';
import { composeEvents, eventsMigrations } from './events/compose-events';
import { composeFunding, fundingMigrations } from './funding/compose-funding';
import { activityShape } from './platform/bot/activity-shape';
import { bearerRequired, botEndpoint, loopbackOnly } from './platform/bot/bot-endpoint';
import type { BotRoutes } from './platform/bot/bot-routes';
import { CommunitiesBot } from './platform/bot/communities-bot';
import { createCloudAdapter } from './platform/bot/create-cloud-adapter';
import type { AppConfig } from './platform/config';
import { ConversationRefsRepository } from './platform/conversations/conversation-refs-repository';
import { DatabaseJobLeases } from './platform/db/job-leases-repository';
import { migrateToLatest, platformMigrations } from './platform/db/migrate';
import { openDatabase, pingDatabase } from './platform/db/open-database';
import { gatherPlannerStatistics } from './platform/db/planner-statistics';
import { forgetExpiredRateLimits, postgresLimiters } from './platform/db/rate-limit-counters';
import type { Database } from './platform/db/schema';
import type { Feature, PageFirstReads } from './platform/feature';
import { AppOnlyToken } from './platform/graph/app-only-token';
import { createGraphClient, type GraphClient } from './platform/graph/create-graph-client';
import { GraphAppInstaller } from './platform/graph/graph-app-installer';
import { GraphMailer } from './platform/graph/graph-mailer';
import { answerClientErrors } from './platform/http/answer-client-errors';
import { signInTokens } from './platform/http/auth/sign-in-tokens';
import { createHttpApp } from './platform/http/create-http-app';
import { startingResponder } from './platform/http/starting-responder';
import type { LimiterFactory } from './platform/limits/rate-limits';
import { createRateLimits } from './platform/limits/rate-limits';
import type { Logger } from './platform/logging/logger';
import { registerOutboxGauges } from './platform/outbox/outbox-gauges';
import { OutboxRepository } from './platform/outbox/outbox-repository';
import { LocalMailFolder } from './platform/outbox/reach/local-mail-folder';
import type { RecipientsPort } from './platform/outbox/reach/reach-ports';
import { startBackgroundWork } from './platform/outbox/start-background-work';
import type { PlatformParts } from './platform/platform-parts';
import { composeQuestions, questionsMigrations } from './questions/compose-questions';
import { composeScheduling, schedulingMigrations } from './scheduling/compose-scheduling';
import { isDirectoryEmpty, seedDemoData } from './seed-demo-data';

/** Every feature's migrations; the migrator runs them in name order. */
export const allMigrations: Record<string, Migration> = {
  ...platformMigrations,
  ...directoryMigrations,
  ...schedulingMigrations,
  ...fundingMigrations,
  ...questionsMigrations,
  ...documentsMigrations,
  ...eventsMigrations,
};

/** A running service: its HTTP server, the port it listens on and how to stop it cleanly. */
export interface RunningService {
  server: Server;
  /** The HTTP app the server hands requests to once started (tests walk its routes). */
  app: Express;
  port: number;
  engine: 'pglite' | 'postgres';
  /** The open database (tests read what was stored, e.g. how the outbox delivered a notification). */
  db: Kysely<Database>;
  stop(): Promise<void>;
}

/**
 * The assembly: listens first (a port in use fails before the database is touched; while starting, every request
 * gets a 503 with Retry-After), then opens and migrates the database, composes the features, gathers their parts
 * and hands the port to the app. `stop()` drains: not ready, no new connections, in-flight requests and background
 * work finished, the cycle runner idle, then the database closed.
 */
export async function startService(
  config: AppConfig,
  logger: Logger,
  clock: () => number = Date.now,
  seams: ServiceSeams = {},
): Promise<RunningService> {
  let handle: RequestListener = startingResponder();
  const server = createServer((req, res) => handle(req, res));
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  try {
    const assembled = await assemble(config, logger, clock, seams);
    handle = assembled.app;
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      server,
      app: assembled.app,
      port,
      engine: assembled.engine,
      db: assembled.db,
      stop: () => assembled.stop(server),
    };
  } catch (error) {
    server.close();
    throw error;
  }
}

/** What tests may put in place of the outside world: the network msal-node reaches Entra ID through. */
export interface ServiceSeams {
  entraNetwork?: ConstructorParameters<typeof AppOnlyToken>[1];
}

async function assemble(config: AppConfig, logger: Logger, clock: () => number, seams: ServiceSeams) {
  const { db, engine, pool, notifications } = await openDatabase(config.database, (err) =>
    logger.warn({ err }, 'a database connection was dropped'),
  );
  const migrated = await migrateToLatest(db, allMigrations);
  if (migrated.length > 0) logger.info({ migrated }, 'database migrated');
  if (config.seedDemoData && (await isDirectoryEmpty(db))) {
    logger.info(await seedDemoData(db), 'demo data loaded into an empty database');
  }

  const botTenants = config.sso?.allowedTenantIds ?? (config.bot?.tenantId ? [config.bot.tenantId] : []);
  const adapter = createCloudAdapter(config.bot, botTenants, logger);
  const conversationRefs = new ConversationRefsRepository(db);
  const sharedLimiters = pool ? postgresLimiters(pool) : undefined;
  const graph = config.graph
    ? createGraphClient(new AppOnlyToken(config.graph, seams.entraNetwork), config.graph.baseUrl)
    : undefined;
  const platform: PlatformParts = {
    config,
    db,
    logger,
    clock,
    newId: randomUUID,
    adapter,
    botAppId: config.bot?.appId ?? '',
    conversationRefs,
    rateLimits: createRateLimits(config.rateLimits, logger, sharedLimiters),
    graph,
    notifications,
  };
  const tokens = signInTokens(config);
  const directory = composeDirectory(platform, tokens);
  registerOutboxGauges(db, clock);
  const documents = await composeDocuments(platform);
  const features = [
    directory.feature,
    composeScheduling(platform, directory.directory),
    composeFunding(platform, directory.directory, documents.meetingPapers),
    await composeQuestions(platform, directory.directory),
    documents.feature,
    await composeEvents(platform),
  ];

  let stopping = false;
  const bot = new CommunitiesBot(botRoutesOf(features, directory.home));
  const app = createHttpApp({
    engine,
    pingDatabase: () => pingDatabase(db),
    isReady: () => !stopping,
    botMessages: config.bot
      ? [bearerRequired(), activityShape(), botEndpoint(adapter, bot)]
      : [loopbackOnly(), activityShape(), botEndpoint(adapter, bot)],
    signIn: directory.signIn,
    devRoutes: directory.devRoutes,
    routes: [...features.flatMap((f) => f.routes ?? []), bootstrapRoutes(firstReadsOf(features))],
    tabDistDir: config.tabDistDir,
    strictTransportSecurity: config.mode === 'production',
    logger,
  });

  for (const feature of features) feature.start?.();
  const background = startBackgroundWork({
    adapter,
    botAppId: platform.botAppId,
    outbox: new OutboxRepository(db),
    conversationRefs,
    notificationCards: Object.assign({}, ...features.map((f) => f.notificationCards ?? {})),
    afterSend: features.flatMap((f) => (f.afterSend ? [f.afterSend] : [])),
    reach: reachParts(config, directory.recipients, graph, sharedLimiters),
    jobs: [
      forgetExpiredRateLimits(db),
      ...(engine === 'pglite' ? [gatherPlannerStatistics(db)] : []),
      ...features.flatMap((f) => f.jobs ?? []),
    ],
    leases: new DatabaseJobLeases(db),
    limiterFor: sharedLimiters,
    logger,
  });
  return {
    app,
    engine,
    db,
    stop: async (server: Server) => {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.all([closed, background.stop(), ...features.map((f) => f.stop?.())]);
      await db.destroy();
    },
  };
}

/** How the outbox reaches people without a chat with the bot: Graph installs and mail, or a local mail folder. */
function reachParts(
  config: AppConfig,
  recipients: RecipientsPort,
  graph: GraphClient | undefined,
  limiterFor: LimiterFactory | undefined,
) {
  const { reach } = config;
  const installer =
    graph && config.graph && config.teamsAppId
      ? new GraphAppInstaller(graph, {
          tenantId: config.graph.tenantId,
          manifestAppId: config.teamsAppId,
          graphBaseUrl: config.graph.baseUrl,
        })
      : undefined;
  const mailer = graph
    ? new GraphMailer(graph, reach.mailbox, limiterFor)
    : reach.localMailDir
      ? new LocalMailFolder(reach.localMailDir)
      : undefined;
  return { recipients, installer, mailer, defaultServiceUrl: reach.defaultServiceUrl, appUrl: config.publicBaseUrl };
}

/** The tab's pages' first reads, gathered from the features that serve them (one feature per page). */
function firstReadsOf<P>(features: Feature<P>[]): Record<string, PageFirstReads<P>> {
  return Object.assign({}, ...features.map((f) => f.firstReads ?? {}));
}

function botRoutesOf<P>(features: Feature<P>[], home: BotRoutes<P>['home']): BotRoutes<P> {
  return {
    home,
    cardVerbs: Object.assign({}, ...features.map((f) => f.cardVerbs ?? {})),
    textCommands: features.flatMap((f) => f.textCommands ?? []),
    messageExtensions: features.flatMap((f) => f.messageExtensions ?? []),
  };
}
