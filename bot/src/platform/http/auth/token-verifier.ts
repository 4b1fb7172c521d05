import type { Caller } from '../../identity/caller';

/** Turns a bearer token into a caller, or throws a UserFacingError('unauthenticated'). */
export interface TokenVerifier {
  verify(token: string): Promise<Caller>;
}
