/** A set of phrases that mean the same thing: the words Kent schools use for one service or need. */
export interface SynonymGroup {
  concept: string;
  phrases: readonly string[];
}

/** The PRG services by every name schools use for them (FAQ search and the contacts directory share these). */
export const SERVICE_SYNONYMS: readonly SynonymGroup[] = [
  {
    concept: 'stls',
    phrases: ['stls', 'specialist teaching and learning service', 'specialist teacher', 'specialist teaching service'],
  },
  {
    concept: 'ep',
    phrases: ['educational psychology', 'educational psychologist', 'ep service', 'psychologist', 'ep'],
  },
  {
    concept: 'salt',
    phrases: [
      'salt',
      'slt',
      'speech and language therapy',
      'speech and language therapist',
      'speech therapy',
      'speech therapist',
    ],
  },
  { concept: 'ot', phrases: ['occupational therapy', 'occupational therapist', 'ot'] },
  { concept: 'physio', phrases: ['physiotherapy', 'physiotherapist', 'physio'] },
];

/**
 * The four broad areas of need (SEND Code of Practice) by the words and abbreviations schools use for the needs
 * within them; the first phrase is the area's own name, as services list it.
 */
export const NEED_SYNONYMS: readonly SynonymGroup[] = [
  {
    concept: 'communication-and-interaction',
    phrases: ['communication and interaction', 'autism', 'autistic', 'asc', 'asd', 'social communication'],
  },
  {
    concept: 'cognition-and-learning',
    phrases: ['cognition and learning', 'dyslexia', 'dyscalculia', 'spld', 'mld', 'learning difficulty'],
  },
  {
    concept: 'semh',
    phrases: [
      'social, emotional and mental health',
      'semh',
      'behaviour',
      'behavior',
      'anxiety',
      'mental health',
      'emotional',
      'wellbeing',
    ],
  },
  {
    concept: 'sensory-and-physical',
    phrases: ['sensory and/or physical', 'sensory', 'physical', 'hearing', 'vision', 'visual', 'dyspraxia', 'motor'],
  },
];
