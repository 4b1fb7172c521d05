import type { z } from 'zod';
import { UserFacingError } from '../errors/user-facing-error';

/** Validates input with a schema; a mismatch becomes an `invalid` error naming each field, so nothing is saved. */
export function checkedInput<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.reduce<string>(
      (path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${String(part)}` : String(part)),
      '',
    );
    problems[field || 'body'] ??= issue.message;
  }
  throw invalid(what, problems);
}

/**
 * An `invalid` error for a set of field problems. The message says each problem in words, without the field names
 * (people read it where no field is shown); the details keep each problem under its field, for forms to show there.
 */
export function invalid(what: string, problems: Record<string, string>): UserFacingError {
  const sentences = [...new Set(Object.values(problems))].map((m) => (/[.!?]$/.test(m) ? m : `${m}.`));
  return new UserFacingError('invalid', `${what} needs changing: ${sentences.join(' ')}`, problems);
}
