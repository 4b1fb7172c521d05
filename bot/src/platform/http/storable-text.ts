import type { RequestHandler } from 'express';

// biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL is what PostgreSQL cannot store.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** How deep a request's JSON may nest; no form of this app nests beyond a few levels. */
const MAX_DEPTH = 32;

/**
 * The path of the first string (or key) in a value that PostgreSQL cannot store (a NUL or half of an emoji), or of
 * the first value nested deeper than any form nests; walked with a work list (not recursion), so no nesting can
 * exhaust the stack and a huge body costs time in proportion to its size.
 */
function unstorableTextIn(value: unknown, at = ''): string | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: at, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: item, path, depth } = next;
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item)) return path || '(body)';
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    if (depth >= MAX_DEPTH) return path || '(body)';
    const entries: [string, unknown][] = Array.isArray(item)
      ? item.map((v, i): [string, unknown] => [`[${i}]`, v])
      : Object.entries(item).map(([k, v]): [string, unknown] => [k, v]);
    for (const [key, child] of entries) {
      const childPath = key.startsWith('[') ? `${path}${key}` : path ? `${path}.${key}` : key;
      if (!key.startsWith('[') && UNSTORABLE.test(key)) return childPath;
      pending.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Refuses a request whose query or JSON body holds text PostgreSQL cannot store (a NUL character or a lone UTF-16
 * surrogate, which no keyboard types but a broken client can send) with a 400 naming the field, before any of it is
 * stored; without this the database would refuse it mid-transaction with a 500.
 */
export function storableText(): RequestHandler {
  return (req, res, next) => {
    const field = unstorableTextIn(req.query) ?? unstorableTextIn(req.body);
    if (!field) return next();
    res
      .status(400)
      .type('application/problem+json')
      .json({
        title: `"${field}" holds a character that cannot be stored (a NUL or half of an emoji), or is nested too deep. Retype that text.`,
        status: 400,
        errors: { [field]: 'Holds a character that cannot be stored. Retype this text.' },
      });
  };
}
