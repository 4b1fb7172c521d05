import { RateLimiterRes } from 'rate-limiter-flexible';
import { type LimiterFactory, memoryLimiters } from './rate-limits';

/** A number of sends per period per key (a conversation, a tenant, a mailbox), shared by every instance on PostgreSQL. */
export interface SendBudget {
  /** Takes one send for the key: 0 when it may go now, otherwise how many ms to wait before asking again. */
  take(key: string): Promise<number>;
}

/**
 * A budget of `points` sends per `seconds` (one by default) over counters from `limiterFor` (PostgreSQL's
 * `rate_limits` table, or memory for one process). If the count cannot be kept, the send goes: the service's own 429
 * is still honoured by the outbox.
 */
export function sendBudget(
  name: string,
  points: number,
  limiterFor: LimiterFactory = memoryLimiters,
  seconds = 1,
): SendBudget {
  const limiter = limiterFor({ keyPrefix: `send:${name}`, points, duration: seconds });
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return 0;
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) return Math.max(1, outcome.msBeforeNext);
        return 0;
      }
    },
  };
}
