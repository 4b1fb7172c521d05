import type { ConversationRefsPort } from '../app/ports/conversation-refs';
import type { DirectoryPort } from '../app/ports/directory';
import type { Logger } from '../logging/logger';

/** What the Teams edge needs from the rest of the service. */
export interface BotDependencies {
  directory: DirectoryPort;
  conversationRefs: ConversationRefsPort;
  logger: Logger;
}
