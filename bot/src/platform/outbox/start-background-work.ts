import type { CloudAdapter } from 'botbuilder';
import type { AfterSend } from '../../questions/compose-questions';
import type { MeetingsStore } from '../../scheduling/app/meetings-store';
import { queueMeetingReminders } from '../../scheduling/app/queue-meeting-reminders';
import type { AppConfig } from '../config';
import type { ConversationRefsPort } from '../conversations/conversation-refs';
import { startPeriodicJobs } from '../jobs/periodic-jobs';
import type { Logger } from '../logging/logger';
import { notificationCards } from './notification-cards';
import { OutboxDelivery } from './outbox-delivery';
import type { OutboxStore } from './outbox-store';
import { ProactiveSender } from './proactive-sender';

/** What the background work needs from the composition root. */
export interface BackgroundParts {
  config: AppConfig;
  adapter: CloudAdapter;
  outbox: OutboxStore;
  meetings: MeetingsStore;
  conversationRefs: ConversationRefsPort;
  /** Told the id of each message the outbox posted (question cards are updated in place later). */
  afterSend?: AfterSend;
  now: () => number;
  logger: Logger;
}

/** Starts the outbox delivery (every second) and the meeting-reminder sweep (every five minutes). */
export function startBackgroundWork(parts: BackgroundParts): { stop: () => Promise<void> } {
  const sender = new ProactiveSender(
    parts.adapter,
    parts.config.bot?.appId ?? '',
    parts.conversationRefs,
    notificationCards(parts.config.publicBaseUrl),
    parts.afterSend,
  );
  const delivery = new OutboxDelivery(parts.outbox, sender);
  return startPeriodicJobs(
    [
      {
        name: 'outbox-delivery',
        everyMs: 1000,
        run: async () => {
          const round = await delivery.deliverDue();
          if (round.delivered + round.retried + round.failed > 0) parts.logger.info(round, 'outbox delivered');
        },
      },
      { name: 'meeting-reminders', everyMs: 5 * 60_000, run: () => queueMeetingReminders(parts) },
    ],
    parts.logger,
  );
}
