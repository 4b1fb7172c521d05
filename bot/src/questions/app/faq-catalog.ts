import type { FaqEntry } from '../domain/faq-entry';
import { type FaqHit, FaqSearchIndex } from '../domain/faq-search/faq-search-index';
import type { FaqResult, FaqSearch, FaqStore } from './ports';

/** The published FAQ held in memory with its search index, rebuilt from the store when any entry or phrasing changes. */
export class FaqCatalog implements FaqSearch {
  private index = new FaqSearchIndex();
  private entries = new Map<string, FaqEntry>();
  private revision: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;
  private generation = 0;

  constructor(
    private readonly store: FaqStore,
    private readonly recheckMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The entries that best answer a text, best first (optionally in one theme, above a least share of the query). */
  async search(text: string, options: { top: number; themeId?: string; minCoverage?: number }): Promise<FaqResult[]> {
    await this.fresh();
    return this.index
      .search(text, options)
      .map((hit: FaqHit) => ({
        entry: this.entries.get(hit.id) as FaqEntry,
        score: hit.score,
        confidence: hit.confidence,
        coverage: hit.coverage,
      }))
      .filter((result) => result.entry !== undefined);
  }

  /** Every published entry, by theme order then question. */
  async all(): Promise<FaqEntry[]> {
    await this.fresh();
    return [...this.entries.values()];
  }

  /** Forgets what it knows, so the next search reads the store again (after this instance changed an entry). */
  invalidate(): void {
    this.generation++;
    this.checkedAt = Number.NEGATIVE_INFINITY;
    this.revision = undefined;
  }

  private async fresh(): Promise<void> {
    if (this.now() - this.checkedAt < this.recheckMs) return;
    this.loading ??= this.reload().finally(() => {
      this.loading = undefined;
    });
    await this.loading;
  }

  private async reload(): Promise<void> {
    const generation = this.generation;
    const revision = await this.store.revision();
    if (revision === this.revision) {
      this.checkedAt = this.now();
      return;
    }
    const [entries, phrasings] = await Promise.all([this.store.published(), this.store.publishedPhrasings()]);
    if (generation !== this.generation) return this.reload();
    this.checkedAt = this.now();
    const index = new FaqSearchIndex();
    for (const entry of entries) index.upsert({ ...entry, phrasings: phrasings.get(entry.id) ?? [] });
    this.index = index;
    this.entries = new Map(entries.map((e) => [e.id, e]));
    this.revision = revision;
  }
}
