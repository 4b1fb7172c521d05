import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkPhrasing, type FaqPhrasing, learnablePhrasing, MAX_PHRASINGS_PER_ENTRY } from '../domain/faq-phrasing';
import type { Question } from '../domain/question';
import { publishedEntry } from './manage-faq';
import type { NewFaqPhrasing, QuestionsPorts } from './ports';

/** The other wordings of a published entry ("also asked as"), oldest first; officers only, as they come from askers. */
export async function listPhrasings(ports: QuestionsPorts, person: Person, entryId: string): Promise<FaqPhrasing[]> {
  requireOfficer(person);
  await publishedEntry(ports, entryId);
  return ports.faq.phrasings(entryId);
}

/** Adds an officer's wording to a published entry; the same wording again is recognised (`added: false`), not doubled. */
export async function addPhrasing(
  ports: QuestionsPorts,
  person: Person,
  entryId: string,
  text: unknown,
): Promise<{ phrasing: FaqPhrasing; added: boolean }> {
  requireOfficer(person);
  const checked = checkPhrasing(text);
  await publishedEntry(ports, entryId);
  const result = await ports.faq.addPhrasing(
    { id: ports.newId(), entryId, text: checked, source: 'officer' },
    person.id,
  );
  if (result.outcome === 'added') ports.catalog.invalidate();
  if ((result.outcome === 'added' || result.outcome === 'same') && result.phrasing) {
    return { phrasing: result.phrasing, added: result.outcome === 'added' };
  }
  if (result.outcome === 'same') {
    const problem = "That is the entry's own question: write another way schools ask it.";
    throw new UserFacingError('invalid', `text: ${problem}`, { text: problem });
  }
  if (result.outcome === 'full') {
    throw new UserFacingError(
      'conflict',
      `This entry already has ${MAX_PHRASINGS_PER_ENTRY} wordings added by officers: remove one first.`,
    );
  }
  throw new UserFacingError('not-found', 'There is no such published FAQ entry.');
}

/** Removes one of an entry's wordings, an officer's or a learned one (officers). */
export async function removePhrasing(
  ports: QuestionsPorts,
  person: Person,
  entryId: string,
  phrasingId: string,
): Promise<void> {
  requireOfficer(person);
  await publishedEntry(ports, entryId);
  if (!(await ports.faq.removePhrasing(entryId, phrasingId, person.id))) {
    throw new UserFacingError('not-found', 'This FAQ entry has no such wording.');
  }
  ports.catalog.invalidate();
}

/**
 * The asker's wording to learn as a phrasing of the entry that answered their question, once it passes the pupil-name
 * check again; none when it may not be kept. Stored with the question's change, so it is learned once or not at all.
 */
export function learnedWording(
  ports: QuestionsPorts,
  question: Pick<Question, 'id' | 'text'>,
  entryId: string,
): NewFaqPhrasing | undefined {
  const text = learnablePhrasing(question.text);
  return text ? { id: ports.newId(), entryId, text, source: 'learned', questionId: question.id } : undefined;
}
