import { FIRST_NAMES, nameKey, ORDINARY_WORD_NAMES } from './first-names';

const PUPIL_WORDS = new Set(
  'pupil pupils child children student students learner learners boy boys girl girls son daughter brother sister twin kid'.split(
    ' ',
  ),
);
const NAMING_WORDS = new Set(['called', 'named', 'name', 'known']);
/** Words before a name that make it an adult's or a place's: "Mrs Patel", "St Mary's". */
const NOT_A_PUPIL_BEFORE = new Set('mr mrs ms miss mx dr sir dame prof professor rev lady lord st saint'.split(' '));
/** Words after a name that make it a place's: "Victoria Road", "Florence Nightingale School". */
const PLACE_WORDS = new Set(
  'road street avenue lane close way drive crescent place square park hall house court gardens green hill school academy primary college centre center church campus site ward'.split(
    ' ',
  ),
);
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'so',
  'then',
  'when',
  'because',
  'since',
  'although',
  'while',
  'that',
  'if',
]);
/** Auxiliaries: a subject before them may be a person ("Grace is") or a thing ("Summer is"). */
const AUXILIARIES = new Set(
  `has had have is was will would can could cannot can't won't isn't wasn't doesn't didn't does did may might must should`.split(
    /\s+/,
  ),
);
/** Verbs that follow a person as the subject of a sentence ("Grace needs", "May responded"). */
const PERSON_VERBS = new Set(
  `needs needed responded responds started starts joined joins likes liked loves loved finds found struggles struggled
  attends attended goes went gets got shows showed makes made says said seems seemed enjoys enjoyed became becomes
  continues continued moved arrived left presents presented displays displayed requires required uses used works worked
  reads read writes wrote refuses refused tends tended wants wanted benefits benefited benefitted receives received remains
  remained accesses accessed engages engaged manages managed copes coped finds talks talked communicates communicated
  lives lived came comes sits sat runs ran became spends spent prefers preferred becomes knows knew`.split(/\s+/),
);
/** Months, days and seasons: names only after a pupil word, "called" or before a person's verb ("May responded"). */
const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter'.split(
    ' ',
  ),
);

interface Token {
  word: string;
  key: string;
  capitalised: boolean;
  /** An all-capital word in mixed-case text: an acronym (ELSA, SEMH), not a name. */
  acronym: boolean;
  opensClause: boolean;
}

/** The word in a free text that looks like a pupil's name, or undefined when it names nobody. */
export function pupilNameIn(text: string): string | undefined {
  const tokens = tokenise(text);
  return tokens.find((_token, i) => looksLikeAName(tokens, i))?.word;
}

/** Why free text seems to name a pupil (so it must not be stored), or undefined when it does not. */
export function pupilNameProblem(text: string): string | undefined {
  const word = pupilNameIn(text);
  if (word === undefined) return undefined;
  return `"${word}" looks like a pupil's name. Do not name pupils: use the school's pupil reference (for example Y4-017) or describe them ("a Year 4 pupil"); for an adult, write their role.`;
}

function looksLikeAName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const back = tokens[i - 1];
  const twoBack = tokens[i - 2];
  const isName = FIRST_NAMES.has(token.key);
  const isOrdinaryWordName = ORDINARY_WORD_NAMES.has(token.key);
  const namedSo =
    back &&
    twoBack &&
    ((NAMING_WORDS.has(back.key) && PUPIL_WORDS.has(twoBack.key)) || (back.key === 'as' && twoBack.key === 'known'));
  if (namedSo) return token.capitalised || isName || isOrdinaryWordName;
  if ((!isName && !isOrdinaryWordName) || token.acronym) return false;
  const next = tokens[i + 1];
  if (next && PLACE_WORDS.has(next.key)) return false;
  const saysItIsAName =
    back &&
    twoBack &&
    ((NAMING_WORDS.has(back.key) && twoBack.key === 'is') || (back.key === 'is' && twoBack.key === 'name'));
  if (saysItIsAName) return true;
  if (followsATitle(tokens, i)) return false;
  if (isName) return true;
  if (back && PUPIL_WORDS.has(back.key)) return token.capitalised;
  if (next === undefined || next.capitalised || !(token.opensClause || token.capitalised)) return false;
  return PERSON_VERBS.has(next.key) || (AUXILIARIES.has(next.key) && !CALENDAR_WORDS.has(token.key));
}

/** Whether the name is part of a titled name: "Mrs Patel", "Mr Olusegun Adebayo", "St Mary's". */
function followsATitle(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const token = tokens[j] as Token;
    if (NOT_A_PUPIL_BEFORE.has(token.key)) return true;
    if (!token.capitalised) return false;
  }
  return false;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 0 && letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.6;
  let clauseBreak = true;
  for (const match of text.matchAll(/([\p{L}\p{M}]+(?:['’][\p{L}]+)?)|([.!?;:\n\r•(—–-]+)/gu)) {
    const [, word, punctuation] = match;
    if (punctuation !== undefined) {
      clauseBreak = true;
      continue;
    }
    const start = match.index ?? 0;
    const end = start + (word as string).length;
    if (/\p{N}/u.test(text[start - 1] ?? '') || /\p{N}/u.test(text[end] ?? '')) {
      clauseBreak = false; // letters inside a code or id ("ada4b2e1", "Y4"), not a word
      continue;
    }
    const key = nameKey((word as string).replace(/['’]s$/u, ''));
    const previous = tokens.at(-1);
    const opensClause = clauseBreak || (previous !== undefined && CLAUSE_OPENERS.has(previous.key));
    const allCapitals = /^\p{Lu}{2,}$/u.test(word as string);
    tokens.push({
      word: word as string,
      key,
      capitalised: /^\p{Lu}\p{Ll}/u.test(word as string) || (shouting && allCapitals),
      acronym: allCapitals && !shouting,
      opensClause,
    });
    clauseBreak = false;
  }
  return tokens;
}
