import type { INetworkModule } from '@azure/msal-node';
import { AppOnlyToken } from './app-only-token';

/** An Entra ID of some cloud, as far as msal-node can tell: it answers discovery and hands out tokens. */
function fakeEntra(host: string, tenant: string) {
  const posts: { url: string; body: string }[] = [];
  const gets: string[] = [];
  const network: INetworkModule = {
    async sendGetRequestAsync<T>(url: string) {
      gets.push(url);
      const body = {
        token_endpoint: `${host}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${host}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${host}/${tenant}/oauth2/v2.0/logout`,
        issuer: `${host}/${tenant}/v2.0`,
        jwks_uri: `${host}/${tenant}/discovery/v2.0/keys`,
        tenant_discovery_endpoint: `${host}/${tenant}/v2.0/.well-known/openid-configuration`,
        metadata: [],
      };
      return { status: 200, headers: {}, body: body as T };
    },
    async sendPostRequestAsync<T>(url: string, options?: { body?: string }) {
      posts.push({ url, body: options?.body ?? '' });
      const body = { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'graph-token' };
      return { status: 200, headers: {}, body: body as T };
    },
  };
  return { network, posts, gets };
}

describe('app-only tokens for Graph in any Microsoft cloud', () => {
  it("asks the cloud's Entra ID for its own Graph resource (GCC High: graph.microsoft.us)", async () => {
    const entra = fakeEntra('https://login.microsoftonline.us', 'tenant-1');
    const token = new AppOnlyToken(
      {
        tenantId: 'tenant-1',
        clientId: 'client-1',
        clientSecret: 'secret',
        authorityHost: 'https://login.microsoftonline.us',
        baseUrl: 'https://graph.microsoft.us',
      },
      entra.network,
    );
    expect(await token.get()).toBe('graph-token');
    expect(entra.gets.every((url) => url.startsWith('https://login.microsoftonline.us/'))).toBe(true);
    expect(entra.posts).toHaveLength(1);
    expect(entra.posts[0]?.url).toMatch(/^https:\/\/login\.microsoftonline\.us\/tenant-1\/oauth2\/v2\.0\/token/);
    expect(new URLSearchParams(entra.posts[0]?.body).get('scope')).toBe('https://graph.microsoft.us/.default');
  });
});
