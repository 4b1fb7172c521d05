import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { EntraTokens } from './entra-tokens';

const clientId = '66666666-7777-8888-9999-000000000000';
const tenant = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('Teams SSO token validation', () => {
  let sign: (claims: Record<string, unknown>, options?: { expiresIn?: string }) => Promise<string>;
  let verifier: EntraTokens;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    verifier = new EntraTokens({ clientId, allowedTenantIds: [tenant], keys: createLocalJWKSet({ keys: [jwk] }) });
    sign = (claims, options = {}) =>
      new SignJWT({ scp: 'access_as_user', oid: 'object-1', preferred_username: 'sam@school.example', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(`https://login.microsoftonline.com/${(claims.tid as string) ?? tenant}/v2.0`)
        .setAudience((claims.aud as string) ?? clientId)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(privateKey);
  });

  it('accepts a token for this app from an allowed tenant and reads who it is', async () => {
    expect(await verifier.verify(await sign({}))).toEqual({ aadObjectId: 'object-1', email: 'sam@school.example' });
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
});
