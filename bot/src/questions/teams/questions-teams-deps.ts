import type { DirectoryPort } from '../../directory';
import type { ConversationRefsPort } from '../../platform/conversations/conversation-refs';
import type { QuestionsService } from '../app/questions-service';

/** What the Teams handlers of questions and the FAQ need. */
export interface QuestionsTeamsDeps {
  directory: DirectoryPort;
  conversationRefs: ConversationRefsPort;
  questions: QuestionsService;
}
