import { FAQ_SYNONYMS, type SynonymGroup } from './kent-synonyms';
import { normaliseWords } from './normalise-words';
import { porterStem } from './porter-stemmer';
import { STOP_WORDS } from './stop-words';

/** The prefix that marks a concept token (a synonym group) among word stems. */
export const CONCEPT_PREFIX = '~';

/** A word with its plural ending removed ("ehcps" → "ehcp", "communities" → "community"); used to match phrases. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A synonym phrase: a one-word phrase is matched by its singular form, a longer one word by word by stems. */
interface Phrase {
  words: string[];
  concept: string;
}

type PhraseTable = Map<string, Phrase[]>;

/** Stems already worked out (Porter's steps are the slow part of reading text); emptied when it grows too big. */
const STEMS = new Map<string, string>();
const MOST_STEMS_KEPT = 50_000;

function stemOf(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  if (STEMS.size >= MOST_STEMS_KEPT) STEMS.clear();
  const stem = porterStem(word);
  STEMS.set(word, stem);
  return stem;
}

/** The form a word is compared in: singular for one-word phrases ("ehcps"), stemmed inside longer ones ("talking to"). */
function formsOf(words: readonly string[], long: boolean): string[] {
  return words.map((w) => (long ? stemOf(w) : singular(w)));
}

function phraseTable(groups: readonly SynonymGroup[]): PhraseTable {
  const table: PhraseTable = new Map();
  for (const group of groups) {
    for (const phrase of group.phrases) {
      const raw = normaliseWords(phrase);
      const words = formsOf(raw, raw.length > 1);
      if (!words[0]) continue;
      const key = `${raw.length > 1 ? '+' : ''}${words[0]}`;
      table.set(key, [...(table.get(key) ?? []), { words, concept: group.concept }]);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

const PHRASES = phraseTable(FAQ_SYNONYMS);

/** The longest synonym phrase starting at word `i`: its concept and how many words it spans. */
function phraseAt(
  singulars: readonly string[],
  stems: readonly string[],
  i: number,
): { concept: string; length: number } | undefined {
  for (const candidate of PHRASES.get(`+${stems[i]}`) ?? []) {
    const end = i + candidate.words.length;
    if (end <= stems.length && candidate.words.every((w, k) => stems[i + k] === w))
      return { concept: candidate.concept, length: candidate.words.length };
  }
  const single = PHRASES.get(singulars[i] as string)?.[0];
  return single ? { concept: single.concept, length: 1 } : undefined;
}

/**
 * The search terms of a text in reading order: a concept token for each synonym phrase (longest match wins), and the
 * stems of its other meaningful words.
 */
export function analyseText(text: string): string[] {
  const words = normaliseWords(text);
  const singulars = formsOf(words, false);
  const stems = formsOf(words, true);
  const terms: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = phraseAt(singulars, stems, i);
    if (phrase) {
      terms.push(`${CONCEPT_PREFIX}${phrase.concept}`);
      i += phrase.length;
      continue;
    }
    const word = words[i] as string;
    if (!STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word))) terms.push(stems[i] as string);
    i++;
  }
  return terms;
}
