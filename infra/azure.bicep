// Azure resources for Communities of Schools: one Node 24 web app (bot + API + tab) running as a
// user-assigned managed identity, its Azure Bot (Teams and Microsoft 365 channels), a PostgreSQL flexible
// server reachable only from the web app (private endpoint in a virtual network the web app is integrated
// with; no public access), a Key Vault holding DATABASE_URL, and Log Analytics + Application Insights.
// Deployed by `arm/deploy` in teamsapp.yml; every output is written back to env/.env.{env}.
// docs/deploy-to-azure.md ("Security and data protection") explains each choice.

@maxLength(12)
@minLength(2)
@description('Short lowercase prefix for resource names; a hash of the resource group is appended.')
param resourceBaseName string

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('App Service plan SKU (Linux): B1 for a pilot, P0v3 or larger for production.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Display name of the Azure Bot.')
param botDisplayName string

@description('Client id of the Entra app that Teams SSO tokens are issued for (aadApp/create).')
param aadAppClientId string

@description('Tenant of that Entra app: the Microsoft 365 organisation.')
param aadAppTenantId string

@description('\'true\' once Graph admin consent and mailbox scoping are done: meetings then go to Outlook calendars.')
param graphCalendar string = 'false'

@secure()
@description('Client secret of the Entra app (SECRET_AAD_APP_CLIENT_SECRET), used for Graph app-only calls.')
param aadAppClientSecret string = ''

@description('Mailbox that organises Keeping in Touch meetings; empty keeps the service\'s default.')
param kitOrganizerMailbox string = ''

@description('Mailbox whose calendar sends each booked place\'s invitation to an event; empty keeps the service\'s default.')
param eventsOrganizerMailbox string = ''

@description('Where alerts go (the IT team\'s shared mailbox); empty deploys no alerts.')
param alertEmail string = ''

@description('Comma-separated tenant ids whose people may sign in; empty means this tenant.')
param allowedTenantIds string = ''

@description('The Teams app id (written by teamsApp/create), so cards open the app\'s tabs in Teams; empty links to web pages.')
param teamsAppId string = ''

@description('PostgreSQL administrator login name (for a DBA only: the service never uses it once it has its own role).')
param postgresAdminLogin string = 'cosadmin'

@secure()
@description('PostgreSQL administrator password (SECRET_POSTGRES_ADMIN_PASSWORD in env/.env.{env}.user).')
param postgresAdminPassword string

@description('The service\'s own PostgreSQL role, which a DBA creates once (docs/deploy-to-azure.md, step 5).')
param postgresAppLogin string = 'cos_app'

@secure()
@description('Password of that role (SECRET_POSTGRES_APP_PASSWORD in env/.env.{env}.user). Empty: the service connects as the administrator.')
param postgresAppPassword string = ''

@description('How the service signs in to PostgreSQL: "entra" (its managed identity, with tokens; no password anywhere) once a DBA has created the identity\'s role (docs/deploy-to-azure.md, step 5), else "password".')
param postgresServiceAuth string = 'password'

@description('Object id of the Entra group whose members administer PostgreSQL (the DBAs). Empty: no Entra administrator.')
param postgresEntraAdminObjectId string = ''

@description('Display name of that Entra group; DBAs sign in to PostgreSQL with it as the user name.')
param postgresEntraAdminName string = ''

@description('Address space of the virtual network that joins the web app to PostgreSQL; must not overlap networks you peer it with.')
param vnetAddressPrefix string = '10.60.0.0/24'

@description('Subnet the web app\'s outbound traffic leaves from (delegated to App Service; /26 or larger).')
param appSubnetPrefix string = '10.60.0.0/26'

@description('Subnet that holds PostgreSQL\'s private endpoint.')
param databaseSubnetPrefix string = '10.60.0.64/28'

@description('PostgreSQL compute: Standard_B1ms (Burstable) for a pilot; General Purpose for production.')
param postgresSkuName string = 'Standard_B1ms'
param postgresSkuTier string = 'Burstable'
param postgresDatabaseName string = 'communities'

var baseName = '${resourceBaseName}${take(uniqueString(subscription().id, resourceGroup().id), 6)}'
var useGraph = toLower(graphCalendar) == 'true' && !empty(aadAppClientSecret)
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6' // built-in 'Key Vault Secrets User'

