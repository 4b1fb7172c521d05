import type { PlainDate } from '../../platform/time/plain-date';
import type { PageKey } from '../../platform/validation/keyset-page';
import type { FaqEntry } from '../domain/faq-entry';
import type { FaqPhrasing, PhrasingSource } from '../domain/faq-phrasing';
import type { Question, QuestionEventKind, QuestionStatus } from '../domain/question';
import type { QuestionTheme } from '../domain/question-themes';

/** A notification to enqueue with a change: to a person's 1:1 chat with the bot, or to a conversation (a channel). */
export interface QuestionNotification {
  kind: string;
  to: { personId: string } | { conversationId: string };
  payload: Record<string, unknown>;
  dedupeKey: string;
}

/** A question to store as a draft, already checked. */
export interface NewQuestion {
  id: string;
  askerId: string;
  schoolId: string | null;
  communityId: string | null;
  themeId: string;
  text: string;
  context: string | null;
}

/** An FAQ entry to add, already checked. */
export interface NewFaqEntry {
  id: string;
  question: string;
  answer: string;
  themeId: string;
  source: string;
  validUntil: PlainDate | null;
  sourceQuestionId?: string | null;
}

/** Another wording of an entry's question to add, already checked (no pupil named). */
export interface NewFaqPhrasing {
  id: string;
  entryId: string;
  text: string;
  source: PhrasingSource;
  /** The question whose wording it is, when learned from one. */
  questionId?: string | null;
}

/**
 * What adding a phrasing did: added (in place of the oldest learned one when the entry was full), ignored as the
 * same as one the entry has or as its question, or refused because officers filled the entry or it is not published.
 */
export type PhrasingAdded =
  | { outcome: 'added'; phrasing: FaqPhrasing }
  | { outcome: 'same'; phrasing?: FaqPhrasing }
  | { outcome: 'full' | 'not-published' };

/** One change to a question, made only if it is still in one of the `from` statuses, with its history and audit. */
export interface QuestionChange {
  questionId: string;
  actorId: string;
  from: readonly QuestionStatus[];
  set: {
    status?: QuestionStatus;
    assigneeId?: string | null;
    faqEntryId?: string | null;
    helpful?: boolean | null;
    channelConversationId?: string | null;
    /** Stamp the time the question was sent to KCC. */
    sent?: boolean;
  };
  event: { kind: QuestionEventKind; text?: string | null; faqEntryId?: string | null };
  /** An FAQ entry published in the same transaction; the question then refers to it. */
  publish?: NewFaqEntry;
  /** The asker's wording learned as a phrasing of the entry that answered it, in the same transaction (once only). */
  learn?: NewFaqPhrasing;
  /** Forgets the phrasings learned from this question (the asker said the entry did not answer it after all). */
  unlearn?: boolean;
  /** The notifications this change sends, built from the question as it is after the change. */
  notify?: (changed: Question) => QuestionNotification[];
}

/** Questions, their history and routing; every change is audited and its notifications queued in one transaction. */
export interface QuestionsStore {
  /** Stores a draft; the same id twice (a retried submission) returns the first without storing again. */
  createDraft(question: NewQuestion): Promise<Question>;
  /** A question with its history, if there is one with this id. */
  question(id: string): Promise<Question | undefined>;
  /** Questions, newest first, without their history. */
  /** Questions newest first (by when they were asked, then id); `after` starts after that question (keyset paging). */
  list(filter: {
    askerId?: string;
    statuses?: readonly QuestionStatus[];
    limit: number;
    after?: PageKey;
  }): Promise<Question[]>;
  /** Applies a change; refuses with a conflict when the question has moved on meanwhile. */
  change(change: QuestionChange): Promise<Question>;
  /** The channel conversation for each routed theme key (a theme id or `all`). */
  routes(): Promise<Map<string, string>>;
  setRoute(themeKey: string, conversationId: string, actorId: string): Promise<void>;
  /** Records where a question's card was posted, so it can be updated in place. */
  rememberChannelCard(questionId: string, conversationId: string, activityId: string): Promise<void>;
  /** Teams user ids of KCC officers the bot has met, most recently seen first. */
  officerTeamsIds(limit: number): Promise<string[]>;
  rememberTeamsUser(personId: string, teamsUserId: string): Promise<void>;
}

/** The FAQ knowledge base; every change is audited in its transaction. */
export interface FaqStore {
  /** The themes in use, in their order. */
  themes(): Promise<QuestionTheme[]>;
  /** Replaces the list of themes in use (in this order); themes left out are retired, never deleted. */
  setThemes(themes: readonly QuestionTheme[], actorId: string): Promise<QuestionTheme[]>;
  published(): Promise<FaqEntry[]>;
  entry(id: string): Promise<FaqEntry | undefined>;
  add(entry: NewFaqEntry, actorId: string): Promise<FaqEntry>;
  /** Publishes entries imported from a document, all or none, in one audited transaction. */
  addMany(entries: readonly NewFaqEntry[], actorId: string): Promise<void>;
  update(id: string, entry: Omit<NewFaqEntry, 'id'>, actorId: string): Promise<FaqEntry>;
  retire(id: string, actorId: string): Promise<FaqEntry>;
  /** An entry's other wordings ("also asked as"), oldest first. */
  phrasings(entryId: string): Promise<FaqPhrasing[]>;
  /** The other wordings of every published entry, by entry id, for the search index. */
  publishedPhrasings(): Promise<Map<string, string[]>>;
  /** Adds a wording once per entry (case and spacing aside), keeping at most 50 and every officer's; audited. */
  addPhrasing(phrasing: NewFaqPhrasing, actorId: string): Promise<PhrasingAdded>;
  /** Removes one of an entry's wordings; false when it has no such wording. Audited. */
  removePhrasing(entryId: string, phrasingId: string, actorId: string): Promise<boolean>;
  /** Changes whenever any entry or phrasing changes, so each instance knows when to rebuild its search index. */
  revision(): Promise<string>;
}

/** A change people in the question's channel should see: the card again, and a short note in its thread. */
export interface QuestionChanged {
  question: Question;
  note: string;
  refreshUserIds: string[];
}

/** A search result: the entry, its score, how well it answers the question (0–1) and how much of it it matched. */
export interface FaqResult {
  entry: FaqEntry;
  score: number;
  /** Compare with the domain's `isGoodAnswer`: below it, the FAQ has not answered the question yet. */
  confidence: number;
  coverage: number;
}

/** The published FAQ, searchable; kept fresh from the store (FaqCatalog keeps it in memory). */
export interface FaqSearch {
  /** The entries that best answer a text, best first (optionally in one theme, above a least share of the query). */
  search(text: string, options: { top: number; themeId?: string; minCoverage?: number }): Promise<FaqResult[]>;
  /** Every published entry, by theme order then question. */
  all(): Promise<FaqEntry[]>;
  /** Marks the copy in memory stale after a change to the FAQ. */
  invalidate(): void;
}

/** What the question use cases need. */
export interface QuestionsPorts {
  questions: QuestionsStore;
  faq: FaqStore;
  catalog: FaqSearch;
  /** Tells the channel about a change (after it is committed); failures there never undo the change. */
  changed: (change: QuestionChanged) => void;
  newId: () => string;
  /** The current instant (ms); FAQ answers age against it. */
  now: () => number;
  /** True for a team channel (or chat) where the app is installed; routes may only point at those. */
  knownChannel?: (conversationId: string) => Promise<boolean>;
}

/** The most officers a card's refresh list names (Teams allows 60). */
export const REFRESH_USER_LIMIT = 60;
