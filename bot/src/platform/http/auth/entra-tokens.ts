import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { UserFacingError } from '../../errors/user-facing-error';
import { TEAMS_AND_OUTLOOK_CLIENT_IDS } from './teams-client-apps';
import type { TokenVerifier } from './token-verifier';

/** Settings for validating Teams SSO tokens (Entra ID v2 access tokens for this app). */
export interface EntraTokenSettings {
  clientId: string;
  allowedTenantIds: string[];
  /** The Entra ID host of this cloud (https://login.microsoftonline.com in the commercial one). */
  authorityHost?: string;
  /** Where the signing keys come from; defaults to Microsoft's common JWKS. Tests pass a local one. */
  keys?: JWTVerifyGetKey;
}

const COMMERCIAL_AUTHORITY = 'https://login.microsoftonline.com';

/** Validates Teams SSO tokens: signature, issuer of an allowed tenant, audience, expiry, scope and the client (`azp`). */
export class EntraTokens implements TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly clients: ReadonlySet<string>;
  private readonly authority: string;

  constructor(private readonly settings: EntraTokenSettings) {
    this.authority = settings.authorityHost ?? COMMERCIAL_AUTHORITY;
    this.keys = settings.keys ?? createRemoteJWKSet(new URL(`${this.authority}/common/discovery/v2.0/keys`));
    this.clients = new Set([settings.clientId, ...Object.values(TEAMS_AND_OUTLOOK_CLIENT_IDS)]);
  }

  async verify(token: string) {
    const { clientId, allowedTenantIds } = this.settings;
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        audience: [clientId, `api://${clientId}`],
        issuer: allowedTenantIds.map((tid) => `${this.authority}/${tid}/v2.0`),
        algorithms: ['RS256'],
      }));
    } catch {
      throw new UserFacingError('unauthenticated', 'Your Microsoft 365 sign-in could not be verified. Sign in again.');
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes('access_as_user')) {
      throw new UserFacingError(
        'unauthenticated',
        'The sign-in token was not issued for this app (scope access_as_user).',
      );
    }
    const client = typeof payload.azp === 'string' ? payload.azp : payload.appid;
    if (typeof client !== 'string' || !this.clients.has(client)) {
      throw new UserFacingError(
        'unauthenticated',
        'Open Communities of Schools from Teams or Outlook: this sign-in came from another application.',
      );
    }
    return {
      tenantId: typeof payload.tid === 'string' ? payload.tid : undefined,
      aadObjectId: typeof payload.oid === 'string' ? payload.oid : undefined,
      email: typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined,
    };
  }
}
