/** A text field of a document, as the index reads it: its terms in order. */
export interface FieldTerms {
  terms: readonly string[];
}

/** How the index weighs one field: a question counts more than its answer (BM25F). */
export interface FieldWeight {
  weight: number;
  /** How much the field's length dampens a match (0: not at all, 1: fully). */
  lengthNormalisation: number;
}

/** A scored match: the document id, its BM25F score, its score as a share of the best possible (0–1), and coverage. */
export interface Bm25Match {
  id: string;
  score: number;
  /** The score over the most any document could score for this query: how well the document answers it (0–1). */
  confidence: number;
  /** The share of the query's weight the document matched anywhere (0–1). */
  coverage: number;
}

interface IndexedDocument {
  id: string;
  lengths: number[];
  terms: string[];
}

/** One document's counts of one term, per field; `slot` numbers the document so a search needs no lookups. */
interface Posting {
  slot: number;
  counts: number[];
}

/**
 * An in-memory BM25F index (k1 = 1.2 unless given) over pre-analysed terms in weighted fields, each normalised by its
 * own average length; deterministic, ties broken by id.
 */
export class Bm25Index {
  private readonly slotOf = new Map<string, number>();
  private readonly documents: (IndexedDocument | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly postings = new Map<string, Posting[]>();
  private readonly totals: number[];

  constructor(
    private readonly fields: readonly FieldWeight[],
    private readonly k1 = 1.2,
  ) {
    this.totals = fields.map(() => 0);
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Adds a document (one `FieldTerms` per field, in the index's field order), or replaces the one with the same id. */
  upsert(id: string, fields: readonly FieldTerms[]): void {
    this.remove(id);
    const lengths = this.fields.map((_, f) => fields[f]?.terms.length ?? 0);
    const frequencies = new Map<string, number[]>();
    fields.forEach((field, f) => {
      for (const term of field.terms) {
        const counts = frequencies.get(term) ?? this.fields.map(() => 0);
        counts[f] = (counts[f] ?? 0) + 1;
        frequencies.set(term, counts);
      }
    });
    const slot = this.freeSlots.pop() ?? this.documents.length;
    this.documents[slot] = { id, lengths, terms: [...frequencies.keys()] };
    this.slotOf.set(id, slot);
    lengths.forEach((length, f) => {
      this.totals[f] = (this.totals[f] ?? 0) + length;
    });
    for (const [term, counts] of frequencies) {
      const posting = this.postings.get(term) ?? [];
      posting.push({ slot, counts });
      this.postings.set(term, posting);
    }
  }

  /** Removes a document if it is there. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    const document = slot === undefined ? undefined : this.documents[slot];
    if (slot === undefined || !document) return;
    this.slotOf.delete(id);
    this.documents[slot] = undefined;
    this.freeSlots.push(slot);
    document.lengths.forEach((length, f) => {
      this.totals[f] = (this.totals[f] ?? 0) - length;
    });
    for (const term of document.terms) {
      const posting = (this.postings.get(term) ?? []).filter((p) => p.slot !== slot);
      if (posting.length === 0) this.postings.delete(term);
      else this.postings.set(term, posting);
    }
  }

  /** True when some document contains the term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** The inverse document frequency of a term (high for rare terms, highest for unknown ones). */
  idf(term: string): number {
    const n = this.size;
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The best `top` documents for weighted query terms, best first; documents for which `accept` is false are skipped. */
  search(query: ReadonlyMap<string, number>, top: number, accept: (id: string) => boolean = () => true): Bm25Match[] {
    if (this.size === 0 || top <= 0) return [];
    const averages = this.totals.map((total) => total / this.size);
    const scores = new Float64Array(this.documents.length);
    const matched = new Float64Array(this.documents.length);
    const seen = new Uint8Array(this.documents.length);
    const touched: number[] = [];
    let queryWeight = 0;
    for (const [term, weight] of query) {
      const idf = this.idf(term) * weight;
      queryWeight += idf;
      for (const { slot, counts } of this.postings.get(term) ?? []) {
        const tf = this.weightedFrequency(counts, (this.documents[slot] as IndexedDocument).lengths, averages);
        if (seen[slot] === 0) {
          seen[slot] = 1;
          touched.push(slot);
        }
        scores[slot] = (scores[slot] ?? 0) + (idf * tf) / (tf + this.k1);
        matched[slot] = (matched[slot] ?? 0) + idf;
      }
    }
    return this.best(touched, scores, top, accept).map((slot) => ({
      id: (this.documents[slot] as IndexedDocument).id,
      score: (scores[slot] ?? 0) * (this.k1 + 1),
      confidence: queryWeight > 0 ? (scores[slot] ?? 0) / queryWeight : 0,
      coverage: queryWeight > 0 ? (matched[slot] ?? 0) / queryWeight : 0,
    }));
  }

  /** The `top` accepted slots by score, best first, ties broken by id (one pass, keeping the best few in order). */
  private best(slots: readonly number[], scores: Float64Array, top: number, accept: (id: string) => boolean): number[] {
    const idOf = (slot: number) => (this.documents[slot] as IndexedDocument).id;
    const before = (x: number, y: number) =>
      (scores[x] ?? 0) > (scores[y] ?? 0) || ((scores[x] ?? 0) === (scores[y] ?? 0) && idOf(x) < idOf(y));
    const ranked: number[] = [];
    for (const slot of slots) {
      const last = ranked[ranked.length - 1];
      if (ranked.length === top && last !== undefined && !before(slot, last)) continue;
      if (!accept(idOf(slot))) continue;
      let at = ranked.length;
      while (at > 0 && before(slot, ranked[at - 1] as number)) at--;
      ranked.splice(at, 0, slot);
      if (ranked.length > top) ranked.pop();
    }
    return ranked;
  }

  /** A term's frequency over all fields, each count weighted and normalised by its field's length. */
  private weightedFrequency(
    counts: readonly number[],
    lengths: readonly number[],
    averages: readonly number[],
  ): number {
    let tf = 0;
    for (let f = 0; f < this.fields.length; f++) {
      const count = counts[f] ?? 0;
      if (count === 0) continue;
      const field = this.fields[f] as FieldWeight;
      const average = averages[f] ?? 0;
      const relative = average > 0 ? (lengths[f] ?? 0) / average : 1;
      tf += (field.weight * count) / (1 - field.lengthNormalisation + field.lengthNormalisation * relative);
    }
    return tf;
  }
}
