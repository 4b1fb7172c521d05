import type { DeliveryChannel } from '../db/schema';
import type { LimiterFactory } from '../limits/rate-limits';
import { type SendBudget, sendBudget } from '../limits/send-budget';
import { counter } from '../telemetry/metrics';
import { inSpan } from '../telemetry/spans';
import type { MessageSender, SendResult } from './message-sender';
import type { LeasedMessage, OutboxStore } from './outbox-store';

/** Limits for proactive messages (Teams: 7 a second per conversation, 50 a second per tenant). */
export interface DeliveryLimits {
  perConversationPerSecond: number;
  perTenantPerSecond: number;
  maxAttempts: number;
  /** Messages leased per round, at most `perConversationPerSecond` of any one conversation. */
  batchSize: number;
  /** How long a lease lasts; renewed before each send and every third of it while a send takes long. */
  leaseMs: number;
}

/** The Teams limits with room to spare. */
export const TEAMS_DELIVERY_LIMITS: DeliveryLimits = {
  perConversationPerSecond: 7,
  perTenantPerSecond: 50,
  maxAttempts: 8,
  batchSize: 50,
  leaseMs: 30_000,
};

/** Deliveries by kind, outcome (delivered, retried, failed, lost) and channel, for the IT team's dashboard. */
const deliveries = counter('cos.outbox.deliveries', 'Notifications delivery attempts by kind and outcome');

/** What one delivery round did; `lost` counts messages whose lease another instance took before they were sent. */
export interface DeliveryRound {
  delivered: number;
  retried: number;
  failed: number;
  lost: number;
}

/** How a delivery is tuned: its limits, where the send budgets are counted, and how it waits. */
export interface DeliveryOptions {
  limits?: DeliveryLimits;
  /** Counters for the per-conversation and per-tenant budgets (PostgreSQL's, shared across instances; memory by default). */
  limiterFor?: LimiterFactory;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Delivers outbox messages exactly once across instances, within Teams' rate limits. A message is sent only while
 * this instance's lease on it holds (renewed just before sending and kept alive during a slow send), and its outcome
 * is recorded only under that lease, so neither an expired lease nor a stale instance can send or settle it twice.
 */
export class OutboxDelivery {
  private readonly limits: DeliveryLimits;
  private readonly perConversation: SendBudget;
  private readonly perTenant: SendBudget;
  private readonly sleep: (ms: number) => Promise<void>;
  private stopping = false;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly sender: MessageSender,
    options: DeliveryOptions = {},
  ) {
    this.limits = options.limits ?? TEAMS_DELIVERY_LIMITS;
    this.perConversation = sendBudget('conversation', this.limits.perConversationPerSecond, options.limiterFor);
    this.perTenant = sendBudget('tenant', this.limits.perTenantPerSecond, options.limiterFor);
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Leases due messages and delivers them; returns what happened. */
  async deliverDue(): Promise<DeliveryRound> {
    const round: DeliveryRound = { delivered: 0, retried: 0, failed: 0, lost: 0 };
    if (this.stopping) return round;
    const messages = await this.outbox.lease({
      limit: this.limits.batchSize,
      leaseMs: this.limits.leaseMs,
      perConversation: this.limits.perConversationPerSecond,
    });
    for (const [index, message] of messages.entries()) {
      if (this.stopping) {
        await this.outbox.release(messages.slice(index));
        break;
      }
      round[await this.deliver(message)]++;
    }
    return round;
  }

  /** Finishes the message being sent, hands the rest of the round back, and takes no more (graceful shutdown). */
  stop(): void {
    this.stopping = true;
  }

  private deliver(message: LeasedMessage): Promise<keyof DeliveryRound> {
    return inSpan(
      'outbox.deliver',
      { 'cos.outbox.kind': message.kind, 'cos.outbox.attempts': message.attempts },
      async (notes) => {
        const { outcome, channel } = await this.deliverOnce(message);
        const attributes = { 'cos.outcome': outcome, 'cos.outbox.channel': channel ?? 'none' };
        notes.set(attributes);
        deliveries.add(1, { 'cos.outbox.kind': message.kind, ...attributes });
        return outcome;
      },
    );
  }

  private async deliverOnce(
    message: LeasedMessage,
  ): Promise<{ outcome: keyof DeliveryRound; channel?: DeliveryChannel }> {
    await this.wait(this.perConversation, message.conversationId ?? `person:${message.personId}`);
    await this.wait(this.perTenant, await this.sender.tenantOf(message));
    if (!(await this.outbox.renew(message, this.limits.leaseMs))) return { outcome: 'lost' };
    const result = await this.sendUnderLease(message);
    if (result.status === 'sent') {
      const marked = await this.outbox.markDelivered(message, result.channel);
      return { outcome: marked ? 'delivered' : 'lost', channel: result.channel };
    }
    const attempted = result.status === 'gone' || !result.notAttempted;
    if (result.status === 'gone' || (attempted && message.attempts >= this.limits.maxAttempts)) {
      return { outcome: (await this.outbox.markFailed(message, result.reason)) ? 'failed' : 'lost' };
    }
    const later = await this.outbox.retryLater(message, result.afterMs, result.reason, attempted);
    return { outcome: later ? 'retried' : 'lost' };
  }

  /** Sends one message, renewing its lease every third of the lease while the send takes. */
  private async sendUnderLease(message: LeasedMessage): Promise<SendResult> {
    const keepAlive = setInterval(
      () => void this.outbox.renew(message, this.limits.leaseMs).catch(() => {}),
      Math.max(50, this.limits.leaseMs / 3),
    );
    try {
      return await this.sender.send(message);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { status: 'retry', afterMs: 2 ** message.attempts * 1000, reason };
    } finally {
      clearInterval(keepAlive);
    }
  }

  /** Waits until the budget has room for one more send for this key, then takes it. */
  private async wait(budget: SendBudget, key: string): Promise<void> {
    for (let wait = await budget.take(key); wait > 0; wait = await budget.take(key)) await this.sleep(wait);
  }
}
