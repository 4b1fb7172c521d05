// `npm start`: the service (built, migrated, seeded) on port 3978 and the Agents Playground on 56150.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFor, startPlayground } from './playground.mjs';

console.log(`Communities of Schools on Node ${process.version}`);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const asIndex = process.argv.indexOf('--as');
const as = asIndex > 0 ? process.argv[asIndex + 1] : undefined;
const port = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);

const service = spawn(process.execPath, [path.join(root, 'dist/bot/src/main.js')], {
  cwd: root,
  env: { ...process.env, PORT: String(port) },
  stdio: 'inherit',
});
service.once('exit', (code) => {
  console.error(`The service stopped (exit code ${code}).`);
  process.exit(code ?? 1);
});

const deadline = Date.now() + 60000;
while (
  !(await fetch(`http://127.0.0.1:${port}/healthz`).then(
    (r) => r.ok,
    () => false,
  ))
) {
  if (Date.now() > deadline) {
    console.error('The service did not become healthy within 60 s.');
    service.kill();
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 250));
}

const playground = await startPlayground({
  botEndpoint: `http://127.0.0.1:${port}/api/messages`,
  port: playgroundPort,
  configPath: configFor(root, as),
  logFile: path.join(root, '.data/playground.log'),
  openBrowser: Boolean(process.env.DISPLAY) && process.env.TEAMSAPPTESTER_BROWSER !== 'none',
});

console.log(`
  Communities of Schools is running with demo data.
    Tab and API:        http://localhost:${port}/
    Agents Playground:  http://localhost:${playground.port}/   (chat with the bot as a seeded person)
  Press Ctrl+C to stop.
`);

const stop = () => {
  playground.child.kill('SIGTERM');
  service.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
