import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** An https endpoint of a Microsoft cloud (http only on this machine, for a test double); kept without a trailing slash. */
const cloudEndpoint = (name: string, fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((value) => value.replace(/\/+$/, ''))
    .refine((value) => {
      try {
        const url = new URL(value);
        const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
        return (url.protocol === 'https:' || (url.protocol === 'http:' && local)) && url.pathname === '/';
      } catch {
        return false;
      }
    }, `${name} must be the https origin of a Microsoft cloud endpoint, like ${fallback}`);

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: optionalText,
  DATABASE_ENTRA_CLIENT_ID: optionalText,
  PGLITE_DATA_DIR: z.string().default('.data/pglite'),
  SEED_DEMO_DATA: z.enum(['true', 'false']).optional(),
  TAB_DIST_DIR: z.string().default('dist/tab'),
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  BOT_TENANT_ID: optionalText,
  AAD_APP_CLIENT_ID: optionalText,
  ALLOWED_TENANT_IDS: optionalText,
  DEV_TOKEN_SECRET: optionalText,
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_BASE_URL: cloudEndpoint('GRAPH_BASE_URL', 'https://graph.microsoft.com'),
  ENTRA_AUTHORITY_HOST: cloudEndpoint('ENTRA_AUTHORITY_HOST', 'https://login.microsoftonline.com'),
  PUBLIC_BASE_URL: optionalText,
  TEAMS_APP_ID: optionalText,
  KIT_ORGANIZER_MAILBOX: z.string().email().default('localitymodel@kent.gov.uk'),
  EVENTS_ORGANIZER_MAILBOX: z.string().email().default('events@kent.gov.uk'),
  NOTIFICATIONS_MAILBOX: z.string().email().optional(),
  LOCAL_MAIL_DIR: z.string().default('.data/mail'),
  BOT_SERVICE_URL: z.string().url().default('https://smba.trafficmanager.net/teams/'),
  MEETING_BUFFER_MINUTES: z.coerce.number().int().min(0).max(240).default(30),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_SEARCHES_PER_MINUTE: z.coerce.number().int().min(1).default(60),
});

/** Bot Framework credentials; absent in local mode. */
export interface BotCredentials {
  appId: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  password?: string;
  tenantId?: string;
}

/** The service's whole configuration, read once at start and passed in. */
export interface AppConfig {
  /**
   * `local`: no bot identity and no Entra app configured and not NODE_ENV=production; then the server binds
   * 127.0.0.1 by default, the bot accepts unsigned activities from this machine only and the dev sign-in exists.
   * `hosted`: an identity is configured (a dev tunnel, say) but NODE_ENV is not production. `production`: everything
   * required is set. Only `local` has the dev sign-in.
   */
  mode: 'local' | 'hosted' | 'production';
  port: number;
  host: string;
  logLevel: string;
  /** PGlite, or PostgreSQL with the URL's password or (`entraClientId`) the managed identity's Entra tokens. */
  database: { kind: 'postgres'; url: string; entraClientId?: string } | { kind: 'pglite'; dataDir: string };
  seedDemoData: boolean;
  tabDistDir: string;
  bot?: BotCredentials;
  sso?: { clientId: string; allowedTenantIds: string[]; authorityHost: string };
  /**
   * The Microsoft cloud's endpoints (commercial by default; GCC High, DoD or national clouds differ): where Graph is
   * and where Entra ID signs tokens.
   */
  cloud: { graphBaseUrl: string; authorityHost: string };
  devTokenSecret?: string;
  scheduling: { bufferMinutes: number; kitOrganizerMailbox: string };
  /** Events: the mailbox whose calendar sends each booked place's invitation (with Graph). */
  events: { organizerMailbox: string };
  /** Where people reach the service (links in cards); defaults to http://localhost:PORT. */
  publicBaseUrl: string;
  /** The Teams app's id (the manifest's), for deep links into its tabs; without it cards link to the web pages. */
  teamsAppId?: string;
  /** Microsoft Graph app-only credentials; without them meetings stay in the app's local calendar. */
  graph?: { tenantId: string; clientId: string; clientSecret: string; baseUrl: string; authorityHost: string };
  /** How many writes (submissions, questions, registrations) and searches one person may make per minute. */
  rateLimits: { write: number; search: number };
  /**
   * Reaching people without a chat with the bot: the mailbox notifications are emailed from (with Graph), the folder
   * they are written to instead (local mode, without Graph), and the Bot Framework address for a chat the app was
   * installed into in a tenant none of whose chats is stored yet.
   */
  reach: { mailbox: string; localMailDir?: string; defaultServiceUrl: string };
}

