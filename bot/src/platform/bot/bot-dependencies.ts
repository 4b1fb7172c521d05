import type { DirectoryPort } from '../../directory/app/ports';
import type { FundingService } from '../../funding/app/funding-service';
import type { QuestionsService } from '../../questions/app/questions-service';
import type { SchedulingService } from '../../scheduling/app/scheduling-service';
import type { CycleCardRefresher } from '../../scheduling/teams/cycle-card-refresher';
import type { ConversationRefsPort } from '../conversations/conversation-refs';
import type { Logger } from '../logging/logger';

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
