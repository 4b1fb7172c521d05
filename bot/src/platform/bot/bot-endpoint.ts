import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type { RequestHandler } from 'express';

/** Hands a Bot Framework request to the adapter, which authenticates it and runs the bot. */
export function botEndpoint(adapter: CloudAdapter, bot: ActivityHandlerBase): RequestHandler {
  return async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  };
}

/** Local mode only: accepts activities from this machine (Agents Playground, tests) and refuses the rest. */
export function loopbackOnly(): RequestHandler {
  return (req, res, next) => {
    const address = req.socket.remoteAddress ?? '';
    const isLoopback = address === '::1' || /^(::ffff:)?127\./.test(address);
    if (isLoopback) return next();
    res.status(401).json({
      title:
        'This bot runs in local mode without Bot Framework credentials and only accepts activities from this machine.',
      status: 401,
    });
  };
}
