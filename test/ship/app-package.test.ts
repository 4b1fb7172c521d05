import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { schemaErrors } from './support/manifest-schema';
import { parseEnv, placeholder, placeholdersIn, ROOT, readText, runPackageApp } from './support/ship-files';
import { readZip } from './support/zip-reader';

const template = readText('appPackage/manifest.json');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What provision would have written, different in every field so a mix-up shows. */
const provisioned = {
  TEAMS_APP_ID: '0a6b1d4e-1111-4a2b-8c3d-000000000001',
  BOT_ID: '0a6b1d4e-2222-4a2b-8c3d-000000000002',
  AAD_APP_CLIENT_ID: '0a6b1d4e-3333-4a2b-8c3d-000000000003',
  TAB_DOMAIN: 'cosdev-app.example.azurewebsites.net',
};

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ship-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function envFile(name: string, values: Record<string, string>): void {
  const text = Object.entries(values).map(([key, value]) => `${key}=${value}`);
  writeFileSync(path.join(work, name), `# test environment\n${text.join('\n')}\n`);
}

function packageFor(env: string) {
  const result = runPackageApp(['--env', env, '--env-dir', work, '--out-dir', path.join(work, 'build')]);
  const zipPath = path.join(work, 'build', `appPackage.${env}.zip`);
  return { ...result, zipPath, written: existsSync(zipPath) };
}

function manifestInZip(zipPath: string) {
  const entries = readZip(readFileSync(zipPath));
  const manifest = entries.find((e) => e.name === 'manifest.json');
  return { entries, manifest: JSON.parse(manifest?.data.toString('utf8') ?? '{}') };
}

function stringsIn(value: unknown, at = ''): Array<{ at: string; text: string }> {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, at ? `${at}.${key}` : key));
  }
  return [];
}

describe('the app manifest template', () => {
  it('takes every id, URL and domain from the environment', () => {
    const manifest = JSON.parse(template);
    const fixed = stringsIn(manifest).filter(
      ({ at, text }) => at !== '$schema' && (/^https?:\/\//i.test(text) || GUID.test(text)) && !/\$\{\{/.test(text),
    );
    expect(fixed).toEqual([]);
    expect(manifest.id).toBe(`${placeholder('TEAMS_APP_ID')}`);
    expect(manifest.validDomains).toEqual([`${placeholder('TAB_DOMAIN')}`]);
    expect(manifest.bots[0].botId).toBe(`${placeholder('BOT_ID')}`);
    expect(manifest.composeExtensions[0].botId).toBe(`${placeholder('BOT_ID')}`);
    expect(manifest.webApplicationInfo).toEqual({
      id: `${placeholder('AAD_APP_CLIENT_ID')}`,
      resource: `api://${placeholder('TAB_DOMAIN')}/botid-${placeholder('BOT_ID')}`,
    });
  });

  it('declares the bot, the message extension and the tabs the issue asks for', () => {
    const manifest = JSON.parse(template);
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    const commands = Object.fromEntries(
      manifest.bots[0].commandLists.map((list: { scopes: string[]; commands: Array<{ title: string }> }) => [
        list.scopes.join(),
        list.commands.map((c) => c.title),
      ]),
    );
    expect(commands.personal).toEqual(
      expect.arrayContaining(['help', 'ask', 'request funding', 'my requests', 'plan meetings']),
    );
    expect(commands.team).toContain('help');
    expect(commands.groupChat).toContain('help');
    for (const shared of [commands.team, commands.groupChat]) {
      expect(shared).not.toContain('request funding'); // pupil details stay in the personal chat
      expect(shared).not.toContain('my requests');
    }

    const [search, ask] = manifest.composeExtensions[0].commands;
    expect(manifest.composeExtensions[0].composeExtensionType).toBe('botBased');
    expect(search).toMatchObject({ id: 'searchFaq', type: 'query', title: 'Search FAQ' });
    expect(search.parameters.map((p: { name: string }) => p.name)).toEqual(['searchQuery']);
    expect(ask).toMatchObject({
      id: 'askKcc',
      type: 'action',
      title: 'Ask KCC',
      context: ['message'],
      fetchTask: true,
    });

    const pages = manifest.staticTabs.filter((t: { contentUrl?: string }) => t.contentUrl);
    expect(pages.map((t: { name: string; contentUrl: string }) => [t.name, t.contentUrl])).toEqual([
      ['Budget', `https://${placeholder('TAB_DOMAIN')}/budget`],
      ['Contacts', `https://${placeholder('TAB_DOMAIN')}/contacts`],
      ['Meetings', `https://${placeholder('TAB_DOMAIN')}/meetings`],
      ['Requests', `https://${placeholder('TAB_DOMAIN')}/requests`],
      ['FAQ', `https://${placeholder('TAB_DOMAIN')}/faq`],
      ['Documents', `https://${placeholder('TAB_DOMAIN')}/documents`],
      ['Events', `https://${placeholder('TAB_DOMAIN')}/events`],
    ]);
    // Shared channels let a community's team include school staff from other tenants: the bot and tab work there.
    expect(manifest.supportsChannelFeatures).toBe('tier1');
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: `https://${placeholder('TAB_DOMAIN')}/config`, scopes: ['team'] }),
    ]);
  });

  it('matches the official v1.30 schema once its placeholders are filled in', async () => {
    const values: Record<string, string> = {
      ...provisioned,
      APP_NAME_SUFFIX: '',
      APP_WEBSITE_URL: 'https://www.example.org',
      APP_PRIVACY_URL: 'https://www.example.org/privacy',
      APP_TERMS_URL: 'https://www.example.org/terms',
    };
    expect(placeholdersIn(template).filter((name) => !(name in values))).toEqual([]);
    const filled = template.replace(/\$\{\{ *(\w+) *\}\}/g, (_, name: string) => values[name] ?? '');
    expect(schemaErrors(JSON.parse(filled))).toEqual([]);
  });
});

