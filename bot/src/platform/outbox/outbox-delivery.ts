import type { MessageSender } from './message-sender';
import type { OutboxMessage, OutboxStore } from './outbox-store';
import { RateLimiter } from './rate-limiter';

/** Limits for proactive messages (Teams: 7 a second per conversation, 50 a second per tenant). */
export interface DeliveryLimits {
  perConversationPerSecond: number;
  perTenantPerSecond: number;
  maxAttempts: number;
  batchSize: number;
  leaseMs: number;
}

/** The Teams limits with room to spare. */
export const TEAMS_DELIVERY_LIMITS: DeliveryLimits = {
  perConversationPerSecond: 7,
  perTenantPerSecond: 50,
  maxAttempts: 8,
  batchSize: 50,
  leaseMs: 60_000,
};

/** What one delivery round did. */
export interface DeliveryRound {
  delivered: number;
  retried: number;
  failed: number;
}

/** Delivers outbox messages exactly once across instances (leases), within Teams' rate limits. */
export class OutboxDelivery {
  private readonly perConversation: RateLimiter;
  private readonly perTenant: RateLimiter;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly sender: MessageSender,
    private readonly limits: DeliveryLimits = TEAMS_DELIVERY_LIMITS,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    /** The wall clock the rate limits are measured against (paired with `sleep`, so not the business clock). */
    private readonly now: () => number = Date.now,
  ) {
    this.perConversation = new RateLimiter(limits.perConversationPerSecond, 1000);
    this.perTenant = new RateLimiter(limits.perTenantPerSecond, 1000);
  }

  /** Leases due messages and delivers them; returns what happened. */
  async deliverDue(): Promise<DeliveryRound> {
    const round: DeliveryRound = { delivered: 0, retried: 0, failed: 0 };
    const messages = await this.outbox.lease(this.limits.batchSize, this.limits.leaseMs);
    for (const message of messages) round[await this.deliver(message)]++;
    return round;
  }

  private async deliver(message: OutboxMessage): Promise<keyof DeliveryRound> {
    const tenant = await this.sender.tenantOf(message.conversationId);
    for (;;) {
      const wait = Math.max(
        this.perConversation.waitFor(message.conversationId, this.now()),
        this.perTenant.waitFor(tenant, this.now()),
      );
      if (wait === 0) break;
      await this.sleep(wait);
    }
    this.perConversation.record(message.conversationId, this.now());
    this.perTenant.record(tenant, this.now());
    let result: Awaited<ReturnType<MessageSender['send']>>;
    try {
      result = await this.sender.send(message.conversationId, message.kind, message.payload);
    } catch (error) {
      result = {
        status: 'retry',
        afterMs: 2 ** message.attempts * 1000,
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    if (result.status === 'sent') {
      await this.outbox.markDelivered(message.id);
      return 'delivered';
    }
    if (result.status === 'gone' || message.attempts >= this.limits.maxAttempts) {
      await this.outbox.markFailed(message.id, result.reason);
      return 'failed';
    }
    await this.outbox.retryLater(message.id, result.afterMs, result.reason);
    return 'retried';
  }
}
