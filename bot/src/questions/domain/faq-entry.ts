import { UserFacingError } from '../../platform/errors/user-facing-error';
import { pupilNameProblem } from '../../platform/privacy/pupil-name-check';
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
  /** When it last changed (ISO). */
  updatedAt: string;
}

/** What an officer writes for an entry. */
export interface FaqEntryInput {
  question: string;
  answer: string;
  themeId: string;
  source?: string;
}

/** The longest answer an FAQ entry may have (it must fit on a card). */
const FAQ_ANSWER_MAX = 4000;

/** Checks an entry (question 10–2,000 characters, answer 10–4,000, known theme, no pupil named). */
export function checkFaqEntry(input: FaqEntryInput, themes: readonly QuestionTheme[]): Required<FaqEntryInput> {
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
  for (const [field, value] of [
    ['question', question],
    ['answer', answer],
  ] as const) {
    const named = errors[field] ? undefined : pupilNameProblem(value);
    if (named) errors[field] = named;
  }
  const entries = Object.entries(errors);
  if (entries.length > 0) {
    throw new UserFacingError('invalid', entries.map(([f, m]) => `${f}: ${m}`).join(' '), errors);
  }
  return { question, answer, themeId: themeId as string, source: (input.source ?? '').trim() || 'KCC officer' };
}
