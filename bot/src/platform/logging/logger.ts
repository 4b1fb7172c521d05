import pino from 'pino';

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

/** Creates the service logger (JSON lines on stdout) with secrets and form contents redacted. */
export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED, censor: '[redacted]' } });
}
