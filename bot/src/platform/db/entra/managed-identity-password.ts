import { type INetworkModule, ManagedIdentityApplication } from '@azure/msal-node';

/** The resource Azure Database for PostgreSQL accepts Entra access tokens for. */
export const POSTGRES_RESOURCE = 'https://ossrdbms-aad.database.windows.net';

/**
 * The connection password for Azure Database for PostgreSQL with Entra authentication: an access token of the app's
 * user-assigned managed identity, asked for whenever the pool opens a connection (msal-node caches the token until
 * shortly before it expires, so this costs a call to the identity endpoint about once a day).
 */
export function managedIdentityPassword(clientId: string, networkClient?: INetworkModule): () => Promise<string> {
  const msal = new ManagedIdentityApplication({
    managedIdentityIdParams: { userAssignedClientId: clientId },
    ...(networkClient ? { system: { networkClient } } : {}),
  });
  return async () => {
    const result = await msal.acquireToken({ resource: POSTGRES_RESOURCE });
    if (!result?.accessToken) throw new Error('Entra ID returned no access token for PostgreSQL');
    return result.accessToken;
  };
}
