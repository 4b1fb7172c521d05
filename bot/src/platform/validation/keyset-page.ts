import { invalid } from './checked-input';

/** A page of a list, with the cursor that reads the next page (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A page as the query string asks for it (`?limit=&cursor=`); anything but a single text is refused. */
export interface PageQuery {
  limit?: unknown;
  cursor?: unknown;
}

/** What a list is sorted by: an instant in ms, or a text. */
type SortValue = number | string;

/** Where in a list an item sits: the value it is sorted by and its id, which breaks ties. */
export interface PageKey<S extends SortValue = number> {
  sort: S;
  id: string;
}

/** Which page to read: how many items, and after which item (none: the first page). */
export interface PageStart<S extends SortValue = number> {
  limit: number;
  after?: PageKey<S>;
}

/** Items per page when the caller does not say. */
const DEFAULT_PAGE_SIZE = 50;

/** The most items one page may hold. */
export const MAX_PAGE_SIZE = 100;

/** The longest text a cursor may carry as its sort value; lists sorted by longer texts sort by their start. */
export const MAX_SORT_TEXT = 200;

/** Reads `?limit=` and `?cursor=` into a page start; refuses a limit out of range or a cursor this API did not write. */
export function pageStart(query: PageQuery): PageStart<number>;
/** The same, for a list sorted by a text. */
export function pageStart(query: PageQuery, sortedBy: 'text'): PageStart<string>;
export function pageStart(query: PageQuery, sortedBy: 'instant' | 'text' = 'instant'): PageStart<SortValue> {
  const problems: Record<string, string> = {};
  let limit = DEFAULT_PAGE_SIZE;
  if (query.limit !== undefined) {
    limit = Number(query.limit);
    if (typeof query.limit !== 'string' || !/^\d+$/.test(query.limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      problems.limit = `Ask for between 1 and ${MAX_PAGE_SIZE} items.`;
    }
  }
  const after =
    query.cursor === undefined
      ? undefined
      : typeof query.cursor === 'string'
        ? decodeCursor(query.cursor, sortedBy)
        : null;
  if (after === null) problems.cursor = 'Use the nextCursor of the previous page, as it was given.';
  if (Object.keys(problems).length > 0) throw invalid('The page', problems);
  return { limit, ...(after ? { after } : {}) };
}

/** The page from rows read with one more than the limit: the extra row only says that another page follows. */
export function pageOf<T, S extends SortValue>(
  rows: readonly T[],
  start: PageStart<S>,
  keyOf: (item: T) => PageKey<S>,
): Page<T> {
  const items = rows.slice(0, start.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > start.limit && last ? encodeCursor(keyOf(last)) : null };
}

/** One page of a list held in memory, in ascending order of its keys (texts in English collation, then ids). */
export function pageOfList<T, S extends SortValue>(
  items: readonly T[],
  start: PageStart<S>,
  keyOf: (item: T) => PageKey<S>,
): Page<T> {
  const keyed = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key));
  const after = start.after;
  const rest = after ? keyed.filter(({ key }) => compareKeys(key, after) > 0) : keyed;
  return pageOf(
    rest.slice(0, start.limit + 1).map(({ item }) => item),
    start,
    keyOf,
  );
}

const collator = new Intl.Collator('en-GB');

/** Orders two page keys: by sort value, then by id. */
function compareKeys<S extends SortValue>(a: PageKey<S>, b: PageKey<S>): number {
  const bySort =
    typeof a.sort === 'number' && typeof b.sort === 'number'
      ? a.sort - b.sort
      : collator.compare(String(a.sort), String(b.sort));
  return bySort || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A cursor: the page key as base64url JSON, opaque to callers. */
function encodeCursor(key: PageKey<SortValue>): string {
  return Buffer.from(JSON.stringify([key.sort, key.id])).toString('base64url');
}

/** The page key in a cursor, or null when the cursor is not one this API wrote for a list sorted this way. */
function decodeCursor(cursor: string, sortedBy: 'instant' | 'text'): PageKey<SortValue> | null {
  if (cursor.length > 1200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [sort, id] = value as [unknown, unknown];
    const sortIsValid =
      sortedBy === 'instant'
        ? typeof sort === 'number' && Number.isSafeInteger(sort)
        : typeof sort === 'string' && sort.length <= MAX_SORT_TEXT && !sort.includes('\u0000');
    if (!sortIsValid || typeof id !== 'string' || !/^[\w.:-]{1,100}$/.test(id)) return null;
    return { sort: sort as SortValue, id };
  } catch {
    return null;
  }
}
