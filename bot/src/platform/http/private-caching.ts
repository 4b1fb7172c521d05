import type { RequestHandler } from 'express';

/**
 * API reads are one person's: a browser may keep them but must ask again each time (`private, no-cache`), and the
 * answer depends on who asks (`Vary: Authorization`). With Express's ETag, a page revisited costs a 304, not the data.
 */
export function privateCaching(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.setHeader('Cache-Control', 'private, no-cache');
      res.vary('Authorization');
    } else {
      res.setHeader('Cache-Control', 'no-store');
    }
    next();
  };
}
