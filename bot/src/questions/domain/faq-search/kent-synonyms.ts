import { NEED_SYNONYMS, SERVICE_SYNONYMS, type SynonymGroup } from '../../../directory';
import KENT_WORDS from './kent-synonyms.json';

export type { SynonymGroup } from '../../../directory';

/**
 * Every synonym group the FAQ search reads: the PRG services and the broad areas of need (shared with contacts), then
 * Kent's words (the data file).
 */
export const FAQ_SYNONYMS: readonly SynonymGroup[] = [...SERVICE_SYNONYMS, ...NEED_SYNONYMS, ...KENT_WORDS.groups];

/** The concepts that say what kind of answer a question wants ("how many", "how much") rather than what it is about. */
export const QUESTION_FORM_CONCEPTS: ReadonlySet<string> = new Set(
  KENT_WORDS.groups.filter((group) => 'questionForm' in group && group.questionForm).map((group) => group.concept),
);
