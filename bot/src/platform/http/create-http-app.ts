import express, { type Express, type RequestHandler, type Router } from 'express';
import type { Logger } from '../logging/logger';
import { healthRoutes } from './health-routes';
import { privateCaching } from './private-caching';
import { problemResponses } from './problem-responses';
import { readablePath } from './readable-path';
import { requestSpans } from './request-spans';
import { securityHeaders } from './security-headers';
import { storableText } from './storable-text';
import { tabStatic } from './tab-static';

/** Everything the HTTP surface needs, gathered from the platform and the features by the assembly. */
export interface HttpAppParts {
  engine: 'pglite' | 'postgres';
  pingDatabase: () => Promise<void>;
  /** True while the service may take traffic (started, not shutting down); `/readyz` answers 503 otherwise. */
  isReady: () => boolean;
  /** Handlers for the Bot Framework endpoint (guards first, then the adapter). */
  botMessages: RequestHandler[];
  /** Turns a request's bearer token into its person, or refuses it; runs before every feature route. */
  signIn: RequestHandler;
  /** Present in local mode only: the dev sign-in at /api/dev/*. */
  devRoutes?: Router;
  /** The features' API routes, mounted under /api behind sign-in. */
  routes: Router[];
  tabDistDir: string;
  /** Send HSTS: only in production, where the service is reached over HTTPS. */
  strictTransportSecurity: boolean;
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
  app.use(securityHeaders({ strictTransportSecurity: parts.strictTransportSecurity }));
  app.use(healthRoutes(parts.engine, parts.pingDatabase, parts.isReady));
  app.use('/api', requestSpans(), privateCaching(), readablePath());
  app.post('/api/messages', express.json({ limit: '1mb' }), storableText(), ...parts.botMessages);
  // JSON bodies are read once here (the features' own parsers then find them read) and checked for text that
  // PostgreSQL cannot store, before sign-in and any route.
  app.use('/api', express.json({ limit: '100kb' }), storableText());
  app.use('/api/dev', parts.devRoutes ?? noSuchRoute);
  app.use('/api', parts.signIn, ...parts.routes);
  app.use('/api', noSuchRoute);
  app.use(tabStatic(parts.tabDistDir));
  app.use(problemResponses(parts.logger));
  return app;
}
