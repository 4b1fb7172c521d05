import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/** A stand-in for Entra ID's network endpoints, so msal-node runs for real without leaving the machine. */
export class StubEntraNetwork implements INetworkModule {
  readonly tokenRequests: { url: string; body: string }[] = [];
  readonly issuedTokens: string[] = [];

  /** `graphOrigin`: the Graph the tokens are for (a double's origin when the service is pointed at one). */
  constructor(private readonly graphOrigin = 'https://graph.microsoft.com') {}

  async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
    const { origin, pathname } = new URL(url);
    if (pathname.endsWith('/discovery/instance')) {
      return ok({
        tenant_discovery_endpoint: `${origin}/tenant/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          {
            preferred_network: 'login.microsoftonline.com',
            preferred_cache: 'login.windows.net',
            aliases: ['login.microsoftonline.com'],
          },
        ],
      }) as NetworkResponse<T>;
    }
    if (pathname.endsWith('/.well-known/openid-configuration')) {
      const tenant = pathname.split('/')[1];
      return ok({
        token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
        issuer: `${origin}/${tenant}/v2.0`,
        jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
      }) as NetworkResponse<T>;
    }
    return { status: 404, headers: {}, body: {} as T };
  }

  async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const body = options?.body ?? '';
    this.tokenRequests.push({ url, body });
    const params = new URLSearchParams(body);
    if (params.get('grant_type') !== 'client_credentials' || params.get('scope') !== `${this.graphOrigin}/.default`) {
      return { status: 400, headers: {}, body: { error: 'invalid_request' } as T };
    }
    const token = `stub-graph-token-${this.issuedTokens.length + 1}`;
    this.issuedTokens.push(token);
    return ok({
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: token,
    }) as NetworkResponse<T>;
  }
}

function ok(body: unknown): NetworkResponse<unknown> {
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}
