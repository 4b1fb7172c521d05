import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { sql } from 'kysely';
import { DevTokens } from './api/auth/dev-tokens';
import { EntraTokens } from './api/auth/entra-tokens';
import { createHttpApp } from './api/create-http-app';
import { fundingService } from './app/funding/funding-service';
import { CycleRunner } from './app/scheduling/cycle-runner';
import { schedulingService } from './app/scheduling/scheduling-service';
import { AppOnlyToken } from './calendar/graph/app-only-token';
import { createGraphClient } from './calendar/graph/create-graph-client';
import { GraphCalendar } from './calendar/graph/graph-calendar';
import { LocalCalendar } from './calendar/local/local-calendar';
import { startBackgroundWork } from './compose-background';
import { composeQuestions } from './compose-questions';
import type { AppConfig } from './config';
import type { Logger } from './logging/logger';
import { ConversationRefsRepository } from './store/conversation-refs-repository';
import { isDirectoryEmpty, seedDemoData } from './store/demo/seed-demo-data';
import { DirectoryRepository } from './store/directory-repository';
import { fundingRepositories } from './store/funding-repository';
import { MeetingsRepository } from './store/meetings-repository';
import { migrateToLatest } from './store/migrate';
import { openDatabase } from './store/open-database';
import { OutboxRepository } from './store/outbox-repository';
import { PrgDirectoryRepository } from './store/prg-directory-repository';
import { botEndpoint, loopbackOnly } from './teams/bot-endpoint';
import { CommunitiesBot } from './teams/communities-bot';
import { createCloudAdapter } from './teams/create-cloud-adapter';
import { CycleCardRefresher } from './teams/cycle-card-refresher';
import { finishedCycleCard } from './teams/finished-cycle-card';

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