describe('node scripts/package-app.mjs', () => {
  const settings = {
    TEAMSFX_ENV: 'shiptest',
    APP_NAME_SUFFIX: '-test',
    APP_WEBSITE_URL: 'https://www.example.org',
    APP_PRIVACY_URL: 'https://www.example.org/privacy',
    APP_TERMS_URL: 'https://www.example.org/terms',
  };

  it('writes a zip of manifest.json and both icons whose manifest matches the v1.30 schema', async () => {
    envFile('.env.shiptest', { ...settings, ...provisioned });
    const run = packageFor('shiptest');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const { entries, manifest } = manifestInZip(run.zipPath);
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    for (const icon of ['color.png', 'outline.png']) {
      expect(entries.find((e) => e.name === icon)?.data.equals(readFileSync(path.join(ROOT, 'appPackage', icon)))).toBe(
        true,
      );
    }
    expect(schemaErrors(manifest)).toEqual([]);
  });

  it('fills every id, tab URL and domain with the environment file values, .user values winning', () => {
    envFile('.env.shiptest', { ...settings, ...provisioned, BOT_ID: '0a6b1d4e-9999-4a2b-8c3d-000000000009' });
    envFile('.env.shiptest.user', { BOT_ID: provisioned.BOT_ID });
    const run = packageFor('shiptest');
    expect(run.status).toBe(0);

    const { manifest } = manifestInZip(run.zipPath);
    const domain = provisioned.TAB_DOMAIN;
    expect(manifest.id).toBe(provisioned.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(provisioned.BOT_ID);
    expect(manifest.composeExtensions[0].botId).toBe(provisioned.BOT_ID);
    expect(manifest.validDomains).toEqual([domain]);
    expect(manifest.webApplicationInfo).toEqual({
      id: provisioned.AAD_APP_CLIENT_ID,
      resource: `api://${domain}/botid-${provisioned.BOT_ID}`,
    });
    expect(manifest.configurableTabs[0].configurationUrl).toBe(`https://${domain}/config`);
    for (const tab of manifest.staticTabs.filter((t: { contentUrl?: string }) => t.contentUrl)) {
      expect(new URL(tab.contentUrl).host).toBe(domain);
      expect(new URL(tab.websiteUrl).host).toBe(domain);
    }
    expect(manifest.name.short).toBe('Communities of Schools-test');
    expect(manifest.developer.privacyUrl).toBe(settings.APP_PRIVACY_URL);
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
  });

  it.each(['local', 'dev'])('packages the committed %s environment once provision has written its ids', (env) => {
    const committed = parseEnv(readText(`env/.env.${env}`));
    envFile(`.env.${env}`, { ...committed, ...provisioned });
    const run = packageFor(env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(manifestInZip(run.zipPath).manifest.name.short).toBe(`Communities of Schools-${env}`);
  });

  it('fails naming the placeholder it cannot resolve, and writes nothing', () => {
    const { BOT_ID: _missing, ...withoutBot } = provisioned;
    envFile('.env.shiptest', { ...settings, ...withoutBot, TAB_DOMAIN: '' });
    const run = packageFor('shiptest');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${placeholder('BOT_ID')}`);
    expect(run.stderr).toContain(`${placeholder('TAB_DOMAIN')}`); // empty counts as unresolved
    expect(run.stderr).not.toContain(`${placeholder('TEAMS_APP_ID')}`);
    expect(run.written).toBe(false);
  });

  it('says which environment file is missing', () => {
    const run = packageFor('nowhere');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('.env.nowhere does not exist');
  });
});
