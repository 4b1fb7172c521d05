import { COMMON_FIRST_NAMES } from './common-first-names';

const PUPIL_WORD = /^(pupil|child|student|learner|boy|girl|son|daughter|kid)s?$/i;
const YEAR_GROUP_AHEAD = /^(?:\S+\s+){0,2}?(?:(?:year|yr)\s*(?:\d{1,2}|r)\b|y\d{1,2}\b|reception\b)/i;

const EXPLANATION =
  'Please do not name pupils: describe the situation (for example "a Year 4 pupil with speech and language needs").';

/** Why free text seems to name a pupil (so it must not be stored), or undefined when it does not. */
export function pupilNameProblem(text: string): string | undefined {
  const words = text.split(/[^A-Za-z0-9'-]+/).filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!/^[A-Z][a-z'-]+$/.test(word)) continue;
    const oneBack = words[i - 1] ?? '';
    const twoBack = words[i - 2] ?? '';
    const calledSo = PUPIL_WORD.test(twoBack) && /^(called|named)$/i.test(oneBack);
    const knownName = COMMON_FIRST_NAMES.has(word.toLowerCase());
    const afterPupilWord = PUPIL_WORD.test(oneBack);
    const yearGroupAhead = YEAR_GROUP_AHEAD.test(words.slice(i + 1, i + 4).join(' '));
    if (calledSo || (knownName && (afterPupilWord || yearGroupAhead))) {
      return `"${word}" looks like a pupil's name. ${EXPLANATION}`;
    }
  }
  return undefined;
}
