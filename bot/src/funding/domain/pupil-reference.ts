import { FIRST_NAMES, nameKey, ORDINARY_WORD_NAMES } from '../../platform/privacy/first-names';

/** The longest pupil reference accepted. */
const MAX_PUPIL_REFERENCE_LENGTH = 30;

const EXPLANATION =
  "Use the school's own code for the pupil (for example Y4-017 or AB12), never a name: children's names must not be stored here.";

/** Why a pupil reference cannot be stored (it is missing, malformed or looks like a person's name), or undefined. */
export function pupilReferenceProblem(reference: string): string | undefined {
  const text = reference.trim();
  if (text === '') return `Give a pupil reference. ${EXPLANATION}`;
  if (text.length > MAX_PUPIL_REFERENCE_LENGTH) {
    return `A pupil reference has at most ${MAX_PUPIL_REFERENCE_LENGTH} characters. ${EXPLANATION}`;
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9 ./_#-]*$/.test(text)) {
    return `A pupil reference uses letters, digits, spaces and - / . _ # only. ${EXPLANATION}`;
  }
  const words = text.split(/[^A-Za-z0-9]+/).filter((w) => /^[A-Za-z]{2,}$/.test(w));
  const isName = (word: string) => FIRST_NAMES.has(nameKey(word)) || ORDINARY_WORD_NAMES.has(nameKey(word));
  const firstName = words.find((w) => isName(w) && !/^[A-Z]{2,3}$/.test(w));
  if (firstName) return `"${firstName}" looks like a first name. ${EXPLANATION}`;
  if (/^[A-Za-z]\.?\s+[A-Za-z]{2,}$|^[A-Za-z]{2,}\s+[A-Za-z]\.?$/.test(text)) {
    return `"${text}" looks like an initial and a surname. ${EXPLANATION}`;
  }
  const capitalised = words.filter((w) => /^[A-Z][a-z]+$/.test(w));
  if (capitalised.length >= 2) return `"${text}" looks like a person's name. ${EXPLANATION}`;
  if (/^[A-Z][a-z]{2,}$/.test(text)) {
    return `"${text}" looks like a name. ${EXPLANATION}`;
  }
  return undefined;
}
