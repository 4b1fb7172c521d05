import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startTestService, type TestService } from '../../../test/support/start-test-service';
import { loopbackOnly } from './bot/bot-endpoint';
import { loadConfig } from './config';

const productionSettings = {
  NODE_ENV: 'production',
  BOT_ID: '11111111-2222-3333-4444-555555555555',
  BOT_PASSWORD: 'test-secret',
  AAD_APP_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
  ALLOWED_TENANT_IDS: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  DATABASE_URL: 'postgres://app@db.example/communities',
};

describe('production start-up guard', () => {
  it('refuses to start in production without credentials, naming each missing setting', () => {
    const result = spawnSync(process.execPath, [path.resolve(__dirname, '../../../dist/bot/src/main.js')], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.status).not.toBe(0);
    for (const name of ['BOT_ID', 'AAD_APP_CLIENT_ID', 'ALLOWED_TENANT_IDS', 'DATABASE_URL']) {
      expect(result.stderr).toContain(`${name} is not set`);
    }
  });

  it('accepts a managed identity instead of a bot password, but then needs the tenant', () => {
    const { BOT_PASSWORD: _password, ...withoutPassword } = productionSettings;
    expect(() => loadConfig({ ...withoutPassword, BOT_TYPE: 'UserAssignedMSI' })).toThrow('BOT_TENANT_ID is not set');
    expect(() => loadConfig(withoutPassword)).toThrow('BOT_PASSWORD is not set');
    const config = loadConfig({ ...withoutPassword, BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: 'tenant' });
    expect(config.bot).toEqual({ appId: productionSettings.BOT_ID, appType: 'UserAssignedMSI', tenantId: 'tenant' });
  });

  it('loads demo data (people and the starting FAQ) only in local mode, and refuses it in production', () => {
    expect(loadConfig(productionSettings).seedDemoData).toBe(false);
    expect(() => loadConfig({ ...productionSettings, SEED_DEMO_DATA: 'true' })).toThrow(
      /SEED_DEMO_DATA=true is refused/,
    );
    const { NODE_ENV: _env, ...tunnel } = productionSettings;
    expect(loadConfig(tunnel).seedDemoData).toBe(false);
    expect(loadConfig({ ...tunnel, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('runs locally without any settings, on PGlite, with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'local', port: 3978, seedDemoData: true, database: { kind: 'pglite' } });
    expect(config.bot).toBeUndefined();
  });

  it('binds this machine only in local mode, and every interface once an identity is configured', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ BOT_ID: productionSettings.BOT_ID, BOT_PASSWORD: 'secret' }).host).toBe('0.0.0.0');
  });

  it('leaves local mode, and the dev sign-in, as soon as a bot identity or an Entra app is configured', () => {
    for (const identity of [
      { BOT_ID: productionSettings.BOT_ID, BOT_PASSWORD: 'secret' },
      { AAD_APP_CLIENT_ID: productionSettings.AAD_APP_CLIENT_ID },
    ]) {
      const config = loadConfig({ ...identity, NODE_ENV: 'development', DEV_TOKEN_SECRET: 'dev-secret' });
      expect(config.mode).toBe('hosted');
      expect(config.devTokenSecret).toBeUndefined();
    }
  });

  it('reports a malformed setting by name', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});

// Production settings throughout, except that PGlite stands in for the PostgreSQL server; and a developer's machine
// behind a dev tunnel: a bot identity, NODE_ENV unset (the tunnel makes every request arrive from loopback).
const { database: _server, ...production } = loadConfig(productionSettings);
const { NODE_ENV: _env, ...tunnel } = productionSettings;
describe.each([
  [
    'configured for production',
    () => startTestService({}, { ...production, port: 0, host: '127.0.0.1', logLevel: 'silent' }),
  ],
  ['with a bot identity outside production (a dev tunnel)', () => startTestService({ ...tunnel, DATABASE_URL: '' })],
])('a service %s', (_name, start) => {
  let service: TestService;

  beforeAll(async () => {
    service = await start();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('refuses an unauthenticated Bot Framework activity with 401', async () => {
    const response = await fetch(`${service.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'help', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/' }),
    });
    expect(response.status).toBe(401);
  });

  it('has no dev sign-in routes', async () => {
    expect((await fetch(`${service.baseUrl}/api/dev/people`)).status).toBe(404);
    const token = await fetch(`${service.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'someone@kent.demo.example' }),
    });
    expect(token.status).toBe(404);
  });
});

describe('local-mode bot endpoint guard', () => {
  const run = (remoteAddress: string) => {
    let status = 0;
    let passed = false;
    const res = {
      status(s: number) {
        status = s;
        return res;
      },
      json: () => res,
    };
    loopbackOnly()({ socket: { remoteAddress } } as never, res as never, () => {
      passed = true;
    });
    return passed ? 'accepted' : status;
  };

  it('accepts activities from this machine only', () => {
    expect(run('127.0.0.1')).toBe('accepted');
    expect(run('::1')).toBe('accepted');
    expect(run('::ffff:127.0.0.1')).toBe('accepted');
    expect(run('10.0.0.5')).toBe(401);
    expect(run('::ffff:192.168.1.20')).toBe(401);
  });

  it('refuses a loopback request that a proxy or tunnel forwarded', () => {
    let status = 0;
    const res = {
      status(s: number) {
        status = s;
        return res;
      },
      json: () => res,
    };
    const forwarded = { socket: { remoteAddress: '127.0.0.1' }, headers: { 'x-forwarded-for': '203.0.113.9' } };
    loopbackOnly()(forwarded as never, res as never, () => undefined);
    expect(status).toBe(401);
  });
});
