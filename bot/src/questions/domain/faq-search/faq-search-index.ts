import { analyseText, CONCEPT_PREFIX } from './analyze-text';
import { bigramsOf } from './bigrams';
import { Bm25Index, type FieldTerms, type FieldWeight } from './bm25-index';
import { QUESTION_FORM_CONCEPTS } from './kent-synonyms';
import { normaliseWords } from './normalise-words';
import { WordVocabulary } from './word-vocabulary';

/** What the index needs of an FAQ entry. */
export interface SearchableEntry {
  id: string;
  question: string;
  answer: string;
  /** Other wordings of the question ("also asked as"), added by officers or learned from askers; may be empty. */
  phrasings?: readonly string[];
  themeId: string;
  themeName: string;
}

/** One search result: an entry id, its score, how well it answers the question (0–1) and how much of it it matched. */
export interface FaqHit {
  id: string;
  score: number;
  /** The score as a share of the best possible for this question: compare it with `GOOD_ANSWER_MIN_CONFIDENCE`. */
  confidence: number;
  coverage: number;
}

/** How a search is narrowed: how many results, an optional theme, and the least share of the query to match. */
export interface FaqSearchOptions {
  top: number;
  themeId?: string;
  minCoverage?: number;
}

/** The fields of an entry, in index order: its question counts most, then its other phrasings, then its answer. */
const FIELDS: readonly FieldWeight[] = [
  { weight: 5, lengthNormalisation: 0.5, focus: true }, // question
  { weight: 2, lengthNormalisation: 0.5, focus: true }, // "also asked as" phrasings
  { weight: 1, lengthNormalisation: 0.75 }, // answer
  { weight: 0.5, lengthNormalisation: 0 }, // theme name
];
/** How quickly repeated matches of a term stop adding to the score (BM25's k1; higher favours repeats). */
const SATURATION = 2;
/** How much a pair of neighbouring terms counts in a question, against 1 for a single term. */
const BIGRAM_WEIGHT = 0.25;
/** How much a word counts when it was read as a known word one letter away. */
const CORRECTED_WEIGHT = 0.8;

/**
 * How much a match in an entry's question or phrasings counts again, weighed by how rare the term is among questions
 * alone: a question that shares the asker's words beats an answer that happens to use them among many others.
 */
const QUESTION_FOCUS_WEIGHT = 0.25;
/** How much a term that only says what kind of answer is wanted ("how many") counts, against 1 for a topic term. */
const QUESTION_FORM_WEIGHT = 0.5;
const QUESTION_FORM_TERMS = new Set([...QUESTION_FORM_CONCEPTS].map((concept) => `${CONCEPT_PREFIX}${concept}`));

/** Full-text search over FAQ entries that understands paraphrase: fields, phrases, Kent's synonyms and typos. */
export class FaqSearchIndex {
  private readonly index = new Bm25Index(FIELDS, SATURATION, QUESTION_FOCUS_WEIGHT);
  private readonly themeOf = new Map<string, string>();
  private readonly words = new WordVocabulary();

  /** How many entries are searchable. */
  get size(): number {
    return this.index.size;
  }

  /** Adds an entry, or replaces the one with the same id. */
  upsert(entry: SearchableEntry): void {
    this.themeOf.set(entry.id, entry.themeId);
    this.words.upsert(entry.id, [entry.question, ...(entry.phrasings ?? []), entry.answer, entry.themeName]);
    this.index.upsert(entry.id, [
      withPairs(entry.question),
      withPairs(...(entry.phrasings ?? [])),
      { terms: analyseText(entry.answer) },
      { terms: analyseText(entry.themeName) },
    ]);
  }

  /** Removes an entry (retired) if it is there. */
  remove(id: string): void {
    this.themeOf.delete(id);
    this.words.remove(id);
    this.index.remove(id);
  }

  /** The entries that best answer a question, best first. */
  search(text: string, options: FaqSearchOptions): FaqHit[] {
    const accept = options.themeId ? (id: string) => this.themeOf.get(id) === options.themeId : undefined;
    return this.index
      .search(this.queryOf(text), options.top, accept)
      .filter((hit) => hit.coverage >= (options.minCoverage ?? 0))
      .map((hit) => ({
        id: hit.id,
        score: round(hit.score),
        confidence: round(hit.confidence),
        coverage: round(hit.coverage),
      }));
  }

  /**
   * The weighted terms of a question: its words (a misspelt one read as the known word it is closest to, a "how many"
   * counting less) and pairs.
   */
  private queryOf(text: string): Map<string, number> {
    const words = normaliseWords(text);
    const asTyped = new Set(analyseText(words.join(' ')));
    const terms = analyseText(words.map((word) => this.words.correction(word) ?? word).join(' '));
    const query = new Map<string, number>();
    const add = (term: string, weight: number) => query.set(term, (query.get(term) ?? 0) + weight);
    for (const term of terms) {
      const form = QUESTION_FORM_TERMS.has(term) ? QUESTION_FORM_WEIGHT : 1;
      add(term, (asTyped.has(term) ? 1 : CORRECTED_WEIGHT) * form);
    }
    for (const pair of bigramsOf(terms)) add(pair, BIGRAM_WEIGHT);
    return query;
  }
}

/** A question field's terms: the words of its texts and their neighbouring pairs (never pairing across two texts). */
function withPairs(...texts: string[]): FieldTerms {
  return {
    terms: texts.flatMap((text) => {
      const terms = analyseText(text);
      return [...terms, ...bigramsOf(terms)];
    }),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