/** Raised when the environment cannot make a safe configuration; the message names every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const bot = readBotCredentials(e);
  const sso = e.AAD_APP_CLIENT_ID
    ? {
        clientId: e.AAD_APP_CLIENT_ID,
        allowedTenantIds: splitList(e.ALLOWED_TENANT_IDS),
        authorityHost: e.ENTRA_AUTHORITY_HOST,
      }
    : undefined;

  const graphSettings = [e.GRAPH_TENANT_ID, e.GRAPH_CLIENT_ID, e.GRAPH_CLIENT_SECRET];
  if (graphSettings.some(Boolean) && !graphSettings.every(Boolean)) {
    throw new ConfigError([
      'Set all of GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET, or none (local calendar).',
    ]);
  }

  if (production) {
    const missing = missingProductionSettings(e);
    if (e.SEED_DEMO_DATA === 'true') {
      missing.push('SEED_DEMO_DATA=true is refused in production: schools must never see demo people or demo answers');
    }
    if (missing.length > 0) throw new ConfigError(missing);
  }

  const local = !production && !bot && !sso;
  return {
    mode: production ? 'production' : local ? 'local' : 'hosted',
    port: e.PORT,
    host: e.HOST ?? (local ? '127.0.0.1' : '0.0.0.0'),
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          ...(e.DATABASE_ENTRA_CLIENT_ID ? { entraClientId: e.DATABASE_ENTRA_CLIENT_ID } : {}),
        }
      : { kind: 'pglite', dataDir: e.PGLITE_DATA_DIR },
    seedDemoData: e.SEED_DEMO_DATA ? e.SEED_DEMO_DATA === 'true' : local,
    tabDistDir: e.TAB_DIST_DIR,
    bot,
    sso,
    devTokenSecret: local ? e.DEV_TOKEN_SECRET : undefined,
    scheduling: { bufferMinutes: e.MEETING_BUFFER_MINUTES, kitOrganizerMailbox: e.KIT_ORGANIZER_MAILBOX },
    events: { organizerMailbox: e.EVENTS_ORGANIZER_MAILBOX },
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`,
    teamsAppId: e.TEAMS_APP_ID,
    rateLimits: { write: e.RATE_LIMIT_WRITES_PER_MINUTE, search: e.RATE_LIMIT_SEARCHES_PER_MINUTE },
    graph:
      e.GRAPH_TENANT_ID && e.GRAPH_CLIENT_ID && e.GRAPH_CLIENT_SECRET
        ? {
            tenantId: e.GRAPH_TENANT_ID,
            clientId: e.GRAPH_CLIENT_ID,
            clientSecret: e.GRAPH_CLIENT_SECRET,
            baseUrl: e.GRAPH_BASE_URL,
            authorityHost: e.ENTRA_AUTHORITY_HOST,
          }
        : undefined,
    cloud: { graphBaseUrl: e.GRAPH_BASE_URL, authorityHost: e.ENTRA_AUTHORITY_HOST },
    reach: {
      mailbox: e.NOTIFICATIONS_MAILBOX ?? e.KIT_ORGANIZER_MAILBOX,
      localMailDir: local ? e.LOCAL_MAIL_DIR : undefined,
      defaultServiceUrl: e.BOT_SERVICE_URL,
    },
  };
}

type Environment = z.infer<typeof environmentSchema>;

function readBotCredentials(e: Environment): BotCredentials | undefined {
  if (!e.BOT_ID) return undefined;
  return {
    appId: e.BOT_ID,
    appType: e.BOT_TYPE ?? (e.BOT_PASSWORD ? 'MultiTenant' : 'UserAssignedMSI'),
    password: e.BOT_PASSWORD,
    tenantId: e.BOT_TENANT_ID,
  };
}

function missingProductionSettings(e: Environment): string[] {
  const missing: string[] = [];
  if (!e.BOT_ID) missing.push('BOT_ID is not set (the bot identity: an Entra app or a managed identity client id)');
  if (e.BOT_ID && !e.BOT_PASSWORD && e.BOT_TYPE !== 'UserAssignedMSI') {
    missing.push('BOT_PASSWORD is not set (or set BOT_TYPE=UserAssignedMSI to use a managed identity)');
  }
  if ((e.BOT_TYPE === 'SingleTenant' || e.BOT_TYPE === 'UserAssignedMSI') && !e.BOT_TENANT_ID) {
    missing.push(`BOT_TENANT_ID is not set (required when BOT_TYPE=${e.BOT_TYPE})`);
  }
  if (!e.AAD_APP_CLIENT_ID)
    missing.push('AAD_APP_CLIENT_ID is not set (the Entra app that Teams SSO tokens are issued for)');
  if (splitList(e.ALLOWED_TENANT_IDS).length === 0) {
    missing.push('ALLOWED_TENANT_IDS is not set (comma-separated Entra tenant ids whose users may sign in)');
  }
  if (!e.DATABASE_URL)
    missing.push('DATABASE_URL is not set (PostgreSQL connection string; PGlite is for local use only)');
  return missing;
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
