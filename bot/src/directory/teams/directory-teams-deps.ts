import type { ConversationRefsPort } from '../../platform/conversations/conversation-refs';
import type { DirectoryPort } from '../app/ports';

/** What the directory's Teams handlers need: who people are, and where to reach them later. */
export interface DirectoryTeamsDeps {
  directory: DirectoryPort;
  conversationRefs: ConversationRefsPort;
}
