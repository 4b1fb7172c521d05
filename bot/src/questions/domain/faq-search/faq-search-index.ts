import { analyseText } from './analyze-text';
import { Bm25Index } from './bm25-index';
import { closestKnownTerm } from './spelling';

/** What the index needs of an FAQ entry. */
export interface SearchableEntry {
  id: string;
  question: string;
  answer: string;
  themeId: string;
  themeName: string;
}

/** One search result: an entry id, its score and how much of the question it matched (0–1). */
export interface FaqHit {
  id: string;
  score: number;
  coverage: number;
}

/** How a search is narrowed: how many results, an optional theme, and the least share of the query to match. */
export interface FaqSearchOptions {
  top: number;
  themeId?: string;
  minCoverage?: number;
}

const QUESTION_WEIGHT = 3;
const ANSWER_WEIGHT = 1;
const CORRECTED_WEIGHT = 0.8;

/** Full-text search over FAQ entries that understands paraphrase: stems, Kent's synonyms and one-letter typos. */
export class FaqSearchIndex {
  private readonly index = new Bm25Index();
  private readonly themeOf = new Map<string, string>();

  /** How many entries are searchable. */
  get size(): number {
    return this.index.size;
  }

  /** Adds an entry, or replaces the one with the same id. */
  upsert(entry: SearchableEntry): void {
    this.themeOf.set(entry.id, entry.themeId);
    this.index.upsert(entry.id, [
      { terms: analyseText(entry.question), weight: QUESTION_WEIGHT },
      { terms: analyseText(entry.answer), weight: ANSWER_WEIGHT },
      { terms: analyseText(entry.themeName), weight: ANSWER_WEIGHT },
    ]);
  }

  /** Removes an entry (retired) if it is there. */
  remove(id: string): void {
    this.themeOf.delete(id);
    this.index.remove(id);
  }

  /** The entries that best answer a question, best first. */
  search(text: string, options: FaqSearchOptions): FaqHit[] {
    const query = new Map<string, number>();
    for (const term of analyseText(text)) {
      const known = this.index.has(term)
        ? term
        : closestKnownTerm(term, this.index.vocabulary(), (t) => this.documentFrequency(t));
      const weight = known === term ? 1 : CORRECTED_WEIGHT;
      const key = known ?? term;
      query.set(key, Math.max(query.get(key) ?? 0, 0) + weight);
    }
    const accept = options.themeId ? (id: string) => this.themeOf.get(id) === options.themeId : undefined;
    return this.index
      .search(query, options.top, accept)
      .filter((hit) => hit.coverage >= (options.minCoverage ?? 0))
      .map((hit) => ({ id: hit.id, score: round(hit.score), coverage: round(hit.coverage) }));
  }

  private documentFrequency(term: string): number {
    return this.index.idf(term) > 0 ? 1 / this.index.idf(term) : 0;
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
