import { invalid } from './checked-input';

/** A page of a list, with the cursor that reads the next page (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Where in a list an item sits: its sort instant (ms) and its id, which breaks ties. */
export interface PageKey {
  atMs: number;
  id: string;
}

/** Which page to read: how many items, and after which item (none: the first page). */
export interface PageStart {
  limit: number;
  after?: PageKey;
}

/** Items per page when the caller does not say. */
const DEFAULT_PAGE_SIZE = 50;

/** The most items one page may hold. */
export const MAX_PAGE_SIZE = 100;

/** Reads `?limit=` and `?cursor=` into a page start; refuses a limit out of range or a cursor this API did not write. */
export function pageStart(query: { limit?: string; cursor?: string }): PageStart {
  const problems: Record<string, string> = {};
  let limit = DEFAULT_PAGE_SIZE;
  if (query.limit !== undefined) {
    limit = Number(query.limit);
    if (!/^\d+$/.test(query.limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      problems.limit = `Ask for between 1 and ${MAX_PAGE_SIZE} items.`;
    }
  }
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (after === null) problems.cursor = 'Use the nextCursor of the previous page, as it was given.';
  if (Object.keys(problems).length > 0) throw invalid('The page', problems);
  return { limit, ...(after ? { after } : {}) };
}

/** The page from rows read with one more than the limit: the extra row only says that another page follows. */
export function pageOf<T>(rows: T[], start: PageStart, keyOf: (item: T) => PageKey): Page<T> {
  const items = rows.slice(0, start.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > start.limit && last ? encodeCursor(keyOf(last)) : null };
}

/** A cursor: the page key as base64url JSON, opaque to callers. */
function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify([key.atMs, key.id])).toString('base64url');
}

/** The page key in a cursor, or null when the cursor is not one this API wrote. */
function decodeCursor(cursor: string): PageKey | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [atMs, id] = value as [unknown, unknown];
    if (
      typeof atMs !== 'number' ||
      !Number.isSafeInteger(atMs) ||
      typeof id !== 'string' ||
      !/^[\w.:-]{1,100}$/.test(id)
    ) {
      return null;
    }
    return { atMs, id };
  } catch {
    return null;
  }
}
