import { FAQ_SYNONYMS } from './kent-synonyms';
import { normaliseWords } from './normalise-words';
import { withinOneEdit } from './spelling';
import { STOP_WORDS } from './stop-words';

/** Words always known: the synonym phrases' words and the stop words, so a typo of them is read as them. */
const ALWAYS_KNOWN = new Set([...FAQ_SYNONYMS.flatMap((g) => g.phrases.flatMap(normaliseWords)), ...STOP_WORDS]);

/** The words the indexed entries use, by first letter, with how many entries use each: for reading typos. */
export class WordVocabulary {
  private readonly byLetter = new Map<string, Map<string, number>>();
  private readonly wordsOf = new Map<string, Set<string>>();

  constructor() {
    for (const word of ALWAYS_KNOWN) this.count(word, 1);
  }

  /** Records the words of an entry's texts, replacing what was recorded for it before. */
  upsert(id: string, texts: readonly string[]): void {
    this.remove(id);
    const words = new Set(texts.flatMap(normaliseWords));
    for (const word of words) this.count(word, 1);
    this.wordsOf.set(id, words);
  }

  /** Forgets an entry's words. */
  remove(id: string): void {
    for (const word of this.wordsOf.get(id) ?? []) this.count(word, -1);
    this.wordsOf.delete(id);
  }

  /**
   * The known word an unknown one is most likely a typo of: one edit away, same first letter, the most used (then
   * alphabetical); undefined for a known word, a short one or a number.
   */
  correction(word: string): string | undefined {
    const known = this.byLetter.get(word[0] ?? '');
    if (word.length < 4 || /\d/.test(word) || !known || known.has(word)) return undefined;
    let best: { word: string; uses: number } | undefined;
    for (const [candidate, uses] of known) {
      if (!withinOneEdit(word, candidate)) continue;
      if (!best || uses > best.uses || (uses === best.uses && candidate < best.word)) best = { word: candidate, uses };
    }
    return best?.word;
  }

  private count(word: string, change: number): void {
    const letter = word[0] ?? '';
    const words = this.byLetter.get(letter) ?? new Map<string, number>();
    const uses = (words.get(word) ?? 0) + change;
    if (uses > 0) words.set(word, uses);
    else words.delete(word);
    this.byLetter.set(letter, words);
  }
}
