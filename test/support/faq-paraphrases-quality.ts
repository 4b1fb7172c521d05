import type { Paraphrase } from './faq-paraphrases';

/** How many results a ranking is judged on: recall@1, recall@3 and MRR over the first ten. */
const JUDGED = 10;

/** A paraphrase the search did not place in its top 3: what it found instead. */
interface RankingMiss {
  question: string;
  wanted: string;
  found: string[];
}

/** How well a search ranks the right entries for a set of paraphrased questions. */
export interface RankingQuality {
  questions: number;
  recallAt1: number;
  recallAt3: number;
  /** Mean reciprocal rank of the first right entry within the first ten (0 when it is not there). */
  mrr: number;
  misses: RankingMiss[];
}

/** Measures a search (a question → entry ids, best first) on a paraphrase set. */
export function rankingQuality(search: (question: string) => string[], set: readonly Paraphrase[]): RankingQuality {
  let first = 0;
  let inTop3 = 0;
  let reciprocalRanks = 0;
  const misses: RankingMiss[] = [];
  for (const p of set) {
    const right = [p.expected, ...(p.also ?? [])];
    const ids = search(p.question).slice(0, JUDGED);
    const rank = ids.findIndex((id) => right.includes(id));
    if (rank === 0) first++;
    if (rank >= 0 && rank < 3) inTop3++;
    else misses.push({ question: p.question, wanted: p.expected, found: ids.slice(0, 3) });
    if (rank >= 0) reciprocalRanks += 1 / (rank + 1);
  }
  const n = Math.max(1, set.length);
  return { questions: set.length, recallAt1: first / n, recallAt3: inTop3 / n, mrr: reciprocalRanks / n, misses };
}
