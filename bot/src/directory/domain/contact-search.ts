import { NEED_SYNONYMS, SERVICE_SYNONYMS, type SynonymGroup } from './kent-vocabulary';

const GROUPS: readonly SynonymGroup[] = [...SERVICE_SYNONYMS, ...NEED_SYNONYMS];

/** One thing a search asks for: any of these phrases in a contact's text satisfies it. */
type Term = readonly string[];

/** Lower case with punctuation as spaces, padded so whole words can be found with " word ". */
function plain(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Every service and need phrase, padded as `plain` pads text, longest first (so "speech therapy" beats "speech"). */
const PHRASES = GROUPS.flatMap((group) => group.phrases.map((phrase) => ({ group, phrase: plain(phrase) })))
  .filter(({ phrase }) => phrase.trim() !== '')
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** What a search asks for: each service or need named (by any of its names) is one term, each other word another. */
function termsOf(query: string): Term[] {
  let rest = plain(query);
  const terms: Term[] = [];
  for (const { group, phrase } of PHRASES) {
    if (!rest.includes(phrase)) continue;
    rest = rest.split(phrase).join(' ');
    if (!terms.includes(group.phrases)) terms.push(group.phrases);
  }
  for (const word of rest.split(' ').filter(Boolean)) terms.push([word]);
  return terms;
}

/** True when a phrase is in the text: short ones ("ot", "ep") as whole words, longer ones anywhere (word starts). */
function has(text: string, phrase: string): boolean {
  const wanted = plain(phrase);
  return wanted.trim().length <= 3 ? text.includes(wanted) : text.includes(wanted.trimEnd());
}

/**
 * A test of whether a contact's text (name, job, service, its needs, communities) answers a search typed the way
 * SENCos write it: "SALT", "SaLT", "EP", "OT", "SEMH", "autism", "dyslexia", "behaviour" find the services that
 * meet those needs, and every other word must appear too.
 */
export function contactSearch(query: string): (text: string) => boolean {
  const terms = termsOf(query);
  return (text) => {
    const haystack = plain(text);
    return terms.every((alternatives) => alternatives.some((phrase) => has(haystack, phrase)));
  };
}
