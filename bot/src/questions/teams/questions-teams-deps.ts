import type { DirectoryPort } from '../../directory';
import type { ConversationRefsPort } from '../../platform/conversations/conversation-refs';
import type { RateLimits } from '../../platform/limits/rate-limits';
import type { QuestionsService } from '../app/questions-service';

/** What the Teams handlers of questions and the FAQ need. */
export interface QuestionsTeamsDeps {
  directory: DirectoryPort;
  conversationRefs: ConversationRefsPort;
  questions: QuestionsService;
  /** Per-person limits on searches and writes (the message extension spends them itself). */
  limits: RateLimits;
  /** The tab's Contacts page (a Teams deep link, or its web address), with a query for the page (e.g. a search). */
  contactsPageUrl: (query: Record<string, string>) => string;
}
