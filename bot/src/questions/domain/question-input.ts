import { UserFacingError } from '../../platform/errors/user-facing-error';
import { pupilNameProblem } from '../../platform/privacy/pupil-name-check';
import { ALL_THEMES, type QuestionTheme, themeNamed } from './question-themes';

/** The shortest and longest question accepted. */
export const QUESTION_LENGTH = { min: 10, max: 2000 } as const;

/** The longest context, answer, reason or follow-up accepted. */
const LONG_TEXT_MAX = 4000;

/** What a person asks: a theme, the question and optional context. */
export interface QuestionInput {
  themeId: string;
  text: string;
  context?: string | null;
}

/** A checked question, trimmed. */
export interface CheckedQuestion {
  themeId: string;
  text: string;
  context: string | null;
}

/** Checks a question (theme known, 10–2,000 characters, no pupil named), naming every field that needs changing. */
export function checkQuestion(input: QuestionInput, themes: readonly QuestionTheme[]): CheckedQuestion {
  const errors: Record<string, string> = {};
  const text = (input.text ?? '').trim();
  const context = (input.context ?? '').trim();
  const themeId = knownTheme(input.themeId, themes);
  if (!themeId) {
    errors.theme = `Choose one of: ${themes.map((t) => t.name).join(', ')}.`;
  }
  if (text.length < QUESTION_LENGTH.min || text.length > QUESTION_LENGTH.max) {
    errors.text = `Write the question in ${QUESTION_LENGTH.min} to ${QUESTION_LENGTH.max.toLocaleString('en-GB')} characters (it has ${text.length}).`;
  } else {
    const named = pupilNameProblem(text);
    if (named) errors.text = named;
  }
  if (context.length > QUESTION_LENGTH.max) {
    errors.context = `Keep the context to ${QUESTION_LENGTH.max.toLocaleString('en-GB')} characters.`;
  } else {
    const named = context ? pupilNameProblem(context) : undefined;
    if (named) errors.context = named;
  }
  refuseIfAny(errors);
  return { themeId: themeId as string, text, context: context || null };
}

/** Checks a required free text (an answer, reason or follow-up): present, not too long, naming no pupil. */
export function checkText(field: string, value: string | undefined, what: string, min = 2): string {
  const text = (value ?? '').trim();
  if (text.length < min || text.length > LONG_TEXT_MAX) {
    refuseIfAny({ [field]: `Write ${what} (${min} to ${LONG_TEXT_MAX.toLocaleString('en-GB')} characters).` });
  }
  const named = pupilNameProblem(text);
  if (named) refuseIfAny({ [field]: named });
  return text;
}

/** The id of the theme a person means by an id or a name ("funding", "PRG"), if it is one of the themes. */
export function knownTheme(idOrName: string | undefined, themes: readonly QuestionTheme[]): string | undefined {
  const id = themeNamed(idOrName ?? '', themes);
  return id && id !== ALL_THEMES ? id : undefined;
}

function refuseIfAny(errors: Record<string, string>): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  const summary = entries.map(([field, message]) => `${field}: ${message}`).join(' ');
  throw new UserFacingError('invalid', entries.length === 1 ? (entries[0]?.[1] ?? summary) : summary, errors);
}
