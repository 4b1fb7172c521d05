/** A text field of a document and how much its terms count (a question counts more than its answer). */
export interface WeightedTerms {
  terms: readonly string[];
  weight: number;
}

/** A scored match: the document id, its BM25 score and the share of the query's weight it matched (0–1). */
export interface Bm25Match {
  id: string;
  score: number;
  coverage: number;
}

interface IndexedDocument {
  length: number;
  frequencies: Map<string, number>;
}

/** An in-memory BM25 index (k1 = 1.2, b = 0.75) over pre-analysed terms; deterministic, ties broken by id. */
export class Bm25Index {
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly postings = new Map<string, Map<string, number>>();
  private totalLength = 0;

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {}

  /** How many documents the index holds. */
  get size(): number {
    return this.documents.size;
  }

  /** Adds a document, or replaces the one with the same id. */
  upsert(id: string, fields: readonly WeightedTerms[]): void {
    this.remove(id);
    const frequencies = new Map<string, number>();
    let length = 0;
    for (const field of fields) {
      for (const term of field.terms) {
        frequencies.set(term, (frequencies.get(term) ?? 0) + field.weight);
        length += field.weight;
      }
    }
    this.documents.set(id, { length, frequencies });
    this.totalLength += length;
    for (const [term, frequency] of frequencies) {
      const posting = this.postings.get(term) ?? new Map<string, number>();
      posting.set(id, frequency);
      this.postings.set(term, posting);
    }
  }

  /** Removes a document if it is there. */
  remove(id: string): void {
    const document = this.documents.get(id);
    if (!document) return;
    this.documents.delete(id);
    this.totalLength -= document.length;
    for (const term of document.frequencies.keys()) {
      const posting = this.postings.get(term);
      posting?.delete(id);
      if (posting?.size === 0) this.postings.delete(term);
    }
  }

  /** True when some document contains the term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Every term in the index, for spelling correction. */
  vocabulary(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** The inverse document frequency of a term (high for rare terms, highest for unknown ones). */
  idf(term: string): number {
    const n = this.documents.size;
    const df = this.postings.get(term)?.size ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The best `top` documents for weighted query terms, best first; documents for which `accept` is false are skipped. */
  search(query: ReadonlyMap<string, number>, top: number, accept: (id: string) => boolean = () => true): Bm25Match[] {
    if (this.documents.size === 0 || top <= 0) return [];
    const averageLength = this.totalLength / this.documents.size;
    const scores = new Map<string, { score: number; matched: number }>();
    let queryWeight = 0;
    for (const [term, weight] of query) {
      const idf = this.idf(term);
      queryWeight += idf * weight;
      for (const [id, tf] of this.postings.get(term) ?? []) {
        const length = this.documents.get(id)?.length ?? averageLength;
        const part = (tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * length) / averageLength));
        const entry = scores.get(id) ?? { score: 0, matched: 0 };
        entry.score += idf * weight * part;
        entry.matched += idf * weight;
        scores.set(id, entry);
      }
    }
    return [...scores]
      .filter(([id]) => accept(id))
      .map(([id, s]) => ({ id, score: s.score, coverage: queryWeight > 0 ? s.matched / queryWeight : 0 }))
      .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .slice(0, top);
  }
}
