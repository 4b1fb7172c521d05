// `npm run faq:quality`: how well the FAQ search ranks the right answer for questions worded differently from the
// entries (recall@1, recall@3, MRR), over the 36 seeded entries and among 5,000; how the "no good answer" threshold
// splits on-topic from off-topic questions; how long a search takes among 5,000; and the misses of the tuning sets.
// `npm run faq:quality -- --tuning-only` (or FAQ_QUALITY_TUNING_ONLY=1) hides every held-out row: use it while tuning.
// `npm run faq:quality -- --held-out-misses` also lists the held-out misses: look at them only once ranking is final.

import { FaqSearchIndex } from '../bot/src/questions/domain/faq-search/faq-search-index';
import { GOOD_ANSWER_MIN_CONFIDENCE, isGoodAnswer } from '../bot/src/questions/domain/faq-search/good-answer';
import { HELD_OUT_PARAPHRASES, PARAPHRASES, type Paraphrase } from '../test/support/faq-paraphrases';
import { faqCorpus } from '../test/support/faq-paraphrases-corpus';
import { SCHOOL_WORDING_HELD_OUT } from '../test/support/faq-paraphrases-held-out';
import { OFF_TOPIC_HELD_OUT, OFF_TOPIC_QUESTIONS } from '../test/support/faq-paraphrases-off-topic';
import { type RankingQuality, rankingQuality } from '../test/support/faq-paraphrases-quality';
import { SCHOOL_WORDING_TUNING } from '../test/support/faq-paraphrases-school-wording';
import { MORE_TUNING_PARAPHRASES } from '../test/support/faq-paraphrases-tuning-more';
import { THIRD_TUNING_PARAPHRASES } from '../test/support/faq-paraphrases-tuning-third';

const tuningOnly = process.argv.includes('--tuning-only') || process.env.FAQ_QUALITY_TUNING_ONLY === '1';
const showHeldOutMisses = !tuningOnly && process.argv.includes('--held-out-misses');

const SIZES = [36, 5000];
const ALL_SETS: { name: string; set: readonly Paraphrase[]; heldOut: boolean }[] = [
  { name: 'tuning (issue 5)', set: PARAPHRASES, heldOut: false },
  { name: 'tuning (school wording)', set: SCHOOL_WORDING_TUNING, heldOut: false },
  { name: 'tuning (more school wording, issue 14)', set: MORE_TUNING_PARAPHRASES, heldOut: false },
  { name: 'tuning (third: situations, short, officers)', set: THIRD_TUNING_PARAPHRASES, heldOut: false },
  { name: 'held-out (issue 5)', set: HELD_OUT_PARAPHRASES, heldOut: true },
  { name: 'held-out (school wording)', set: SCHOOL_WORDING_HELD_OUT, heldOut: true },
];
const SETS = ALL_SETS.filter((s) => !(tuningOnly && s.heldOut));
const TUNING_QUESTIONS = ALL_SETS.filter((s) => !s.heldOut).flatMap((s) => s.set.map((p) => p.question));
const THRESHOLDS = [0.1, 0.12, 0.14, 0.16, 0.18, 0.2];
const OFF_TOPIC = [
  { name: 'off-topic (calibration)', questions: OFF_TOPIC_QUESTIONS, heldOut: false },
  { name: 'off-topic (held-out)', questions: OFF_TOPIC_HELD_OUT, heldOut: true },
].filter((s) => !(tuningOnly && s.heldOut));
/** How many times the tuning questions are timed among 5,000 entries (the first round warms up). */
const TIMING_ROUNDS = 10;

function indexOf(size: number): FaqSearchIndex {
  const index = new FaqSearchIndex();
  for (const entry of faqCorpus(size)) index.upsert(entry);
  return index;
}

const entries = (size: number) => size.toLocaleString('en-GB');

function rankingRow(name: string, size: number, q: RankingQuality): string {
  const cells = [q.recallAt1, q.recallAt3, q.mrr].map((value) => value.toFixed(3));
  return `| ${name} | ${q.questions} | ${entries(size)} | ${cells.join(' | ')} |`;
}

/** How many questions get no answer offered (their best hit is below the threshold). */
function unanswered(index: FaqSearchIndex, questions: readonly string[]): number {
  return questions.filter((q) => !isGoodAnswer(index.search(q, { top: 1 })[0] ?? { confidence: 0 })).length;
}

