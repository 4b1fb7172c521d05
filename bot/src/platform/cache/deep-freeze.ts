/**
 * Freezes a plain value (objects, arrays, and what they hold) all the way down and returns it, so one kept copy can be
 * handed to every reader: a reader who tried to change it gets a TypeError instead of changing it for the others.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    Object.freeze(next);
    for (const child of Object.values(next)) pending.push(child);
  }
  return value;
}
