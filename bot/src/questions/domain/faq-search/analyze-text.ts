import { DOMAIN_SYNONYMS, KENT_SYNONYMS, type SynonymGroup } from './kent-synonyms';
import { porterStem } from './porter-stemmer';
import { STOP_WORDS } from './stop-words';

/** The prefix that marks a concept token (a synonym group) among word stems. */
const CONCEPT_PREFIX = '~';

/** Lower-cases text and turns punctuation, currency and thousands separators into plain words. */
function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(/\b(\d+)k\b/g, '$1000')
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** A word with its plural ending removed ("ehcps" → "ehcp", "communities" → "community"); used to match phrases. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

type PhraseTable = Map<string, { words: string[]; concept: string }[]>;

function phraseTable(groups: readonly SynonymGroup[]): PhraseTable {
  const table: PhraseTable = new Map();
  for (const group of groups) {
    for (const phrase of group.phrases) {
      const words = normaliseWords(phrase).map(singular);
      const first = words[0];
      if (!first) continue;
      const list = table.get(first) ?? [];
      list.push({ words, concept: group.concept });
      table.set(first, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

const PHRASES = phraseTable([...KENT_SYNONYMS, ...DOMAIN_SYNONYMS]);

/** The concept token of each synonym phrase in a list of words (longest match wins), and which words they cover. */
function conceptsIn(words: readonly string[]): { concepts: string[]; covered: boolean[] } {
  const forms = words.map(singular);
  const concepts: string[] = [];
  const covered = words.map(() => false);
  let coveredUntil = 0;
  for (let i = 0; i < forms.length; i++) {
    for (const candidate of PHRASES.get(forms[i] as string) ?? []) {
      const end = i + candidate.words.length;
      if (end > forms.length || !candidate.words.every((w, k) => forms[i + k] === w)) continue;
      if (i >= coveredUntil || end > coveredUntil) concepts.push(`${CONCEPT_PREFIX}${candidate.concept}`);
      for (let k = i; k < end; k++) covered[k] = true;
      coveredUntil = Math.max(coveredUntil, end);
      break;
    }
  }
  return { concepts, covered };
}

/** The search terms of a text: a concept token for each synonym phrase, and the stems of its other meaningful words. */
export function analyseText(text: string): string[] {
  const words = normaliseWords(text);
  const { concepts, covered } = conceptsIn(words);
  const stems = words
    .filter((w, i) => !covered[i] && !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w)))
    .map((w) => porterStem(w));
  return [...stems, ...concepts];
}
