import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../platform/db/tables';

/** Themes questions and FAQ entries are filed under (officers route each to a channel). */
export interface QuestionThemesTable {
  id: string;
  name: string;
  position: number;
  retired: Generated<boolean>;
}

/** The FAQ knowledge base: published entries, and retired ones kept for history. */
export interface FaqEntriesTable {
  id: string;
  question: string;
  answer: string;
  theme_id: string;
  source: string;
  source_question_id: string | null;
  /** The last day the answer holds (YYYY-MM-DD); null when it does not age. */
  valid_until: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<'published' | 'retired'>;
  created_by: string | null;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Other wordings of an entry's question ("also asked as"), by officers or learned from askers; searched, never shown to schools. */
export interface FaqPhrasingsTable {
  id: string;
  faq_entry_id: string;
  text: string;
  /** The text in lower case with its spaces tidied: an entry has each wording once. */
  text_key: string;
  source: 'officer' | 'learned';
  /** The question it was learned from (null for an officer's). */
  question_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

/** A question a school person asked KCC; the text is theirs, never a pupil's name (checked before storing). */
export interface QuestionsTable {
  id: string;
  asker_person_id: string;
  school_id: string | null;
  community_id: string | null;
  theme_id: string;
  text: string;
  context: string | null;
  status: 'draft' | 'self-answered' | 'open' | 'assigned' | 'answered' | 'duplicate' | 'closed';
  assignee_person_id: string | null;
  faq_entry_id: string | null;
  helpful: boolean | null;
  channel_conversation_id: string | null;
  channel_activity_id: string | null;
  version: Generated<number>;
  sent_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A question's history: asked, sent, assigned, answered, follow-ups, feedback. */
export interface QuestionEventsTable {
  id: Generated<string>;
  question_id: string;
  at: Timestamp;
  actor_person_id: string | null;
  kind: string;
  text: string | null;
  faq_entry_id: string | null;
}

/** Which channel receives the questions of a theme (`all` for every theme without its own). */
export interface QuestionRoutesTable {
  theme_key: string;
  conversation_id: string;
  set_by: string;
  set_at: Timestamp;
}

/** The Teams user id (29:…) of people the bot has met, for card refresh lists. */
export interface TeamsUsersTable {
  person_id: string;
  teams_user_id: string;
  seen_at: Timestamp;
}

declare module '../../platform/db/schema' {
  /** Questions and the FAQ: themes, entries and their phrasings, questions, their events, channels and Teams users. */
  interface Database {
    question_themes: QuestionThemesTable;
    faq_entries: FaqEntriesTable;
    faq_phrasings: FaqPhrasingsTable;
    questions: QuestionsTable;
    question_events: QuestionEventsTable;
    question_routes: QuestionRoutesTable;
    teams_users: TeamsUsersTable;
  }
}