// The toolkit leaves ${{NAME}} as it is when NAME is empty in env/.env.{env}: such a value counts as empty here.
var tenantAllowList = startsWith(allowedTenantIds, '\${{') ? '' : allowedTenantIds
var kitMailbox = startsWith(kitOrganizerMailbox, '\${{') ? '' : kitOrganizerMailbox
var eventsMailbox = startsWith(eventsOrganizerMailbox, '\${{') ? '' : eventsOrganizerMailbox
var alertMailbox = startsWith(alertEmail, '\${{') ? '' : alertEmail
var teamsApp = startsWith(teamsAppId, '\${{') ? '' : teamsAppId
var entraAdminObjectId = startsWith(postgresEntraAdminObjectId, '\${{') ? '' : postgresEntraAdminObjectId
var entraAdminName = startsWith(postgresEntraAdminName, '\${{') ? '' : postgresEntraAdminName
var appPassword = startsWith(postgresAppPassword, '\${{') ? '' : postgresAppPassword
// Entra sign-in for the service needs the Entra administrator who created its role.
var serviceAuth = startsWith(postgresServiceAuth, '\${{') ? 'password' : postgresServiceAuth
var serviceUsesEntra = serviceAuth == 'entra' && !empty(entraAdminObjectId)

// The service connects as its managed identity with Entra tokens once chosen; else as its own least-privilege role
// once its password is set; until then as the administrator.
var serviceLogin = serviceUsesEntra ? '${baseName}-id' : empty(appPassword) ? postgresAdminLogin : postgresAppLogin
var servicePassword = empty(appPassword) ? postgresAdminPassword : appPassword

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${baseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// Alerts for the signals that mean people are not being told or meetings not made (docs/deploy-to-azure.md,
// "Operating it"): each a log query over Application Insights every 5 minutes, to the IT team's mailbox.
resource alertGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertMailbox)) {
  name: '${baseName}-alerts'
  location: 'global'
  properties: {
    groupShortName: 'cos-alerts'
    enabled: true
    emailReceivers: [
      {
        name: 'it-team'
        emailAddress: alertMailbox
        useCommonAlertSchema: true
      }
    ]
  }
}

var alertRules = [
  {
    name: 'notifications-waiting'
    severity: 2
    description: 'The oldest notification has waited more than 10 minutes: people are not being told (decisions, answers, reminders).'
    query: 'customMetrics | where name == "cos.outbox.oldest_pending_age" | where valueMax > 600'
  }
  {
    name: 'meetings-not-created'
    severity: 2
    description: 'A meeting has waited more than 15 minutes to reach calendars: Graph or the organizer mailbox is failing.'
    query: 'customMetrics | where name == "cos.meetings.oldest_waiting_age" | where valueMax > 900'
  }
  {
    name: 'server-errors'
    severity: 1
    description: 'More than 5% of API requests failed with a server error (5xx) in 15 minutes.'
    query: 'requests | summarize total = count(), failed = countif(toint(resultCode) >= 500) | where total >= 20 and failed * 100.0 / total > 5'
  }
  {
    name: 'graph-consent-withdrawn'
    severity: 1
    description: 'Graph refused the app (401/403): admin consent or the application access policy was withdrawn; meetings cannot be made.'
    query: 'dependencies | where name == "graph.batch" | where toint(customDimensions["cos.graph.refused"]) > 0'
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = [for rule in alertRules: if (!empty(alertMailbox)) {
  name: '${baseName}-${rule.name}'
  location: location
  properties: {
    displayName: '${baseName}: ${rule.name}'
    description: rule.description
    severity: rule.severity
    enabled: true
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    scopes: [
      appInsights.id
    ]
    criteria: {
      allOf: [
        {
          query: rule.query
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [
        alertGroup.id
      ]
    }
  }
}]

// The web app's outbound traffic to private addresses leaves through the 'app' subnet (VNet integration);
// PostgreSQL is reachable only at its private endpoint in the 'database' subnet.
resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: '${baseName}-vnet'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        vnetAddressPrefix
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'database'
        properties: {
          addressPrefix: databaseSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

var appSubnetId = '${vnet.id}/subnets/app'
var databaseSubnetId = '${vnet.id}/subnets/database'

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${baseName}-pg'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    // No public endpoint and no firewall rules: only the private endpoint below answers.
    network: {
      publicNetworkAccess: 'Disabled'
    }
    // Entra ID sign-in for DBAs and, once chosen, for the service's managed identity; then no password sign-in at all.
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: serviceUsesEntra ? 'Disabled' : 'Enabled'
      tenantId: subscription().tenantId
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The DBAs' Entra group administers the server; the service's managed identity never does.
resource postgresEntraAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = if (!empty(entraAdminObjectId)) {
  parent: postgres
  name: empty(entraAdminObjectId) ? 'none' : entraAdminObjectId
  properties: {
    principalType: 'Group'
    principalName: entraAdminName
    tenantId: subscription().tenantId
  }
  dependsOn: [
    database
  ]
}

resource postgresDns 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.postgres.database.azure.com'
  location: 'global'
}

resource postgresDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: postgresDns
  name: '${baseName}-vnet'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

// The server's name resolves, inside the virtual network only, to this endpoint's private address.
resource postgresEndpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: '${baseName}-pg-pe'
  location: location
  properties: {
    subnet: {
      id: databaseSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: '${baseName}-pg'
        properties: {
          privateLinkServiceId: postgres.id
          groupIds: [
            'postgresqlServer'
          ]
        }
      }
    ]
  }
  // One change to the server at a time: flexible server refuses concurrent operations.
  dependsOn: [
    database
    postgresEntraAdmin
  ]
}

resource postgresEndpointDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-11-01' = {
  parent: postgresEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'postgres'
        properties: {
          privateDnsZoneId: postgresDns.id
        }
      }
    ]
  }
}

