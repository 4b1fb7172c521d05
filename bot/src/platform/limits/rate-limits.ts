import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors/user-facing-error';
import type { Logger } from '../logging/logger';
import { counter } from '../telemetry/metrics';

/** Refusals for going over a per-person limit, by action (write or search), for the IT team's dashboard. */
const refusals = counter('cos.rate_limit.refusals', 'Requests refused for going over a per-person limit');

/** What is limited per person: things that store something (submissions, questions, registrations), and searches. */
export type LimitedAction = 'write' | 'search';

/** How many of each a person may do per minute. */
export type RateLimitSettings = Record<LimitedAction, number>;

/** Per-person rate limits; writes are counted across every instance when the database is PostgreSQL. */
export interface RateLimits {
  /** Counts one action of a person; throws a RateLimitedError (429, Retry-After) once they are over the limit. */
  spend(action: LimitedAction, personId: string): Promise<void>;
}

const WINDOW_SECONDS = 60;

const REFUSALS: Record<LimitedAction, (seconds: number) => string> = {
  write: (s) =>
    `You have sent a lot in the last minute, more than anyone needs. Nothing you sent was lost: try again in ${s} seconds.`,
  search: (s) => `That is a lot of searches in one minute. Try again in ${s} seconds.`,
};

/** Makes the counter of one action (`keyPrefix`), allowing `points` per `duration` seconds. */
export type LimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

/** Counters in this process's memory: right for one process (local mode on PGlite). */
export const memoryLimiters: LimiterFactory = (options) => new RateLimiterMemory(options);

/**
 * Where each action is counted. Writes store something, so their count is shared (`limiterFor`: PostgreSQL's counters
 * when there is a server). A search only costs the instance that answers it, so each instance counts its own in
 * memory: counting it in the database cost a database write per search, more than the search itself.
 */
const SHARED: Record<LimitedAction, boolean> = { write: true, search: false };

/**
 * Per-person rate limits over counters from `limiterFor` (PostgreSQL's, shared by every instance, or memory) for the
 * shared actions, and memory for the others. If a count cannot be kept (the database is unreachable), the action is
 * let through and logged: the limits protect the service, they must not stop a SENCo submitting.
 */
export function createRateLimits(
  settings: RateLimitSettings,
  logger: Logger,
  limiterFor: LimiterFactory = memoryLimiters,
): RateLimits {
  const limiters = Object.fromEntries(
    (Object.keys(settings) as LimitedAction[]).map((action) => [
      action,
      (SHARED[action] ? limiterFor : memoryLimiters)({
        keyPrefix: action,
        points: settings[action],
        duration: WINDOW_SECONDS,
      }),
    ]),
  ) as Record<LimitedAction, RateLimiterAbstract>;

  return {
    async spend(action, personId) {
      try {
        await limiters[action].consume(personId);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) {
          const seconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
          refusals.add(1, { 'cos.limit.action': action });
          throw new RateLimitedError(REFUSALS[action](seconds), seconds);
        }
        logger.warn({ err: outcome, action }, 'rate limit not counted');
      }
    },
  };
}
