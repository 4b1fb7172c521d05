import { loadConfig } from '../../bot/src/platform/config';
import { TEAMS_AND_OUTLOOK_CLIENT_IDS } from '../../bot/src/platform/http/auth/teams-client-apps';
import { placeholder, placeholdersIn, readText } from './support/ship-files';

const aad = JSON.parse(readText('aad.manifest.json'));
const bicep = readText('infra/azure.bicep');
const parameters = JSON.parse(readText('infra/azure.parameters.json')).parameters as Record<string, unknown>;

/** The clients that must get an SSO token without a consent prompt (Teams, Outlook, Microsoft 365). */
const CLIENTS = {
  'Teams desktop and mobile': '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  'Teams web': '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  'Microsoft 365 web': '4765445b-32c6-49b0-83e6-1d93765276ca',
  'Microsoft 365 desktop': '0ec893e0-5785-4de6-99da-4ed124e5296c',
  'Microsoft 365 mobile and Outlook desktop': 'd3590ed6-52b3-4102-aeff-aad2292ab01c',
  'Outlook web': 'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
  'Outlook mobile': '27922004-5251-4030-b22d-91ecd9a37ea4',
};

/** name -> value expression of each setting in a `var NAME = { KEY: value ... }` block of the template. */
function settingsVariable(name: string): Map<string, string> {
  const block = new RegExp(`^var ${name} = \\{\\n([\\s\\S]*?)\\n\\}`, 'm').exec(bicep)?.[1] ?? '';
  return new Map([...block.matchAll(/^ {2}([A-Z][A-Z0-9_]*): (.+)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** Environment values from settings: literal strings as they are, Azure-computed ones as plausible stand-ins. */
function asEnvironment(settings: Map<string, string>): Record<string, string> {
  return Object.fromEntries(
    [...settings].map(([name, value]) => [name, /^'[^'$]*'$/.test(value) ? value.slice(1, -1) : standIn(name)]),
  );
}

describe('the Entra SSO app (aad.manifest.json)', () => {
  it('exposes access_as_user and issues v2 access tokens to api://TAB_DOMAIN/botid-BOT_ID', () => {
    const scope = aad.api.oauth2PermissionScopes.find((s: { value: string }) => s.value === 'access_as_user');
    expect(scope).toMatchObject({
      id: `${placeholder('AAD_APP_ACCESS_AS_USER_PERMISSION_ID')}`,
      isEnabled: true,
      type: 'User',
    });
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    expect(aad.identifierUris).toEqual([`api://${placeholder('TAB_DOMAIN')}/botid-${placeholder('BOT_ID')}`]);
    expect(aad.appId).toBe(`${placeholder('AAD_APP_CLIENT_ID')}`);
  });

  it.each(Object.entries(CLIENTS))('pre-authorizes %s', (_client, appId) => {
    const entry = aad.api.preAuthorizedApplications.find((p: { appId: string }) => p.appId === appId);
    expect(entry?.delegatedPermissionIds).toEqual([`${placeholder('AAD_APP_ACCESS_AS_USER_PERMISSION_ID')}`]);
  });

  it('pre-authorizes exactly the clients whose tokens (azp) the service accepts', () => {
    const preAuthorized = aad.api.preAuthorizedApplications.map((p: { appId: string }) => p.appId).sort();
    expect(preAuthorized).toEqual(Object.values(TEAMS_AND_OUTLOOK_CLIENT_IDS).sort());
  });

  it('asks for the application permissions of the meeting scheduler and of reaching people outside a chat', () => {
    const graph = aad.requiredResourceAccess.find(
      (r: { resourceAppId: string }) => r.resourceAppId === 'Microsoft Graph',
    );
    expect(graph.resourceAccess.filter((a: { type: string }) => a.type === 'Role')).toEqual([
      { id: 'Calendars.ReadWrite', type: 'Role' },
      { id: 'Mail.Send', type: 'Role' },
      { id: 'TeamsAppInstallation.ReadWriteSelfForUser.All', type: 'Role' },
    ]);
  });
});

describe('the Azure template (infra/azure.bicep)', () => {
  it('runs the built service on Node 24 LTS on Linux, the Node the project pins, as npm run start:service does', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|24-lts'");
    const pinned = JSON.parse(readText('package.json')).devDependencies.node;
    expect(pinned).toMatch(/^\^24\./);
    expect(readText('.nvmrc').trim()).toBe('24');
    const start = JSON.parse(readText('package.json')).scripts['start:service'];
    expect(bicep).toContain(`appCommandLine: '${start}'`);
    expect(bicep).toMatch(/kind: 'linux'[\s\S]*reserved: true/);
  });

  it('gives the web app every setting production needs, DATABASE_URL from Key Vault', () => {
    const settings = settingsVariable('serviceSettings');
    expect(settings.get('BOT_TYPE')).toBe("'UserAssignedMSI'");
    expect(settings.get('BOT_ID')).toBe('identity.properties.clientId');
    expect(settings.get('BOT_TENANT_ID')).toBe('identity.properties.tenantId');
    expect(settings.get('NODE_ENV')).toBe("'production'");
    // Cards link into the app's tabs in Teams: the id teamsApp/create wrote, passed through azure.parameters.json.
    expect(settings.get('TEAMS_APP_ID')).toBe('teamsApp');
    expect(parameters.teamsAppId).toEqual({ value: placeholder('TEAMS_APP_ID') });
    expect(settings.get('DATABASE_URL')).toMatch(
      /^'@Microsoft\.KeyVault\(SecretUri=\$\{databaseUrl\.properties\.secretUri\}\)'$/,
    );
    expect(settings.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe('appInsights.properties.ConnectionString');
    expect(settings.get('WEBSITE_RUN_FROM_PACKAGE')).toBe("'1'");
    expect(bicep).toContain('keyVaultReferenceIdentity: identity.id');
    expect(bicep).toContain(
      'properties: union(serviceSettings, useGraph ? graphSettings : {}, kitSettings, eventsSettings)',
    );

    // With stand-ins for what Azure fills in, the production guard in bot/src/platform/config.ts accepts them.
    const config = loadConfig(asEnvironment(settings));
    expect(config.mode).toBe('production');
    expect(config.bot?.appType).toBe('UserAssignedMSI');
    expect(config.database.kind).toBe('postgres');
    expect(config.seedDemoData).toBe(false);
  });

  it('switches meetings to Microsoft Graph with all three Graph settings, the secret from Key Vault', () => {
    const graph = settingsVariable('graphSettings');
    expect([...graph.keys()].sort()).toEqual(['GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET', 'GRAPH_TENANT_ID']);
    expect(graph.get('GRAPH_CLIENT_SECRET')).toMatch(
      /^'@Microsoft\.KeyVault\(VaultName=.*;SecretName=graph-client-secret\)'$/,
    );
    const config = loadConfig(asEnvironment(new Map([...settingsVariable('serviceSettings'), ...graph])));
    expect(config.graph).toBeDefined();
  });

  it('lets the web app identity read Key Vault secrets through RBAC, and nothing else', () => {
    expect(bicep).toContain('enableRbacAuthorization: true');
    expect(bicep).toContain('enableSoftDelete: true');
    expect(bicep).toContain('enablePurgeProtection: true');
    expect(bicep).toContain("'4633458b-17de-408a-b874-0445c86b69e6' // built-in 'Key Vault Secrets User'");
    expect(bicep).toMatch(/principalId: identity\.properties\.principalId/);
    // Its one role assignment: Key Vault Secrets User, scoped to this vault.
    expect(bicep.match(/'Microsoft\.Authorization\/roleAssignments@/g)).toHaveLength(1);
    expect(bicep).toMatch(
      /scope: keyVault\n[\s\S]*?roleDefinitionId: subscriptionResourceId\([^)]*keyVaultSecretsUserRoleId\)/,
    );
  });

  it('registers the bot as the managed identity with the Teams and Microsoft 365 Extensions channels', () => {
    expect(bicep).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bicep).toContain('msaAppMSIResourceId: identity.id');
    expect(bicep).toMatch(/endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain("channelName: 'M365Extensions'");
  });

  it("has PostgreSQL with a database, reachable only through a private endpoint in the web app's network", () => {
    expect(bicep).toContain("'Microsoft.DBforPostgreSQL/flexibleServers@");
    expect(bicep).toContain("'Microsoft.DBforPostgreSQL/flexibleServers/databases@");
    // No public access and no firewall rule (0.0.0.0-0.0.0.0 would let in any Azure customer's service).
    expect(bicep).toContain("publicNetworkAccess: 'Disabled'");
    expect(bicep).not.toContain('firewallRules');
    expect(bicep).not.toContain('0.0.0.0');
    // The web app leaves through a delegated subnet of the network that holds the endpoint and its DNS zone.
    expect(bicep).toContain('virtualNetworkSubnetId: appSubnetId');
    expect(bicep).toContain("serviceName: 'Microsoft.Web/serverFarms'");
    expect(bicep).toMatch(/privateLinkServiceId: postgres\.id\s+groupIds: \[\s+'postgresqlServer'/);
    expect(bicep).toContain("name: 'privatelink.postgres.database.azure.com'");
    expect(bicep).toMatch(/virtualNetworkLinks@[\s\S]*?virtualNetwork: \{\s+id: vnet\.id/);
    expect(bicep).toMatch(/privateDnsZoneId: postgresDns\.id/);
  });

  it("turns on Entra sign-in for PostgreSQL with the DBAs' group as administrator, not the service", () => {
    expect(bicep).toMatch(/authConfig: \{\s+activeDirectoryAuth: 'Enabled'/);
    expect(bicep).toMatch(
      /'Microsoft\.DBforPostgreSQL\/flexibleServers\/administrators@[^']+' = if \(!empty\(entraAdminObjectId\)\)[\s\S]*?principalType: 'Group'/,
    );
    const administrator = /flexibleServers\/administrators@[^\n]*\n([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(administrator).toContain('principalName: entraAdminName');
    expect(administrator).not.toContain('identity');
    // DATABASE_URL names the managed identity (no password: Entra tokens) once chosen, else the service's own role
    // once its password is set, the administrator only until then; Entra sign-in turns password sign-in off.
    expect(bicep).toMatch(
      /var serviceLogin = serviceUsesEntra \? '\$\{baseName\}-id' : empty\(appPassword\) \? postgresAdminLogin : postgresAppLogin/,
    );
    expect(bicep).toMatch(/: 'postgres:\/\/\$\{serviceLogin\}:\$\{uriComponent\(servicePassword\)\}@/);
    expect(bicep).toMatch(/\? 'postgres:\/\/\$\{serviceLogin\}@\$\{postgres\.properties\.fullyQualifiedDomainName\}/);
    expect(bicep).toContain("passwordAuth: serviceUsesEntra ? 'Disabled' : 'Enabled'");
    expect(bicep).toContain("DATABASE_ENTRA_CLIENT_ID: serviceUsesEntra ? identity.properties.clientId : ''");
    expect(bicep).toContain("var serviceUsesEntra = serviceAuth == 'entra' && !empty(entraAdminObjectId)");
  });

  it('reads an optional parameter the toolkit left unresolved (an empty env value) as empty', () => {
    const envText = readText('env/.env.dev');
    const emptyInEnv = Object.entries(parameters)
      .map(([name, p]) => ({ name, names: placeholdersIn(JSON.stringify(p)) }))
      .filter(({ names }) => names.some((n) => new RegExp(`^${n}=\\s*$`, 'm').test(envText)));
    expect(emptyInEnv.map((p) => p.name).sort()).toEqual(
      [
        'alertEmail',
        'allowedTenantIds',
        'eventsOrganizerMailbox',
        'kitOrganizerMailbox',
        'postgresEntraAdminName',
        'postgresEntraAdminObjectId',
        'postgresServiceAuth',
      ].sort(),
    );
    for (const { name } of emptyInEnv) expect(bicep).toContain(`startsWith(${name}, '\\\${{')`);
  });

  it('gets a value for every parameter without a default, and only for parameters it declares', () => {
    const declared = [...bicep.matchAll(/^param (\w+) \w+( = .+)?$/gm)].map((m) => ({
      name: m[1],
      hasDefault: !!m[2],
    }));
    const names = declared.map((p) => p.name);
    expect(Object.keys(parameters).filter((name) => !names.includes(name))).toEqual([]);
    expect(declared.filter((p) => !p.hasDefault && !((p.name ?? '') in parameters)).map((p) => p.name)).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['resourceBaseName', 'aadAppClientId', 'postgresAdminPassword']));
    expect(placeholdersIn(JSON.stringify(parameters))).toContain('SECRET_POSTGRES_ADMIN_PASSWORD');
    expect(bicep).toMatch(/@secure\(\)\n(@description\(.*\)\n)?param postgresAdminPassword string/);
    expect(placeholdersIn(JSON.stringify(parameters))).toContain('SECRET_POSTGRES_APP_PASSWORD');
    expect(bicep).toMatch(/@secure\(\)\n(@description\(.*\)\n)?param postgresAppPassword string/);
  });
});

function standIn(name: string): string {
  if (name === 'DATABASE_URL') return 'postgres://cosadmin:secret@cos.postgres.database.azure.com:5432/communities';
  if (name.endsWith('_CONNECTION_STRING')) return 'InstrumentationKey=00000000-0000-0000-0000-000000000000';
  return '6f1c2b3a-0000-4000-8000-000000000001';
}
