import { Router } from 'express';

/** Liveness and database reachability for load balancers and the Agents Playground start-up wait. */
export function healthRoutes(engine: 'pglite' | 'postgres', pingDatabase: () => Promise<void>): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await pingDatabase();
      res.json({ status: 'ok', database: engine });
    } catch {
      res.status(503).json({ status: 'unavailable', database: engine });
    }
  });
  return router;
}
