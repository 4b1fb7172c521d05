/** A text field of a document, as the index reads it: its terms in order. */
export interface FieldTerms {
  terms: readonly string[];
}

/** How the index weighs one field: a question counts more than its answer (BM25F). */
export interface FieldWeight {
  weight: number;
  /** How much the field's length dampens a match (0: not at all, 1: fully). */
  lengthNormalisation: number;
  /** True for a field whose matches count again, weighed by how rare the term is among the focused fields alone. */
  focus?: boolean;
}

/** A scored match: the document id, its score (BM25F plus focus), its BM25F score as a share of the best possible (0–1), and coverage. */
export interface Bm25Match {
  id: string;
  score: number;
  /** The BM25F score over the most any document could score for this query: how well the document answers it (0–1). */
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
 * own average length; a match in a focused field counts again (by `focusWeight`), weighed by the term's rarity among
 * the focused fields alone. Deterministic, ties broken by id.
 */
export class Bm25Index {
  private readonly slotOf = new Map<string, number>();
  private readonly documents: (IndexedDocument | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly postings = new Map<string, Posting[]>();
  /** How many documents hold each term in a focused field. */
  private readonly focusedFrequency = new Map<string, number>();
  private readonly totals: number[];
  /** The last `weightedFrequency`: over all fields, then over the focused ones. */
  private readonly frequency = new Float64Array(2);

  constructor(
    private readonly fields: readonly FieldWeight[],
    private readonly k1 = 1.2,
    private readonly focusWeight = 0,
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
      if (this.focused(counts)) this.focusedFrequency.set(term, (this.focusedFrequency.get(term) ?? 0) + 1);
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
      const own = this.postings.get(term)?.find((p) => p.slot === slot);
      if (own && this.focused(own.counts)) {
        const left = (this.focusedFrequency.get(term) ?? 1) - 1;
        if (left > 0) this.focusedFrequency.set(term, left);
        else this.focusedFrequency.delete(term);
      }
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
    return inverseFrequency(this.size, this.postings.get(term)?.length ?? 0);
  }

  /** The inverse document frequency of a term among the focused fields only. */
  focusedIdf(term: string): number {
    return inverseFrequency(this.size, this.focusedFrequency.get(term) ?? 0);
  }

  /** The best `top` documents for weighted query terms, best first; documents for which `accept` is false are skipped. */
  search(query: ReadonlyMap<string, number>, top: number, accept: (id: string) => boolean = () => true): Bm25Match[] {
    if (this.size === 0 || top <= 0) return [];
    const averages = this.totals.map((total) => total / this.size);
    const scores = new Float64Array(this.documents.length);
    const fieldScores = new Float64Array(this.documents.length);
    const matched = new Float64Array(this.documents.length);
    const seen = new Uint8Array(this.documents.length);
    const touched: number[] = [];
    let queryWeight = 0;
    for (const [term, weight] of query) {
      const idf = this.idf(term) * weight;
      const focusedIdf = this.focusedIdf(term) * weight * this.focusWeight;
      queryWeight += idf;
      for (const { slot, counts } of this.postings.get(term) ?? []) {
        this.weightedFrequency(counts, (this.documents[slot] as IndexedDocument).lengths, averages);
        const tf = this.frequency[0] ?? 0;
        const focusedTf = this.frequency[1] ?? 0;
        if (seen[slot] === 0) {
          seen[slot] = 1;
          touched.push(slot);
        }
        const score = (idf * tf) / (tf + this.k1);
        fieldScores[slot] = (fieldScores[slot] ?? 0) + score;
        scores[slot] = (scores[slot] ?? 0) + score + (focusedIdf * focusedTf) / (focusedTf + this.k1);
        matched[slot] = (matched[slot] ?? 0) + idf;
      }
    }
    return this.best(touched, scores, top, accept).map((slot) => ({
      id: (this.documents[slot] as IndexedDocument).id,
      score: (scores[slot] ?? 0) * (this.k1 + 1),
      confidence: queryWeight > 0 ? (fieldScores[slot] ?? 0) / queryWeight : 0,
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

  /**
   * A term's frequency over all fields, each count weighted and normalised by its field's length, into `frequency[0]`;
   * the same over the focused fields only into `frequency[1]` (one pass, no allocation: searches call it per posting).
   */
  private weightedFrequency(counts: readonly number[], lengths: readonly number[], averages: readonly number[]): void {
    const frequency = this.frequency;
    frequency[0] = 0;
    frequency[1] = 0;
    for (let f = 0; f < this.fields.length; f++) {
      const count = counts[f] ?? 0;
      if (count === 0) continue;
      const field = this.fields[f] as FieldWeight;
      const average = averages[f] ?? 0;
      const relative = average > 0 ? (lengths[f] ?? 0) / average : 1;
      const tf = (field.weight * count) / (1 - field.lengthNormalisation + field.lengthNormalisation * relative);
      frequency[0] += tf;
      if (field.focus) frequency[1] += tf;
    }
  }

  /** True when the counts include a focused field. */
  private focused(counts: readonly number[]): boolean {
    return this.fields.some((field, f) => field.focus === true && (counts[f] ?? 0) > 0);
  }
}

/** BM25's inverse document frequency of a term held by `df` of `n` documents. */
function inverseFrequency(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
