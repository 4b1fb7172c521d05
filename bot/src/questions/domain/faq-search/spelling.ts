/** True when two words are at most one edit apart (insert, delete, substitute or swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The known term one edit away from a misspelt one (most common first, then alphabetical), if any. */
export function closestKnownTerm(
  term: string,
  vocabulary: Iterable<string>,
  documentFrequency: (term: string) => number,
): string | undefined {
  if (term.length < 4 || term.startsWith('~') || /\d/.test(term)) return undefined;
  let best: { term: string; df: number } | undefined;
  for (const known of vocabulary) {
    if (known[0] !== term[0] || known.startsWith('~') || !withinOneEdit(term, known)) continue;
    const df = documentFrequency(known);
    if (!best || df > best.df || (df === best.df && known < best.term)) best = { term: known, df };
  }
  return best?.term;
}
