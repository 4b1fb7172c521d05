import { ConfidentialClientApplication, type INetworkModule } from '@azure/msal-node';

/** App-only access tokens for Graph from msal-node (it caches them until shortly before expiry). */
export class AppOnlyToken {
  private readonly msal: ConfidentialClientApplication;
  /** The Graph resource of this cloud: `https://graph.microsoft.com/.default` in the commercial one. */
  private readonly scope: string;

  constructor(
    settings: { tenantId: string; clientId: string; clientSecret: string; authorityHost?: string; baseUrl?: string },
    networkClient?: INetworkModule,
  ) {
    const host = settings.authorityHost ?? 'https://login.microsoftonline.com';
    this.scope = `${new URL(settings.baseUrl ?? 'https://graph.microsoft.com').origin}/.default`;
    this.msal = new ConfidentialClientApplication({
      auth: {
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        authority: `${host}/${settings.tenantId}`,
        ...(host !== 'https://login.microsoftonline.com' ? { knownAuthorities: [new URL(host).host] } : {}),
      },
      system: networkClient ? { networkClient } : {},
    });
  }

  /** A valid access token for Graph. */
  async get(): Promise<string> {
    const result = await this.msal.acquireTokenByClientCredential({ scopes: [this.scope] });
    if (!result?.accessToken) throw new Error('Entra ID returned no access token for Microsoft Graph');
    return result.accessToken;
  }
}
