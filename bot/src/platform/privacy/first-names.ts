import list from './first-names.json';

/** A word as the name lists hold it: lower case, accents removed ("Chloé" → "chloe"). */
export function nameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** First names that are not ordinary English words (11,000+ across the languages of Kent's families). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(list.names);

/** First names that are also ordinary English words ("will", "grace", "summer"): names only where they stand as one. */
export const ORDINARY_WORD_NAMES: ReadonlySet<string> = new Set(list.ordinaryWordNames);
