import type { CloudAdapter } from 'botbuilder';
import { OutboxDelivery } from './app/notify/outbox-delivery';
import type { ConversationRefsPort } from './app/ports/conversation-refs';
import type { MeetingsStore } from './app/ports/meetings-store';
import type { OutboxStore } from './app/ports/outbox-store';
import { queueMeetingReminders } from './app/scheduling/queue-meeting-reminders';
import { startPeriodicJobs } from './background/periodic-jobs';
import type { AfterSend } from './compose-questions';
import type { AppConfig } from './config';
import type { Logger } from './logging/logger';
import { notificationCards } from './teams/notification-cards';
import { ProactiveSender } from './teams/proactive-sender';

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
