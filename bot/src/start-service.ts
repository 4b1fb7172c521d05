import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { sql } from 'kysely';
import { isDirectoryEmpty, seedDemoData } from './demo/seed-demo-data';
import { DirectoryRepository } from './directory/store/directory-repository';
import { PrgDirectoryRepository } from './directory/store/prg-directory-repository';
import { fundingService } from './funding/app/funding-service';
import { fundingRepositories } from './funding/store/funding-repository';
import { botEndpoint, loopbackOnly } from './platform/bot/bot-endpoint';
import { CommunitiesBot } from './platform/bot/communities-bot';
import { createCloudAdapter } from './platform/bot/create-cloud-adapter';
import type { AppConfig } from './platform/config';
import { ConversationRefsRepository } from './platform/conversations/conversation-refs-repository';
import { migrateToLatest } from './platform/db/migrate';
import { openDatabase } from './platform/db/open-database';
import { DevTokens } from './platform/http/auth/dev-tokens';
import { EntraTokens } from './platform/http/auth/entra-tokens';
import { createHttpApp } from './platform/http/create-http-app';
import type { Logger } from './platform/logging/logger';
import { OutboxRepository } from './platform/outbox/outbox-repository';
import { startBackgroundWork } from './platform/outbox/start-background-work';
import { composeQuestions } from './questions/compose-questions';
import { CycleRunner } from './scheduling/app/cycle-runner';
import { schedulingService } from './scheduling/app/scheduling-service';
import { AppOnlyToken } from './scheduling/calendar/graph/app-only-token';
import { createGraphClient } from './scheduling/calendar/graph/create-graph-client';
import { GraphCalendar } from './scheduling/calendar/graph/graph-calendar';
import { LocalCalendar } from './scheduling/calendar/local/local-calendar';
import { MeetingsRepository } from './scheduling/store/meetings-repository';
import { CycleCardRefresher } from './scheduling/teams/cycle-card-refresher';
import { finishedCycleCard } from './scheduling/teams/finished-cycle-view';

/** A running service: its HTTP server, the port it listens on and how to stop it cleanly. */
export interface RunningService {
  server: Server;
  port: number;
  engine: 'pglite' | 'postgres';
  stop(): Promise<void>;
}

/** The composition root: opens and migrates the database, wires adapters to ports and starts listening. */
export async function startService(
  config: AppConfig,
  logger: Logger,
  clock: () => number = Date.now,
): Promise<RunningService> {
  const { db, engine } = await openDatabase(config.database, (err) =>
    logger.warn({ err }, 'a database connection was dropped'),
  );
  const migrated = await migrateToLatest(db);
  if (migrated.length > 0) logger.info({ migrated }, 'database migrated');
  if (config.seedDemoData && (await isDirectoryEmpty(db))) {
    logger.info(await seedDemoData(db), 'demo data loaded into an empty database');
  }

  const directory = new DirectoryRepository(db);
  const calendar = config.graph
    ? new GraphCalendar(createGraphClient(new AppOnlyToken(config.graph)))
    : new LocalCalendar();
  const schedulingPorts = { meetings: new MeetingsRepository(db), calendar, now: clock };
  const cycleRunner = new CycleRunner(schedulingPorts);
  const scheduling = schedulingService(schedulingPorts, config.scheduling, cycleRunner, (err, cycleId) =>
    logger.error({ err, cycleId }, 'creating calendar events failed'),
  );
  const conversationRefs = new ConversationRefsRepository(db);
  const funding = fundingService({ ...fundingRepositories(db), directory, now: clock, newId: randomUUID });
  const adapter = createCloudAdapter(config.bot, logger);
  const cycleCards = new CycleCardRefresher(adapter, config.bot?.appId ?? '', logger);
  const questions = await composeQuestions(db, adapter, config.bot?.appId ?? '', conversationRefs, logger);
  const bot = new CommunitiesBot({
    directory,
    conversationRefs,
    logger,
    scheduling,
    cycleCards,
    questions: questions.service,
    funding,
  });
  cycleRunner.onFinished((cycle) => cycleCards.cycleFinished(cycle, (c) => finishedCycleCard(schedulingPorts, c)));
  const devTokens = config.mode === 'local' ? new DevTokens(config.devTokenSecret) : undefined;
  const entraTokens = config.sso ? new EntraTokens(config.sso) : undefined;
  const tokenVerifier = entraTokens ?? devTokens;
  if (!tokenVerifier) throw new Error('No way to verify tab sign-in tokens: set AAD_APP_CLIENT_ID.');

  const app = createHttpApp({
    engine,
    pingDatabase: async () => {
      await sql`select 1`.execute(db);
    },
    directory,
    tokenVerifier: devTokens && entraTokens ? firstThatAccepts(entraTokens, devTokens) : tokenVerifier,
    devTokens,
    scheduling,
    funding,
    questions: questions.service,
    prgDirectory: new PrgDirectoryRepository(db),
    botMessages: config.bot ? [botEndpoint(adapter, bot)] : [loopbackOnly(), botEndpoint(adapter, bot)],
    tabDistDir: config.tabDistDir,
    logger,
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  cycleRunner.resumeUnfinished().catch((err: unknown) => logger.error({ err }, 'resuming calendar work failed'));
  const background = startBackgroundWork({
    config,
    adapter,
    outbox: new OutboxRepository(db),
    meetings: schedulingPorts.meetings,
    conversationRefs,
    afterSend: questions.afterSend,
    now: clock,
    logger,
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    port,
    engine,
    stop: async () => {
      await background.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await db.destroy();
    },
  };
}

function firstThatAccepts(first: EntraTokens, second: DevTokens) {
  return {
    verify: async (token: string) => first.verify(token).catch(() => second.verify(token)),
  };
}
