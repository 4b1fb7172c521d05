/** What joins the two terms of a bigram token; no analysed term contains it. */
const JOIN = '+';

/**
 * The neighbouring pairs of a text's terms, in either order ("locality budget" and "budget for the community" give the
 * same token), so an entry that uses a question's phrase outranks one that only shares its words.
 */
export function bigramsOf(terms: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1] as string;
    const b = terms[i] as string;
    if (a !== b) pairs.push(a < b ? `${a}${JOIN}${b}` : `${b}${JOIN}${a}`);
  }
  return pairs;
}
