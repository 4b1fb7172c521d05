import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  documentedSecrets,
  type Lifecycle,
  readLifecycle,
  type Step,
  variablesRead,
  variablesWritten,
} from './support/lifecycle';
import { parseEnv, placeholder, ROOT, readText } from './support/ship-files';

const files = [
  { file: 'teamsapp.yml', env: 'dev' },
  { file: 'teamsapp.local.yml', env: 'local' },
];

const uses = (steps: Step[]) => steps.map((s) => s.uses);
const find = (steps: Step[], action: string) => steps.find((s) => s.uses === action);

/** Whether `wanted` appears in `actual` in this order (other steps may come between). */
function inOrder(actual: string[], wanted: string[]): boolean {
  let at = 0;
  for (const action of actual) if (action === wanted[at]) at++;
  return at === wanted.length;
}

/** The environment variable names in bot/src/platform/config.ts's schema. */
function environmentNamesTheServiceReads(): string[] {
  const schema =
    /const environmentSchema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(readText('bot/src/platform/config.ts'))?.[1] ?? '';
  return [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1] ?? '');
}

/** Walks the stages in the order the toolkit runs them and lists every variable read before anything wrote it. */
function unsatisfiedReads(lifecycle: Lifecycle, envText: string): string[] {
  const available = new Set([...Object.keys(parseEnv(envText)), ...documentedSecrets(envText)]);
  const problems: string[] = [];
  for (const stage of ['provision', 'deploy', 'publish'] as const) {
    for (const step of lifecycle[stage]) {
      if (step.uses === 'aadApp/update') available.add('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
      for (const name of variablesRead(step)) {
        if (!available.has(name)) problems.push(`${stage} ${step.uses} reads \${{${name}}}`);
      }
      for (const name of variablesWritten(step)) available.add(name);
    }
  }
  return problems;
}

describe.each(files)('$file', ({ file, env }) => {
  const text = readText(file);
  const lifecycle = readLifecycle(file);
  const envText = readText(`env/.env.${env}`);

  it('names the toolkit yaml schema of its version', () => {
    expect(lifecycle.version).toMatch(/^v1\.\d+$/);
    expect(text.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/${lifecycle.version}/yaml.schema.json`,
    );
    expect(lifecycle.environmentFolderPath).toBe('./env');
  });

  it('reads only variables that the env file defines or an earlier step writes', () => {
    expect(unsatisfiedReads(lifecycle, envText)).toEqual([]);
  });

  it('points at files that exist, and packages, validates and uploads the same zip', () => {
    for (const step of [...lifecycle.provision, ...lifecycle.deploy, ...lifecycle.publish]) {
      const w = step.with ?? {};
      const paths = [
        w.manifestPath,
        w.ignoreFile,
        ...((w.templates as Array<Record<string, string>>) ?? []).flatMap((t) => [t.path, t.parameters]),
      ];
      for (const p of paths.filter((p): p is string => typeof p === 'string')) {
        expect(existsSync(path.join(ROOT, p))).toBe(true);
      }
    }
    for (const stage of [lifecycle.provision, lifecycle.publish].filter((s) => find(s, 'teamsApp/zipAppPackage'))) {
      const zip = find(stage, 'teamsApp/zipAppPackage')?.with?.outputZipPath;
      expect(zip).toBe(`./appPackage/build/appPackage.${placeholder('TEAMSFX_ENV')}.zip`);
      for (const step of stage.filter((s) => s.with?.appPackagePath)) expect(step.with?.appPackagePath).toBe(zip);
    }
  });

  it('keeps secrets out of the committed env file', () => {
    expect(Object.keys(parseEnv(envText)).filter((key) => key.startsWith('SECRET_'))).toEqual([]);
    expect(readText('.gitignore').split('\n')).toContain('env/.env.*.user');
    const secretsWritten = [...lifecycle.provision, ...lifecycle.deploy]
      .flatMap((step) => Object.values(step.writeToEnvironmentFile ?? {}))
      .filter((name) => /SECRET|PASSWORD/.test(name));
    for (const name of secretsWritten) expect(name).toMatch(/^SECRET_/); // the toolkit puts SECRET_* in .user files
  });
});

describe('teamsapp.yml (Azure)', () => {
  const lifecycle = readLifecycle('teamsapp.yml');

  it('provisions the Teams app, the SSO app, Azure, then validates, packages and updates the app', () => {
    expect(
      inOrder(uses(lifecycle.provision), [
        'teamsApp/create',
        'aadApp/create',
        'arm/deploy',
        'aadApp/update',
        'teamsApp/validateManifest',
        'teamsApp/zipAppPackage',
        'teamsApp/validateAppPackage',
        'teamsApp/update',
        'teamsApp/extendToM365',
      ]),
    ).toBe(true);
    const arm = find(lifecycle.provision, 'arm/deploy')?.with;
    expect(arm?.templates).toEqual([
      expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' }),
    ]);
    expect(find(lifecycle.provision, 'aadApp/update')?.with?.manifestPath).toBe('./aad.manifest.json');
    expect(uses(lifecycle.provision)).not.toContain('botAadApp/create'); // the bot is the web app's managed identity
  });

  it('deploys with npm ci, npm run build and a zip deploy to the provisioned web app', () => {
    expect(lifecycle.deploy.map((s) => [s.uses, s.with?.args])).toEqual([
      ['cli/runNpmCommand', 'ci'],
      ['cli/runNpmCommand', 'run build'],
      ['azureAppService/zipDeploy', undefined],
    ]);
    expect(find(lifecycle.deploy, 'azureAppService/zipDeploy')?.with).toMatchObject({
      artifactFolder: '.',
      resourceId: `${placeholder('AZURE_APP_SERVICE_RESOURCE_ID')}`,
    });
  });

  it('publishes the package to the Teams admin center', () => {
    expect(uses(lifecycle.publish).at(-1)).toBe('teamsApp/publishAppPackage');
  });
});

describe('teamsapp.local.yml (dev tunnel)', () => {
  const lifecycle = readLifecycle('teamsapp.local.yml');

  it('registers a bot at the tunnel with the Teams and Microsoft 365 channels', () => {
    expect(
      inOrder(uses(lifecycle.provision), [
        'teamsApp/create',
        'botAadApp/create',
        'botFramework/create',
        'aadApp/create',
        'aadApp/update',
        'teamsApp/validateManifest',
        'teamsApp/zipAppPackage',
        'teamsApp/validateAppPackage',
        'teamsApp/update',
      ]),
    ).toBe(true);
    expect(find(lifecycle.provision, 'botFramework/create')?.with).toMatchObject({
      botId: `${placeholder('BOT_ID')}`,
      messagingEndpoint: `${placeholder('BOT_ENDPOINT')}/api/messages`,
      channels: [{ name: 'msteams' }, { name: 'm365extensions' }],
    });
  });

  it('writes .localConfigs with settings the service reads', () => {
    const step = find(lifecycle.deploy, 'file/createOrUpdateEnvironmentFile');
    expect(step?.with?.target).toBe('./.localConfigs');
    const configNames = environmentNamesTheServiceReads();
    const envs = Object.keys(step?.with?.envs as Record<string, unknown>);
    expect(envs.filter((name) => !configNames.includes(name))).toEqual([]);
    expect(envs).toEqual(expect.arrayContaining(['BOT_ID', 'BOT_PASSWORD', 'BOT_TYPE', 'AAD_APP_CLIENT_ID']));
    expect(readText('.gitignore').split('\n')).toContain('.localConfigs');
  });
});
