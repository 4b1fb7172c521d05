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

/** With a bot identity: an activity without a bearer token is refused with 401 before anything reads its body. */
export function bearerRequired(): RequestHandler {
  return (req, res, next) => {
    if (/^Bearer\s+\S+/i.test(req.headers.authorization ?? '')) return next();
    res.status(401).json({ title: 'Bot Framework activities must carry a bearer token.', status: 401 });
  };
}
