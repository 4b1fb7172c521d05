import type { Question } from '../domain/question';
import type { FaqCatalog } from './faq-catalog';
import type { FaqStore, QuestionsStore } from './questions-store';

/** A change people in the question's channel should see: the card again, and a short note in its thread. */
export interface QuestionChanged {
  question: Question;
  note: string;
  refreshUserIds: string[];
}

/** What the question use cases need. */
export interface QuestionsPorts {
  questions: QuestionsStore;
  faq: FaqStore;
  catalog: FaqCatalog;
  /** Tells the channel about a change (after it is committed); failures there never undo the change. */
  changed: (change: QuestionChanged) => void;
  newId: () => string;
  /** True for a team channel (or chat) where the app is installed; routes may only point at those. */
  knownChannel?: (conversationId: string) => Promise<boolean>;
}

/** The most officers a card's refresh list names (Teams allows 60). */
export const REFRESH_USER_LIMIT = 60;

/** The least share of a question an FAQ entry must match to be suggested before sending it to KCC. */
export const SUGGESTION_MIN_COVERAGE = 0.25;
