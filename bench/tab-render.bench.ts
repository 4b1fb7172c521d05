// The tab's bundle sizes (gzipped) and time to first render of the Budget page (signed in, figures shown), next to
// a bare React + Fluent page that renders the same heading, both in the same headless Chromium run.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../bot/src/platform/config';
import { createLogger } from '../bot/src/platform/logging/logger';
import { startService } from '../bot/src/start-service';
import { launchHeadlessChromium } from '../test/support/headless-chromium';
import { planningClock } from '../test/support/planning-clock';

const RUNS = 15;
const root = process.cwd(); // npm run bench runs from the project root.

function gzippedKb(file: string): number {
  return gzipSync(readFileSync(file)).length / 1024;
}

function initialScripts(distDir: string): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => path.join(distDir, m[1] as string));
}

function serveStatic(dir: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const file = path.join(
      dir,
      req.url === '/' ? 'index.html' : decodeURIComponent((req.url ?? '').split('?')[0] ?? ''),
    );
    try {
      res.setHeader(
        'content-type',
        file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html',
      );
      res.end(readFileSync(file));
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        close: () => server.close(),
      });
    }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main() {
  const tabDist = path.join(root, 'dist/tab');
  const bareDist = path.join(root, 'dist/bench-bare');
  const tabInitial = initialScripts(tabDist).reduce((kb, f) => kb + gzippedKb(f), 0);
  const tabAll = readdirSync(path.join(tabDist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((kb, f) => kb + gzippedKb(path.join(tabDist, 'assets', f)), 0);
  const bareInitial = initialScripts(bareDist).reduce((kb, f) => kb + gzippedKb(f), 0);

  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    PGLITE_DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    TAB_DIST_DIR: tabDist,
  });
  const service = await startService(config, createLogger('silent'), planningClock);
  const bare = await serveStatic(bareDist);
  const browser = await launchHeadlessChromium();
  const base = `http://127.0.0.1:${service.port}`;
  const { token } = (await (
    await fetch(`${base}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'wendy.jessop@oakwell-990001.demo.example' }),
    })
  ).json()) as { token: string };

  const time = async (url: string, withToken: boolean) => {
    const context = await browser.newContext();
    if (withToken) await context.addInitScript((t) => sessionStorage.setItem('cos.devToken', t), token);
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url);
    await page.getByTestId('pot').waitFor();
    const ms = performance.now() - started;
    await context.close();
    return ms;
  };
  const tabTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t = await time(`${base}/budget`, true);
    const b = await time(`${bare.url}/`, false);
    if (i >= 2) {
      tabTimes.push(t);
      bareTimes.push(b);
    }
  }
  console.log(
    `Tab bundle (gzipped): initial JS ${tabInitial.toFixed(1)} KB (budget 300 KB), all JS ${tabAll.toFixed(1)} KB; bare React + Fluent page ${bareInitial.toFixed(1)} KB\n`,
  );
  console.log(`| page | median time to figures shown (${RUNS} runs) |\n|---|---|`);
  console.log(`| Budget page (sign-in check, /api/me, budget API, render) | ${median(tabTimes).toFixed(0)} ms |`);
  console.log(`| bare React + Fluent page | ${median(bareTimes).toFixed(0)} ms |`);
  console.log(`\nratio (Budget / bare): ${(median(tabTimes) / median(bareTimes)).toFixed(2)}`);
  await browser.close();
  bare.close();
  await service.stop();
}

void main();
