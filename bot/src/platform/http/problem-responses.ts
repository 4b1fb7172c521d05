import type { ErrorRequestHandler } from 'express';
import { UserFacingError } from '../errors/user-facing-error';
import type { Logger } from '../logging/logger';

/** Renders every error of the JSON API as an RFC 9457 problem; the one place the API turns errors into responses. */
export function problemResponses(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (error instanceof UserFacingError) {
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
    if (error?.type === 'entity.parse.failed') {
      res
        .status(400)
        .type('application/problem+json')
        .json({ title: 'The request body is not valid JSON.', status: 400 });
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    res.status(500).type('application/problem+json').json({
      title: 'Something went wrong on our side. Please try again.',
      status: 500,
    });
  };
}
