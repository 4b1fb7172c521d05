import { UnsecuredJWT } from 'jose';
import { UserFacingError } from '../../errors/user-facing-error';
import { rememberVerifiedTokens } from './remembered-tokens';
import type { TokenVerifier } from './token-verifier';

const NOW = Date.UTC(2026, 8, 1, 9, 0);

/** A token expiring `seconds` after NOW (its signature is the wrapped verifier's business, stubbed here). */
const tokenFor = (oid: string, seconds: number) =>
  new UnsecuredJWT({ oid }).setExpirationTime(Math.floor(NOW / 1000) + seconds).encode();

/** A verifier that accepts the tokens in `valid`, counting how often it is asked. */
function counting(valid: Set<string>) {
  let asked = 0;
  const verifier: TokenVerifier = {
    async verify(token) {
      asked++;
      if (!valid.has(token)) throw new UserFacingError('unauthenticated', 'Your sign-in has expired or is not valid.');
      return { aadObjectId: 'object-1', email: 'sam@school.example' };
    },
  };
  return { verifier, asked: () => asked };
}

describe('verified tokens remembered until they expire', () => {
  it('verifies a token once, then answers the same caller for the same token', async () => {
    const token = tokenFor('object-1', 3600);
    const inner = counting(new Set([token]));
    const verifier = rememberVerifiedTokens(inner.verifier, () => NOW);
    expect(await verifier.verify(token)).toEqual({ aadObjectId: 'object-1', email: 'sam@school.example' });
    expect(await verifier.verify(token)).toEqual({ aadObjectId: 'object-1', email: 'sam@school.example' });
    expect(inner.asked()).toBe(1);
  });

  it('never remembers a refused token: each try is verified, and refused, again', async () => {
    const inner = counting(new Set());
    const verifier = rememberVerifiedTokens(inner.verifier, () => NOW);
    const forged = tokenFor('object-1', 3600);
    await expect(verifier.verify(forged)).rejects.toThrow('not valid');
    await expect(verifier.verify(forged)).rejects.toThrow('not valid');
    expect(inner.asked()).toBe(2);
  });

  it('verifies an expired token again, so it is refused the moment it expires', async () => {
    const token = tokenFor('object-1', 60);
    const valid = new Set([token]);
    const inner = counting(valid);
    let now = NOW;
    const verifier = rememberVerifiedTokens(inner.verifier, () => now);
    await verifier.verify(token);
    now = NOW + 60_000;
    valid.delete(token); // what jose says of a token past its exp
    await expect(verifier.verify(token)).rejects.toThrow('not valid');
    expect(inner.asked()).toBe(2);
  });

  it('checks a long-lived token again after 5 minutes, and tells tokens apart by their exact text', async () => {
    const token = tokenFor('object-1', 3600);
    const other = tokenFor('object-2', 3600);
    const inner = counting(new Set([token, other]));
    let now = NOW;
    const verifier = rememberVerifiedTokens(inner.verifier, () => now);
    await verifier.verify(token);
    await verifier.verify(other);
    expect(inner.asked()).toBe(2);
    now = NOW + 5 * 60_000;
    await verifier.verify(token);
    expect(inner.asked()).toBe(3);
  });

  it('hands each caller its own copy', async () => {
    const token = tokenFor('object-1', 3600);
    const verifier = rememberVerifiedTokens(counting(new Set([token])).verifier, () => NOW);
    const first = await verifier.verify(token);
    first.email = 'changed@example.com';
    expect((await verifier.verify(token)).email).toBe('sam@school.example');
  });
});
