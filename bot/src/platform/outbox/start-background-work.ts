import type { CloudAdapter } from 'botbuilder';
import type { ConversationRefsPort } from '../conversations/conversation-refs';
import type { JobLeases } from '../jobs/job-leases';
import { type PeriodicJob, startPeriodicJobs } from '../jobs/periodic-jobs';
import type { LimiterFactory } from '../limits/rate-limits';
import type { Logger } from '../logging/logger';
import type { AfterSend, NotificationCard } from './notification-cards';
import { OutboxDelivery } from './outbox-delivery';
import type { OutboxStore } from './outbox-store';
import { ProactiveSender } from './proactive-sender';
import type { AppInstallerPort, MailerPort, RecipientsPort } from './reach/reach-ports';
import { ReachingSender } from './reach/reaching-sender';

/** What the background work needs: the outbox and where to deliver, the features' cards, hooks and jobs. */
export interface BackgroundParts {
  adapter: CloudAdapter;
  botAppId: string;
  outbox: OutboxStore;
  conversationRefs: ConversationRefsPort;
  notificationCards: Record<string, NotificationCard>;
  /** Told the id of each message the outbox posted (question cards are updated in place later). */
  afterSend: AfterSend[];
  /** How people without a chat with the bot are reached: who they are, an app installer and a mailer (see ReachParts). */
  reach: {
    recipients: RecipientsPort;
    installer?: AppInstallerPort;
    mailer?: MailerPort;
    defaultServiceUrl: string;
    appUrl: string;
  };
  /** The features' own periodic jobs. */
  jobs: PeriodicJob[];
  /** Leases for the exclusive jobs, so several instances do not run the same sweep at once. */
  leases: JobLeases;
  /** Where the send budgets are counted: PostgreSQL's counters so several instances share Teams' limits. */
  limiterFor?: LimiterFactory;
  logger: Logger;
}

/** Starts the outbox delivery (every second) and the features' jobs. */
export function startBackgroundWork(parts: BackgroundParts): { stop: () => Promise<void> } {
  const teams = new ProactiveSender(parts.adapter, parts.botAppId, parts.notificationCards, async (...sent) => {
    for (const hook of parts.afterSend) await hook(...sent);
  });
  const sender = new ReachingSender({
    ...parts.reach,
    teams,
    refs: parts.conversationRefs,
    cards: parts.notificationCards,
    botAppId: parts.botAppId,
  });
  const delivery = new OutboxDelivery(parts.outbox, sender, { limiterFor: parts.limiterFor });
  const outboxDelivery: PeriodicJob = {
    name: 'outbox-delivery',
    everyMs: 1000,
    run: async () => {
      const round = await delivery.deliverDue();
      if (round.delivered + round.retried + round.failed + round.lost > 0) parts.logger.info(round, 'outbox delivered');
    },
  };
  const jobs = startPeriodicJobs([outboxDelivery, ...parts.jobs], parts.logger, parts.leases);
  return {
    stop: () => {
      delivery.stop();
      return jobs.stop();
    },
  };
}
