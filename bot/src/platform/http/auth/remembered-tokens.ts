import { decodeJwt } from 'jose';
import { BoundedMap } from '../../cache/bounded-map';
import type { Caller } from '../../identity/caller';
import type { TokenVerifier } from './token-verifier';

/** More tokens than the people signed in to one instance at once: the memory never grows past this. */
const TOKENS_KEPT = 10_000;

/** The longest a verified token is believed without checking it again, however late it expires (a key may be revoked). */
const BELIEVED_MS = 5 * 60_000;

/**
 * A verifier that remembers, by the exact token string, the tokens the wrapped one accepted, until the token expires
 * (at most 5 minutes): a tab calls the API with the same token many times a minute, and verifying its signature each
 * time was the largest cost of a read after the database. A refused token is never remembered, and an expired one is
 * verified again (and so refused).
 */
export function rememberVerifiedTokens(verifier: TokenVerifier, clock: () => number = Date.now): TokenVerifier {
  const kept = new BoundedMap<string, { caller: Caller; untilMs: number }>(TOKENS_KEPT);
  return {
    async verify(token) {
      const now = clock();
      const known = kept.get(token);
      if (known && now < known.untilMs) return { ...known.caller };
      if (known) kept.delete(token);
      const caller = await verifier.verify(token);
      const expiresMs = expiryOf(token);
      if (expiresMs !== undefined && now < expiresMs) {
        kept.set(token, { caller: { ...caller }, untilMs: Math.min(expiresMs, now + BELIEVED_MS) });
      }
      return caller;
    },
  };
}

/** When a (verified) token expires, in ms; undefined when it says not, so it is never remembered. */
function expiryOf(token: string): number | undefined {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
