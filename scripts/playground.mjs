// Starts the Microsoft 365 Agents Playground against the bot and resolves with its port once it answers.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');

/** Writes a copy of the playground config whose current user is the user with id `29:<as>`. */
export function configFor(projectRoot, as) {
  const base = path.join(projectRoot, '.m365agentsplayground.yml');
  if (!as || as === 'representative') return base;
  const text = readFileSync(base, 'utf8');
  const block = (id) => {
    const match = new RegExp(`  - id: 29:${id}\\n((?:    .*\\n)+)`).exec(text);
    if (!match) throw new Error(`No playground user 29:${id}; choose chair, officer, adviser or practitioner`);
    return match;
  };
  const chosen = block(as);
  const current = /currentUser:\n((?: {2}.*\n)+)/.exec(text);
  const swapped = text
    .replace(current[0], `currentUser:\n  id: 29:${as}\n${chosen[1].replace(/^ {4}/gm, '  ')}`)
    .replace(chosen[0], `  - ${current[1].replace(/^ {2}/gm, '    ').trimStart()}`);
  const dir = path.join(projectRoot, '.data');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `playground-${as}.yml`);
  writeFileSync(file, swapped);
  return file;
}

/** Spawns the playground (headless unless a browser is wanted) and waits until it answers /_debug/ping. */
export async function startPlayground({ botEndpoint, port = 56150, configPath, logFile, openBrowser = false }) {
  const child = spawn(
    process.execPath,
    [cli, '--app-endpoint', botEndpoint, '--port', String(port), '--channel-id', 'msteams', '--disable-telemetry'],
    {
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: openBrowser ? '' : 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const fail = (message) => {
    child.kill('SIGKILL');
    return new Error(`${message}; see ${logFile}`);
  };
  const actualPort = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(fail('The Agents Playground did not start within 20 s')), 20000);
    const onData = (chunk) => {
      output = (output + chunk).slice(-200);
      const match = /Listening on (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The Agents Playground exited (${code}); see ${logFile}`));
    });
  });
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw fail(`The Agents Playground exited (${child.exitCode})`);
    const ok = await fetch(`http://127.0.0.1:${actualPort}/_debug/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, port: actualPort };
    if (Date.now() > deadline) throw fail('The Agents Playground did not answer');
    await new Promise((r) => setTimeout(r, 100));
  }
}
