import { SERVICE_SYNONYMS, type SynonymGroup } from '../../../directory';
import KENT_WORDS from './kent-synonyms.json';

export type { SynonymGroup } from '../../../directory';

/** Every synonym group the FAQ search reads: the PRG services (shared with contacts), then Kent's words (the data file). */
export const FAQ_SYNONYMS: readonly SynonymGroup[] = [...SERVICE_SYNONYMS, ...KENT_WORDS.groups];
