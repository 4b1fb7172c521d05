import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type { RequestHandler } from 'express';
import { isDirectLoopback } from '../http/loopback';

/** Hands a Bot Framework request to the adapter, which authenticates it and runs the bot. */
export function botEndpoint(adapter: CloudAdapter, bot: ActivityHandlerBase): RequestHandler {
  return async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  };
}

/** Local mode only: accepts activities from this machine (Agents Playground, tests), not through a proxy; refuses the rest. */
export function loopbackOnly(): RequestHandler {
  return (req, res, next) => {
    if (isDirectLoopback(req)) return next();
    res.status(401).json({
      title:
        'This bot runs in local mode without Bot Framework credentials and only accepts activities from this machine.',
      status: 401,
    });
  };
}
