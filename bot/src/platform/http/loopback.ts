import type { Request } from 'express';

/** True for a request from this machine that no proxy forwarded (no X-Forwarded-For or Forwarded header). */
export function isDirectLoopback(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  const loopback = address === '::1' || /^(::ffff:)?127\./.test(address);
  const headers = req.headers ?? {};
  return loopback && headers['x-forwarded-for'] === undefined && headers.forwarded === undefined;
}
