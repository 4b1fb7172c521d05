import { Router } from 'express';

/**
 * `/healthz` (alive, and the database answers; the Agents Playground waits on it) and `/readyz` (may take traffic:
 * started, not shutting down, database reachable) for load balancers and App Service's health check.
 */
export function healthRoutes(
  engine: 'pglite' | 'postgres',
  pingDatabase: () => Promise<void>,
  isReady: () => boolean,
): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await pingDatabase();
      res.json({ status: 'ok', database: engine });
    } catch {
      res.status(503).json({ status: 'unavailable', database: engine });
    }
  });
  router.get('/readyz', async (_req, res) => {
    if (!isReady()) {
      res.status(503).setHeader('Retry-After', '5').json({ status: 'not ready', database: engine });
      return;
    }
    try {
      await pingDatabase();
      res.json({ status: 'ready', database: engine });
    } catch {
      res.status(503).setHeader('Retry-After', '5').json({ status: 'database unreachable', database: engine });
    }
  });
  return router;
}
