/** What kind of problem a user-facing error is; each edge maps it to a status. */
export type UserFacingErrorCode =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited';

const statusByCode: Record<UserFacingErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
};

/** An error whose message is written for the person who caused it; rendered in one place per edge. */
export class UserFacingError extends Error {
  constructor(
    readonly code: UserFacingErrorCode,
    message: string,
    readonly details?: Record<string, string>,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }

  /** The HTTP status that fits this error. */
  get status(): number {
    return statusByCode[this.code];
  }
}

/** A refusal because a person did too much too quickly; they may try again after `retryAfterSeconds`. */
export class RateLimitedError extends UserFacingError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate-limited', message);
    this.name = 'RateLimitedError';
  }
}
