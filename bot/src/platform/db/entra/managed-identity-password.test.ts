import type { INetworkModule } from '@azure/msal-node';
import { managedIdentityPassword, POSTGRES_RESOURCE } from './managed-identity-password';

/** The Azure instance metadata identity endpoint, as far as msal-node can tell: it records requests and hands out tokens. */
function fakeIdentityEndpoint(status = 200) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const network: INetworkModule = {
    async sendGetRequestAsync<T>(url: string, options?: { headers?: Record<string, string> }) {
      requests.push({ url, headers: options?.headers ?? {} });
      const body =
        status === 200
          ? {
              access_token: `entra-token-${requests.length}`,
              expires_in: '86399',
              expires_on: String(Math.floor(Date.now() / 1000) + 86399),
              resource: POSTGRES_RESOURCE,
              token_type: 'Bearer',
            }
          : { error: 'invalid_request', error_description: 'Identity not found' };
      return { status, headers: {}, body: body as T };
    },
    async sendPostRequestAsync<T>(): Promise<never> {
      throw new Error(`unexpected POST ${String({} as T)}`);
    },
  };
  return { network, requests };
}

describe('the PostgreSQL password from the managed identity', () => {
  it("asks the identity endpoint for a PostgreSQL token for the app's own identity, and reuses it while valid", async () => {
    const { network, requests } = fakeIdentityEndpoint();
    const password = managedIdentityPassword('1111aaaa-2222-bbbb-3333-cccc4444dddd', network);
    expect(await password()).toBe('entra-token-1');
    expect(await password()).toBe('entra-token-1');
    expect(requests).toHaveLength(1);
    const asked = new URL(requests[0]?.url ?? '');
    expect(asked.searchParams.get('resource')).toBe(POSTGRES_RESOURCE);
    expect(asked.searchParams.get('client_id')).toBe('1111aaaa-2222-bbbb-3333-cccc4444dddd');
  });

  it('fails the connection with the reason when the identity cannot get a token', async () => {
    // msal-node keeps one managed identity client (and its token cache) per process: load a fresh copy.
    let fresh: typeof managedIdentityPassword = managedIdentityPassword;
    jest.isolateModules(() => {
      fresh = (require('./managed-identity-password') as { managedIdentityPassword: typeof managedIdentityPassword })
        .managedIdentityPassword;
    });
    const { network, requests } = fakeIdentityEndpoint(400);
    await expect(fresh('9999ffff-8888-eeee-7777-dddd6666cccc', network)()).rejects.toThrow();
    expect(requests.length).toBeGreaterThan(0);
  });
});