// RBAC only (no access policies); deleted secrets and the vault itself are kept 30 days and cannot be purged early.
resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${baseName}-kv'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource databaseUrl 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'database-url'
  properties: {
    contentType: 'PostgreSQL connection string'
    value: serviceUsesEntra
      ? 'postgres://${serviceLogin}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=verify-full'
      : 'postgres://${serviceLogin}:${uriComponent(servicePassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=verify-full'
  }
}

resource graphClientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (useGraph) {
  parent: keyVault
  name: 'graph-client-secret'
  properties: {
    contentType: 'Entra app client secret for Microsoft Graph'
    value: aadAppClientSecret
  }
}

// The web app's identity may read this vault's secrets and nothing else: its only role assignment.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${baseName}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    virtualNetworkSubnetId: appSubnetId
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/bot/src/main.js'
      alwaysOn: true
      healthCheckPath: '/readyz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// What bot/src/config.ts reads, plus the platform's own settings.
var serviceSettings = {
  NODE_ENV: 'production'
  BOT_ID: identity.properties.clientId
  BOT_TYPE: 'UserAssignedMSI'
  BOT_TENANT_ID: identity.properties.tenantId
  AAD_APP_CLIENT_ID: aadAppClientId
  ALLOWED_TENANT_IDS: empty(tenantAllowList) ? tenant().tenantId : tenantAllowList
  DATABASE_URL: '@Microsoft.KeyVault(SecretUri=${databaseUrl.properties.secretUri})'
  // With Entra sign-in, the identity whose tokens are the database password; empty: the URL's password.
  DATABASE_ENTRA_CLIENT_ID: serviceUsesEntra ? identity.properties.clientId : ''
  PUBLIC_BASE_URL: 'https://${webApp.properties.defaultHostName}'
  TEAMS_APP_ID: teamsApp
  SEED_DEMO_DATA: 'false'
  LOG_LEVEL: 'info'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  WEBSITE_RUN_FROM_PACKAGE: '1'
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
}

// All three or none: without them the service keeps meetings in its own calendar (.ics downloads).
var graphSettings = {
  GRAPH_TENANT_ID: aadAppTenantId
  GRAPH_CLIENT_ID: aadAppClientId
  GRAPH_CLIENT_SECRET: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=graph-client-secret)'
}

var kitSettings = empty(kitMailbox) ? {} : {
  KIT_ORGANIZER_MAILBOX: kitMailbox
}

var eventsSettings = empty(eventsMailbox) ? {} : {
  EVENTS_ORGANIZER_MAILBOX: eventsMailbox
}

// The settings live in their own resource so they can name the web app's own host.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(serviceSettings, useGraph ? graphSettings : {}, kitSettings, eventsSettings)
  dependsOn: [
    secretsUser
    graphClientSecret
    postgresEndpointDns
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// The Microsoft 365 Extensions channel lights up the message extension in Outlook.
resource m365Channel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'M365Extensions'
  location: 'global'
  properties: {
    channelName: 'M365Extensions'
  }
}

// Written to env/.env.{env} by arm/deploy and read by later steps (aadApp/update, the manifest, zipDeploy).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_AZURE_RESOURCE_ID string = bot.id
output AZURE_KEY_VAULT_NAME string = keyVault.name
output AZURE_POSTGRES_SERVER_FQDN string = postgres.properties.fullyQualifiedDomainName
output AZURE_POSTGRES_SERVER_NAME string = postgres.name
output AZURE_POSTGRES_SERVICE_LOGIN string = serviceLogin
output AZURE_APP_IDENTITY_NAME string = identity.name
output AZURE_APP_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
