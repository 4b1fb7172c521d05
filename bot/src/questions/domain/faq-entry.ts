import { UserFacingError } from '../../platform/errors/user-facing-error';
import { pupilNameProblem } from '../../platform/privacy/pupil-name-check';
import { isPlainDate, type PlainDate } from '../../platform/time/plain-date';
import { knownTheme, QUESTION_LENGTH } from './question-input';
import type { QuestionTheme } from './question-themes';

/** A published (or retired) FAQ entry. */
export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
  themeId: string;
  themeName: string;
  source: string;
  status: 'published' | 'retired';
  /** The last day the answer is known to hold (e.g. a rule for one school year); null when it does not age. */
  validUntil: PlainDate | null;
  /** Who published it (their name); null for the starting FAQ the app loads in local mode. */
  publishedBy: string | null;
  /** When it was first published (ISO). */
  publishedAt: string;
  /** When it last changed (ISO). */
  updatedAt: string;
}

/** What an officer writes for an entry. */
export interface FaqEntryInput {
  question: string;
  answer: string;
  themeId: string;
  source?: string;
  /** The last day the answer holds (YYYY-MM-DD); null or absent when it does not age. */
  validUntil?: string | null;
}

/** An entry as checked, ready to store. */
export type CheckedFaqEntry = Required<Omit<FaqEntryInput, 'validUntil'>> & { validUntil: PlainDate | null };

/** True once the day after an entry's "valid until" has begun: search still finds it, and says it is out of date. */
export function isOutOfDate(entry: Pick<FaqEntry, 'validUntil'>, today: PlainDate): boolean {
  return entry.validUntil !== null && entry.validUntil < today;
}

/** The longest answer an FAQ entry may have (it must fit on a card). */
const FAQ_ANSWER_MAX = 4000;

/** Checks an entry (question 10–2,000 characters, answer 10–4,000, known theme, no pupil named, a real date if any). */
export function checkFaqEntry(input: FaqEntryInput, themes: readonly QuestionTheme[]): CheckedFaqEntry {
  const errors: Record<string, string> = {};
  const question = (input.question ?? '').trim();
  const answer = (input.answer ?? '').trim();
  if (question.length < QUESTION_LENGTH.min || question.length > QUESTION_LENGTH.max) {
    errors.question = `Write the question in ${QUESTION_LENGTH.min} to 2,000 characters.`;
  }
  if (answer.length < 10 || answer.length > FAQ_ANSWER_MAX)
    errors.answer = 'Write the answer in 10 to 4,000 characters.';
  const themeId = knownTheme(input.themeId, themes);
  if (!themeId) {
    errors.theme = `Choose one of: ${themes.map((t) => t.name).join(', ')}.`;
  }
  const validUntil = input.validUntil?.trim() || null;
  if (validUntil !== null && !isPlainDate(validUntil)) {
    errors.validUntil = 'Give the last day the answer holds as a date (YYYY-MM-DD), or leave it empty.';
  }
  const source = (input.source ?? '').trim();
  if (source.length > 200) errors.source = 'Name the source in 200 characters or fewer.';
  for (const [field, value] of [
    ['question', question],
    ['answer', answer],
    ['source', source],
  ] as const) {
    const named = errors[field] ? undefined : pupilNameProblem(value);
    if (named) errors[field] = named;
  }
  const entries = Object.entries(errors);
  if (entries.length > 0) {
    throw new UserFacingError('invalid', entries.map(([f, m]) => `${f}: ${m}`).join(' '), errors);
  }
  return { question, answer, themeId: themeId as string, source: source || 'KCC officer', validUntil };
}
