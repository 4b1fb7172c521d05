import { ConfidentialClientApplication, type INetworkModule } from '@azure/msal-node';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** App-only access tokens for Graph from msal-node (it caches them until shortly before expiry). */
export class AppOnlyToken {
  private readonly msal: ConfidentialClientApplication;

  constructor(
    settings: { tenantId: string; clientId: string; clientSecret: string; authorityHost?: string },
    networkClient?: INetworkModule,
  ) {
    const host = settings.authorityHost ?? 'https://login.microsoftonline.com';
    this.msal = new ConfidentialClientApplication({
      auth: {
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        authority: `${host}/${settings.tenantId}`,
        ...(settings.authorityHost ? { knownAuthorities: [new URL(host).host] } : {}),
      },
      system: networkClient ? { networkClient } : {},
    });
  }

  /** A valid access token for Graph. */
  async get(): Promise<string> {
    const result = await this.msal.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
    if (!result?.accessToken) throw new Error('Entra ID returned no access token for Microsoft Graph');
    return result.accessToken;
  }
}
