/** Where a question is in its life: drafted (suggestions shown), resolved by the FAQ, with KCC, or finished. */
export type QuestionStatus = 'draft' | 'self-answered' | 'open' | 'assigned' | 'answered' | 'duplicate' | 'closed';

/** What happened to a question, kept as its history. */
export type QuestionEventKind =
  | 'asked'
  | 'self-answered'
  | 'sent'
  | 'assigned'
  | 'answered'
  | 'duplicate'
  | 'closed'
  | 'feedback'
  | 'follow-up';

/** One entry in a question's history. */
export interface QuestionEvent {
  at: string;
  kind: QuestionEventKind;
  actorName: string | null;
  text: string | null;
  faqEntryId: string | null;
}

/** A published answer as a question refers to it. */
interface FaqReference {
  id: string;
  question: string;
  answer: string;
}

/** A question with the names the cards and the API show, and its history (oldest first). */
export interface Question {
  id: string;
  askerId: string;
  askerName: string;
  schoolName: string | null;
  communityName: string | null;
  themeId: string;
  themeName: string;
  text: string;
  context: string | null;
  status: QuestionStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  faqEntry: FaqReference | null;
  helpful: boolean | null;
  /** When the asker sent it to KCC (ISO), or null while a draft. */
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  channelConversationId: string | null;
  channelActivityId: string | null;
  history: QuestionEvent[];
}

/** The latest answer text in a question's history, if KCC answered it. */
export function latestAnswer(question: Pick<Question, 'history'>): QuestionEvent | undefined {
  return [...question.history].reverse().find((e) => e.kind === 'answered' || e.kind === 'duplicate');
}

/** The reason given when the question was last closed, if it was. */
export function closeReason(question: Pick<Question, 'history'>): string | null {
  return [...question.history].reverse().find((e) => e.kind === 'closed')?.text ?? null;
}
