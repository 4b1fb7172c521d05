import type { Caller } from '../../../directory/app/identify-person';

/** Turns a bearer token into a caller, or throws a UserFacingError('unauthenticated'). */
export interface TokenVerifier {
  verify(token: string): Promise<Caller>;
}
