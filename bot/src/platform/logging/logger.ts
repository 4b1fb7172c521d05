import pino from 'pino';
import { traceIds } from '../telemetry/spans';

/** The structured logger every part of the service writes to. */
export type Logger = pino.Logger;

/** Paths that must never reach a log: credentials and anything a person typed into a form. */
const REDACTED = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'token',
  '*.token',
  'password',
  '*.password',
  'activity.value',
  'activity.text',
];

/**
 * An error as the log keeps it: its kind, message, status/code and stack — never the request or response body,
 * headers or card an SDK error may carry (they can hold tokens, narratives about pupils or people's text).
 */
function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 200) };
  const { statusCode, status, code } = error as Error & Record<string, unknown>;
  return {
    type: error.name,
    message: error.message,
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    stack: error.stack,
    ...(error.cause !== undefined ? { cause: errorForLog(error.cause) } : {}),
  };
}

/** Creates the service logger (JSON lines on stdout, or `destination`) with secrets and form contents redacted. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED, censor: '[redacted]' },
      serializers: { err: errorForLog, error: errorForLog },
      // Each line carries the trace it belongs to (a bot turn, an API request), to find it with its spans.
      mixin: traceIds,
    },
    destination,
  );
}