/** The best hit's confidence for each question (0 when nothing matches). */
function confidences(index: FaqSearchIndex, questions: readonly string[]): number[] {
  return questions.map((q) => index.search(q, { top: 1 })[0]?.confidence ?? 0);
}

/** Over the seeded FAQ, what other thresholds would do: on-topic questions left unanswered, off-topic ones answered. */
function thresholdChoices(): string[] {
  const index = indexOf(36);
  const tuning = confidences(index, TUNING_QUESTIONS);
  const heldOut = confidences(
    index,
    [...HELD_OUT_PARAPHRASES, ...SCHOOL_WORDING_HELD_OUT].map((p) => p.question),
  );
  const calibration = confidences(index, OFF_TOPIC_QUESTIONS);
  const offTopic = confidences(index, [...OFF_TOPIC_QUESTIONS, ...OFF_TOPIC_HELD_OUT]);
  const below = (values: number[], t: number) => `${values.filter((c) => c < t).length}/${values.length}`;
  const above = (values: number[], t: number) => `${values.filter((c) => c >= t).length}/${values.length}`;
  const used = (t: number) => `${t.toFixed(2)}${t === GOOD_ANSWER_MIN_CONFIDENCE ? ' (used)' : ''}`;
  if (tuningOnly)
    return [
      '| threshold (36 entries) | tuning: no answer | off-topic (calibration): answered |',
      '|---|---|---|',
      ...THRESHOLDS.map((t) => `| ${used(t)} | ${below(tuning, t)} | ${above(calibration, t)} |`),
    ];
  return [
    '| threshold (36 entries) | tuning: no answer | held-out: no answer | off-topic: answered |',
    '|---|---|---|---|',
    ...THRESHOLDS.map((t) => `| ${used(t)} | ${below(tuning, t)} | ${below(heldOut, t)} | ${above(offTopic, t)} |`),
  ];
}

/** The median and 95th percentile of a search among `index`'s entries, over the tuning questions, in milliseconds. */
function searchTimes(index: FaqSearchIndex): { median: number; p95: number } {
  const times: number[] = [];
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    for (const question of TUNING_QUESTIONS) {
      const started = performance.now();
      index.search(question, { top: 3 });
      if (round > 0) times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

function main(): void {
  const ranking = ['| paraphrase set | questions | entries | recall@1 | recall@3 | MRR |', '|---|---|---|---|---|---|'];
  const threshold = [
    '| questions | how many | entries | no answer offered | answer offered |',
    '|---|---|---|---|---|',
  ];
  const misses: string[] = [];
  let timing = '';
  for (const size of SIZES) {
    const index = indexOf(size);
    const search = (question: string) => index.search(question, { top: 10 }).map((hit) => hit.id);
    for (const { name, set, heldOut } of SETS) {
      const quality = rankingQuality(search, set);
      ranking.push(rankingRow(name, size, quality));
      const below = unanswered(
        index,
        set.map((p) => p.question),
      );
      threshold.push(`| ${name} | ${set.length} | ${entries(size)} | **${below}** | ${set.length - below} |`);
      if (heldOut && !showHeldOutMisses) continue;
      for (const miss of quality.misses)
        misses.push(`${name}, ${size} entries: "${miss.question}" → ${miss.found.join(', ')} (wanted ${miss.wanted})`);
    }
    for (const { name, questions } of OFF_TOPIC) {
      const below = unanswered(index, questions);
      const above = questions.length - below;
      threshold.push(`| ${name} | ${questions.length} | ${entries(size)} | ${below} | **${above}** |`);
    }
    if (size === Math.max(...SIZES)) {
      const { median, p95 } = searchTimes(index);
      timing = `Search time among ${entries(size)} entries (tuning questions × ${TIMING_ROUNDS - 1} rounds): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms.`;
    }
  }
  const out = [
    tuningOnly ? 'Tuning sets only: every held-out row is hidden.\n' : '',
    ...ranking,
    '',
    `"No good answer" below a confidence of ${GOOD_ANSWER_MIN_CONFIDENCE} (the best hit's score as a share of the best possible).`,
    'Among 5,000 entries the generated questions (school trips, meals, term dates…) may really answer an off-topic one.',
    '',
    ...threshold,
    '',
    ...thresholdChoices(),
    '',
    timing,
    '',
    `Misses (right entry not in the top 3)${showHeldOutMisses ? '' : ', tuning sets only'}:`,
    ...(misses.length > 0 ? misses.map((m) => `  ${m}`) : ['  none']),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
