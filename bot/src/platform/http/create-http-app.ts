import express, { type Express, type RequestHandler } from 'express';
import { devRoutes } from '../../directory/api/dev-routes';
import { directoryRoutes } from '../../directory/api/directory-routes';
import { meRoutes } from '../../directory/api/me-routes';
import { requirePerson } from '../../directory/api/require-person';
import type { DirectoryPort } from '../../directory/app/ports';
import type { PrgDirectoryPort } from '../../directory/app/prg-directory-port';
import { fundingRoutes } from '../../funding/api/funding-routes';
import type { FundingService } from '../../funding/app/funding-service';
import { faqRoutes } from '../../questions/api/faq-routes';
import { questionRoutes } from '../../questions/api/question-routes';
import type { QuestionsService } from '../../questions/app/questions-service';
import { schedulingRoutes } from '../../scheduling/api/scheduling-routes';
import type { SchedulingService } from '../../scheduling/app/scheduling-service';
import type { Logger } from '../logging/logger';
import type { DevTokens } from './auth/dev-tokens';
import type { TokenVerifier } from './auth/token-verifier';
import { healthRoutes } from './health-routes';
import { parseBody } from './parse-body';
import { problemResponses } from './problem-responses';
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
