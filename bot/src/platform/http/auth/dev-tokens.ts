import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { UserFacingError } from '../../errors/user-facing-error';
import type { TokenVerifier } from './token-verifier';

const ISSUER = 'communities-of-schools/dev-sign-in';
const AUDIENCE = 'communities-of-schools/api';

/** Local-mode sign-in tokens: signed by this process for a seeded person, valid for 12 hours. */
export class DevTokens implements TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret?: string) {
    this.key = secret ? new TextEncoder().encode(secret) : randomBytes(32);
  }

  /** Issues a token for the person with this email and Entra object id. */
  async issue(person: { email: string; aadObjectId: string | null }): Promise<string> {
    return new SignJWT({ email: person.email, ...(person.aadObjectId ? { oid: person.aadObjectId } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(person.email)
      .setIssuedAt()
      .setExpirationTime('12h')
      .sign(this.key);
  }

  async verify(token: string) {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      return {
        aadObjectId: typeof payload.oid === 'string' ? payload.oid : undefined,
        email: typeof payload.email === 'string' ? payload.email : undefined,
      };
    } catch {
      throw new UserFacingError('unauthenticated', 'Your sign-in has expired or is not valid. Sign in again.');
    }
  }
}
