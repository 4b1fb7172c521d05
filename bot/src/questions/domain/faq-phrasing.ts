import { UserFacingError } from '../../platform/errors/user-facing-error';
import { pupilNameProblem } from '../../platform/privacy/pupil-name-check';

/** Who gave an entry another wording: an officer, or an asker whose question the entry answered. */
export type PhrasingSource = 'officer' | 'learned';

/** Another way schools ask an FAQ entry's question ("also asked as"); searched, shown to officers only. */
export interface FaqPhrasing {
  id: string;
  entryId: string;
  text: string;
  source: PhrasingSource;
  /** Who added it (an officer), or whose action taught it (the asker, or the officer who marked a duplicate). */
  createdBy: string | null;
  /** When it was added (ISO). */
  createdAt: string;
}

/** The shortest and longest wording kept as a phrasing (a question, not a letter). */
const PHRASING_LENGTH = { min: 10, max: 500 } as const;

/** The most phrasings one entry keeps; past it the oldest learned one makes room, never one an officer added. */
export const MAX_PHRASINGS_PER_ENTRY = 50;

/** The form two wordings share when they differ only in case and spacing ("only once" compares these). */
export function phrasingKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Checks an officer's phrasing (10–500 characters, no pupil named), trimmed with its spaces tidied. */
export function checkPhrasing(text: unknown): string {
  const tidy = typeof text === 'string' ? text.trim().replace(/\s+/g, ' ') : '';
  const problem =
    typeof text === 'string' ? phrasingProblem(tidy) : 'Write another way schools ask the question (text).';
  if (problem) throw new UserFacingError('invalid', `text: ${problem}`, { text: problem });
  return tidy;
}

/** An asker's wording ready to learn, or undefined when it may not be kept (too short or long, or naming a pupil). */
export function learnablePhrasing(text: string): string | undefined {
  const tidy = text.trim().replace(/\s+/g, ' ');
  return phrasingProblem(tidy) ? undefined : tidy;
}

/**
 * Where a new phrasing goes among an entry's (oldest first): added, the same as one it has (or its question) and so
 * ignored, added in place of the oldest learned one when the entry is full, or refused when officers filled it.
 */
export function placePhrasing(
  text: string,
  entryQuestion: string,
  existing: readonly Pick<FaqPhrasing, 'id' | 'text' | 'source'>[],
): { outcome: 'add'; replaces?: string } | { outcome: 'same'; as?: string } | { outcome: 'full' } {
  const key = phrasingKey(text);
  if (key === phrasingKey(entryQuestion)) return { outcome: 'same' };
  const same = existing.find((p) => phrasingKey(p.text) === key);
  if (same) return { outcome: 'same', as: same.id };
  if (existing.length < MAX_PHRASINGS_PER_ENTRY) return { outcome: 'add' };
  const oldestLearned = existing.find((p) => p.source === 'learned');
  return oldestLearned ? { outcome: 'add', replaces: oldestLearned.id } : { outcome: 'full' };
}

function phrasingProblem(text: string): string | undefined {
  if (text.length < PHRASING_LENGTH.min || text.length > PHRASING_LENGTH.max) {
    return `Write the other wording in ${PHRASING_LENGTH.min} to ${PHRASING_LENGTH.max} characters (it has ${text.length}).`;
  }
  return pupilNameProblem(text);
}
