// Times FAQ search over 5,000 entries (the seeded FAQ plus generated school questions as distractors) and measures
// recall@3 on the paraphrase sets there; the baseline is a plain word-overlap scan of the same entries, no index.

import { analyseText } from '../bot/src/questions/domain/faq-search/analyze-text';
import { FaqSearchIndex } from '../bot/src/questions/domain/faq-search/faq-search-index';
import { HELD_OUT_PARAPHRASES, PARAPHRASES } from '../test/support/faq-paraphrases';
import { faqCorpus } from '../test/support/faq-paraphrases-corpus';
import { SCHOOL_WORDING_HELD_OUT } from '../test/support/faq-paraphrases-held-out';
import { rankingQuality } from '../test/support/faq-paraphrases-quality';
import { SCHOOL_WORDING_TUNING } from '../test/support/faq-paraphrases-school-wording';
import { MORE_TUNING_PARAPHRASES } from '../test/support/faq-paraphrases-tuning-more';
import { THIRD_TUNING_PARAPHRASES } from '../test/support/faq-paraphrases-tuning-third';

const ENTRIES = 5000;
const ROUNDS = 20;

/** The baseline: score every entry by how many of the query's terms it shares, no index, no weighting. */
function overlapSearch(all: { id: string; terms: Set<string> }[], query: string): string[] {
  const wanted = new Set(analyseText(query));
  return all
    .map((e) => ({ id: e.id, score: [...wanted].filter((t) => e.terms.has(t)).length }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((e) => e.id);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function time(queries: string[], search: (q: string) => string[]): number[] {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const started = performance.now();
      search(q);
      if (round > 0) times.push(performance.now() - started); // The first round warms up.
    }
  }
  return times.sort((a, b) => a - b);
}

function main() {
  const all = faqCorpus(ENTRIES);
  const builtAt = performance.now();
  const index = new FaqSearchIndex();
  for (const e of all) index.upsert(e);
  const buildMs = performance.now() - builtAt;
  const scan = all.map((e) => ({ id: e.id, terms: new Set(analyseText(`${e.question} ${e.answer}`)) }));
  const sets = {
    'tuning (issue 5)': PARAPHRASES,
    'tuning (school wording)': SCHOOL_WORDING_TUNING,
    'tuning (more school wording)': MORE_TUNING_PARAPHRASES,
    'tuning (third)': THIRD_TUNING_PARAPHRASES,
    'held-out (issue 5)': HELD_OUT_PARAPHRASES,
    'held-out (school wording)': SCHOOL_WORDING_HELD_OUT,
  };
  const queries = Object.values(sets).flatMap((set) => set.map((p) => p.question));
  const bm25Search = (q: string) => index.search(q, { top: 3 }).map((h) => h.id);
  const scanSearch = (q: string) => overlapSearch(scan, q);
  const bm25 = time(queries, bm25Search);
  const overlap = time(queries, scanSearch);
  console.log(
    `FAQ search over ${index.size} entries (the seeded FAQ, the rest generated); index built in ${buildMs.toFixed(0)} ms; ${queries.length} questions × ${ROUNDS - 1} rounds\n`,
  );
  console.log('| search | median | p95 |\n|---|---|---|');
  console.log(
    `| BM25 index (fields, phrases, synonyms, typos) | ${percentile(bm25, 0.5).toFixed(2)} ms | ${percentile(bm25, 0.95).toFixed(2)} ms |`,
  );
  console.log(
    `| baseline: word-overlap scan | ${percentile(overlap, 0.5).toFixed(2)} ms | ${percentile(overlap, 0.95).toFixed(2)} ms |`,
  );
  console.log(`\nratio (BM25 / scan), p95: ${(percentile(bm25, 0.95) / percentile(overlap, 0.95)).toFixed(3)}\n`);
  console.log('| paraphrase set | questions | recall@3 (BM25) | recall@3 (scan) |\n|---|---|---|---|');
  for (const [name, set] of Object.entries(sets)) {
    const bm25Recall = rankingQuality(bm25Search, set).recallAt3;
    const scanRecall = rankingQuality(scanSearch, set).recallAt3;
    console.log(`| ${name} | ${set.length} | ${bm25Recall.toFixed(3)} | ${scanRecall.toFixed(3)} |`);
  }
}

main();
