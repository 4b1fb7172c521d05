import type { z } from 'zod';
import { checkedInput } from '../validation/checked-input';

/** Parses a request body with a schema; a mismatch becomes a 400 problem naming each field. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  return checkedInput(schema, body, 'The request');
}
