import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { EntraTokens } from './entra-tokens';

const clientId = '66666666-7777-8888-9999-000000000000';
const tenant = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const TEAMS_WEB = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

describe('Teams SSO token validation', () => {
  let sign: (claims: Record<string, unknown>, options?: { expiresIn?: string }) => Promise<string>;
  let verifier: EntraTokens;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    verifier = new EntraTokens({ clientId, allowedTenantIds: [tenant], keys: createLocalJWKSet({ keys: [jwk] }) });
    sign = (claims, options = {}) =>
      new SignJWT({
        scp: 'access_as_user',
        oid: 'object-1',
        tid: tenant,
        azp: TEAMS_WEB,
        preferred_username: 'sam@school.example',
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(`https://login.microsoftonline.com/${(claims.tid as string) ?? tenant}/v2.0`)
        .setAudience((claims.aud as string) ?? clientId)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(privateKey);
  });

  it('accepts a token for this app from an allowed tenant and reads who it is', async () => {
    expect(await verifier.verify(await sign({}))).toEqual({
      tenantId: tenant,
      aadObjectId: 'object-1',
      email: 'sam@school.example',
    });
  });

  it('refuses a token from a tenant that is not allowed', async () => {
    await expect(verifier.verify(await sign({ tid: '99999999-0000-0000-0000-000000000000' }))).rejects.toThrow(
      'could not be verified',
    );
  });

  it('refuses a token for another app, an expired token and one without access_as_user', async () => {
    await expect(verifier.verify(await sign({ aud: 'another-app' }))).rejects.toThrow('could not be verified');
    await expect(verifier.verify(await sign({}, { expiresIn: '-1m' }))).rejects.toThrow('could not be verified');
    await expect(verifier.verify(await sign({ scp: 'User.Read' }))).rejects.toThrow('access_as_user');
  });

  it('refuses a token another application obtained (azp not Teams, Outlook, Microsoft 365 or this app)', async () => {
    await expect(verifier.verify(await sign({ azp: '12345678-1234-1234-1234-123456789012' }))).rejects.toThrow(
      'from Teams or Outlook',
    );
    await expect(verifier.verify(await sign({ azp: undefined }))).rejects.toThrow('from Teams or Outlook');
    expect((await verifier.verify(await sign({ azp: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3' }))).aadObjectId).toBe(
      'object-1',
    );
  });
});
