import type { z } from 'zod';
import { UserFacingError } from '../errors/user-facing-error';

/** Parses a request body with a schema; a mismatch becomes a 400 problem naming each field. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.reduce<string>(
      (path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${String(part)}` : String(part)),
      '',
    );
    errors[field || 'body'] ??= issue.message;
  }
  const summary = Object.entries(errors)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
  throw new UserFacingError('invalid', `The request needs changing. ${summary}`, errors);
}
