import express, { type Express, type RequestHandler } from 'express';
import type { FundingService } from '../app/funding/funding-service';
import type { DirectoryPort } from '../app/ports/directory';
import type { PrgDirectoryPort } from '../app/ports/prg-directory';
import type { QuestionsService } from '../app/questions/questions-service';
import type { SchedulingService } from '../app/scheduling/scheduling-service';
import type { Logger } from '../logging/logger';
import type { DevTokens } from './auth/dev-tokens';
import { requirePerson } from './auth/require-person';
import type { TokenVerifier } from './auth/token-verifier';
import { parseBody } from './parse-body';
import { problemResponses } from './problem-responses';
import { devRoutes } from './routes/dev-routes';
import { directoryRoutes } from './routes/directory-routes';
import { faqRoutes } from './routes/faq-routes';
import { fundingRoutes } from './routes/funding-routes';
import { healthRoutes } from './routes/health-routes';
import { meRoutes } from './routes/me-routes';
import { questionRoutes } from './routes/question-routes';
import { schedulingRoutes } from './routes/scheduling-routes';
import { tabStatic } from './tab-static';

/** Everything the HTTP surface needs, wired by the composition root. */
export interface HttpAppParts {
  engine: 'pglite' | 'postgres';
  pingDatabase: () => Promise<void>;
  directory: DirectoryPort;
  tokenVerifier: TokenVerifier;
  /** Present in local mode only: enables /api/dev/*. */
  devTokens?: DevTokens;
  /** Handlers for the Bot Framework endpoint (guards first, then the adapter). */
  botMessages: RequestHandler[];
  scheduling: SchedulingService;
  funding: FundingService;
  questions: QuestionsService;
  prgDirectory: PrgDirectoryPort;
  tabDistDir: string;
  logger: Logger;
}

const noSuchRoute: RequestHandler = (_req, res) => {
  res.status(404).type('application/problem+json').json({ title: 'There is no such API route.', status: 404 });
};

/** Builds the one HTTP app: bot endpoint, JSON API for the tab, health check and the built tab. */
export function createHttpApp(parts: HttpAppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(healthRoutes(parts.engine, parts.pingDatabase));
  app.post('/api/messages', express.json({ limit: '1mb' }), ...parts.botMessages);
  app.use('/api/dev', parts.devTokens ? devRoutes(parts.directory, parts.devTokens) : noSuchRoute);
  app.use(
    '/api',
    requirePerson(parts.tokenVerifier, parts.directory),
    meRoutes(),
    schedulingRoutes({ useCases: parts.scheduling, parse: parseBody }),
    fundingRoutes({ useCases: parts.funding, parse: parseBody }),
    directoryRoutes(parts.prgDirectory),
    faqRoutes({ useCases: parts.questions, parse: parseBody }),
    questionRoutes({ useCases: parts.questions, parse: parseBody }),
  );
  app.use('/api', noSuchRoute);
  app.use(tabStatic(parts.tabDistDir));
  app.use(problemResponses(parts.logger));
  return app;
}
