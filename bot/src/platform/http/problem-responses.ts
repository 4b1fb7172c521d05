import type { ErrorRequestHandler } from 'express';
import { RateLimitedError, UserFacingError } from '../errors/user-facing-error';
import type { Logger } from '../logging/logger';

/** Renders every error of the JSON API as an RFC 9457 problem; the one place the API turns errors into responses. */
export function problemResponses(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (error instanceof UserFacingError) {
      if (error instanceof RateLimitedError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res
        .status(error.status)
        .type('application/problem+json')
        .json({
          type: `about:blank#${error.code}`,
          title: error.message,
          status: error.status,
          ...(error.details ? { errors: error.details } : {}),
        });
      return;
    }
    const refusal = clientErrorOf(error);
    if (refusal) {
      res.status(refusal.status).type('application/problem+json').json(refusal);
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    res.status(500).type('application/problem+json').json({
      title: 'Something went wrong on our side. Please try again.',
      status: 500,
    });
  };
}

/** What the body parser and the router refuse (bad JSON, too large, unknown charset, unreadable address), as a problem. */
function clientErrorOf(error: unknown): { title: string; status: number } | undefined {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  if (type === 'entity.parse.failed') return { title: 'The request body is not valid JSON.', status: 400 };
  if (type === 'entity.too.large') return { title: 'The request body is too large.', status: 413 };
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return { title: 'The request body must be UTF-8 JSON.', status: 415 };
  }
  if (error instanceof URIError || (typeof status === 'number' && status >= 400 && status < 500)) {
    return { title: 'The request could not be read: check its address and body.', status: 400 };
  }
  return undefined;
}
