import type { RequestHandler } from 'express';
import type { CardVerb } from '../feature';
import type { LimitedAction, RateLimits } from './rate-limits';

/** Express middleware for a route behind sign-in: spends one `action` of the signed-in person before the route runs. */
export function limitedRoute(limits: RateLimits, action: LimitedAction): RequestHandler {
  return async (_req, res, next) => {
    const person = res.locals.person as { id: string } | undefined;
    if (person) await limits.spend(action, person.id);
    next();
  };
}

/** A card verb that first spends one `action` of the person who pressed it; over the limit, the card says when to retry. */
export function limitedVerb<P extends { id: string }>(
  limits: RateLimits,
  action: LimitedAction,
  verb: CardVerb<P>,
): CardVerb<P> {
  return async (turn) => {
    await limits.spend(action, turn.person.id);
    return verb(turn);
  };
}
