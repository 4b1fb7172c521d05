import path from 'node:path';
import express, { Router } from 'express';
import { tabIndexPages } from './tab-index-pages';

/** A year: the built tab's files under assets/ carry their content's hash in their names, so they never change. */
const HASHED_MAX_AGE = '365d';

/**
 * Serves the built tab with its deep-linkable routes falling back to index.html (but not a missing asset: a 404, not a page parsed as code): the hashed assets are cached for a
 * year (a revisit loads no code again), index.html is checked on every load (so a new build is picked up at once)
 * and names the code of the page it opens (so a browser fetches it with the tab's first scripts), and anything else is
 * cached for an hour.
 */
export function tabStatic(distDir: string): Router {
  const router = Router();
  const root = path.resolve(distDir);
  const indexPages = tabIndexPages(root);
  router.use('/assets', express.static(path.join(root, 'assets'), { maxAge: HASHED_MAX_AGE, immutable: true }));
  router.use(express.static(root, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/|healthz|assets\/).*/, (req, res) => {
    const html = indexPages.htmlFor(req.path);
    if (html === undefined) {
      res.status(503).type('text/plain').send('The tab is not built yet. Run "npm run build" and restart.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  return router;
}
