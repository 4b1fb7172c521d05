// Times FAQ search over 5,000 entries (the seeded FAQ plus generated school questions as distractors) and measures
// recall@3 on the paraphrase sets there; the baseline is a plain word-overlap scan of the same entries, no index.

import { SeededRandom } from '../bot/src/platform/demo/seeded-random';
import { FAQ_SEED } from '../bot/src/questions/demo/faq-seed';
import { analyseText } from '../bot/src/questions/domain/faq-search/analyze-text';
import { FaqSearchIndex, type SearchableEntry } from '../bot/src/questions/domain/faq-search/faq-search-index';
import { HELD_OUT_PARAPHRASES, PARAPHRASES } from '../test/support/faq-paraphrases';

const ENTRIES = 5000;
const ROUNDS = 20;

const TOPICS = `school uniform|lunch menus|school trips|admissions appeals|attendance letters|term-time holidays|
  sports day|parents evening|homework policy|mobile phones|school transport|free school meals|breakfast club|
  after-school clubs|exam entries|coursework deadlines|teacher training days|staff absence|safeguarding training|
  fire drills|first aid|medication in school|allergy plans|school photographs|music lessons|swimming lessons|
  library books|reading records|phonics screening|times tables check|SATs results|GCSE options|sixth form places|
  careers advice|work experience|behaviour points|detentions|exclusions|anti-bullying week|online safety|
  data protection|school website|newsletters|governor elections|Ofsted visits|building works|playground equipment`
  .split('|')
  .map((t) => t.trim());
const VERBS = ['arrange', 'change', 'report', 'book', 'plan', 'pay for', 'organise', 'check', 'record', 'share'];
const WORDS = `the school office will send a letter to families each term with dates and costs and a named contact for
  questions about pupils in every year group including reception and year six the headteacher agrees the plan with
  governors and the local authority publishes guidance online while staff keep records of meetings budgets requests
  and support for children with additional needs`
  .split(/\s+/)
  .filter(Boolean);

function entries(): SearchableEntry[] {
  const random = new SeededRandom(5000);
  const seeded = FAQ_SEED.map((e) => ({
    id: e.key,
    question: e.question,
    answer: e.answer,
    themeId: e.themeId,
    themeName: e.themeId,
  }));
  const generated = Array.from({ length: ENTRIES - seeded.length }, (_, i) => {
    const topic = random.pick(TOPICS);
    const answer = Array.from({ length: random.integer(25, 60) }, () => random.pick(WORDS)).join(' ');
    return {
      id: `generated-${i}`,
      question: `How do we ${random.pick(VERBS)} ${topic} for ${random.pick(['our pupils', 'Year 4', 'families', 'staff', 'the community'])}?`,
      answer: `${topic}: ${answer}.`,
      themeId: 'other',
      themeName: 'Other',
    };
  });
  return [...seeded, ...generated];
}

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
  const all = entries();
  const builtAt = performance.now();
  const index = new FaqSearchIndex();
  for (const e of all) index.upsert(e);
  const buildMs = performance.now() - builtAt;
  const scan = all.map((e) => ({ id: e.id, terms: new Set(analyseText(`${e.question} ${e.answer}`)) }));
  const sets = {
    tuning: PARAPHRASES,
    'held-out': HELD_OUT_PARAPHRASES,
    all: [...PARAPHRASES, ...HELD_OUT_PARAPHRASES],
  };
  const queries = sets.all.map((p) => p.question);
  const bm25 = time(queries, (q) => index.search(q, { top: 3 }).map((h) => h.id));
  const overlap = time(queries, (q) => overlapSearch(scan, q));
  console.log(
    `FAQ search over ${index.size} entries (${FAQ_SEED.length} seeded, the rest generated); index built in ${buildMs.toFixed(0)} ms\n`,
  );
  console.log('| search | median | p95 |\n|---|---|---|');
  console.log(
    `| BM25 index (stems, synonyms, typos) | ${percentile(bm25, 0.5).toFixed(2)} ms | ${percentile(bm25, 0.95).toFixed(2)} ms |`,
  );
  console.log(
    `| baseline: word-overlap scan | ${percentile(overlap, 0.5).toFixed(2)} ms | ${percentile(overlap, 0.95).toFixed(2)} ms |`,
  );
  console.log(`\nratio (BM25 / scan), p95: ${(percentile(bm25, 0.95) / percentile(overlap, 0.95)).toFixed(3)}\n`);
  console.log('| paraphrase set | questions | recall@3 (BM25) | recall@3 (scan) |\n|---|---|---|---|');
  for (const [name, set] of Object.entries(sets)) {
    const hit = (ids: string[], p: (typeof set)[number]) =>
      ids.some((id) => [p.expected, ...(p.also ?? [])].includes(id));
    const bm25Recall =
      set.filter((p) =>
        hit(
          index.search(p.question, { top: 3 }).map((h) => h.id),
          p,
        ),
      ).length / set.length;
    const scanRecall = set.filter((p) => hit(overlapSearch(scan, p.question), p)).length / set.length;
    console.log(`| ${name} | ${set.length} | ${bm25Recall.toFixed(3)} | ${scanRecall.toFixed(3)} |`);
  }
}

main();
