import type { FundingService } from '../app/funding/funding-service';
import type { ConversationRefsPort } from '../app/ports/conversation-refs';
import type { DirectoryPort } from '../app/ports/directory';
import type { QuestionsService } from '../app/questions/questions-service';
import type { SchedulingService } from '../app/scheduling/scheduling-service';
import type { Logger } from '../logging/logger';
import type { CycleCardRefresher } from './cycle-card-refresher';

/** What the Teams edge needs from the rest of the service. */
export interface BotDependencies {
  directory: DirectoryPort;
  conversationRefs: ConversationRefsPort;
  logger: Logger;
  scheduling: SchedulingService;
  cycleCards: CycleCardRefresher;
  questions: QuestionsService;
  funding: FundingService;
}
