import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Serves the built tab with its deep-linkable routes falling back to index.html. */
export function tabStatic(distDir: string): Router {
  const router = Router();
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  router.use(express.static(root, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/|healthz).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The tab is not built yet. Run "npm run build" and restart.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
