import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Hosts that may frame the tab: Teams, Outlook and the Microsoft 365 app. */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
];

/** Serves the built tab with its deep-linkable routes falling back to index.html. */
export function tabStatic(distDir: string): Router {
  const router = Router();
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`);
    next();
  });
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
