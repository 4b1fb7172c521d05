// The tab's bundle sizes (gzipped) and time to first render of the Budget page (signed in, figures shown) and of the
// Requests page over 1,000 requests (first rows shown), next to a bare React + Fluent page that renders the same
// heading, all in the same headless Chromium run.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../bot/src/platform/config';
import { createLogger } from '../bot/src/platform/logging/logger';
import { startService } from '../bot/src/start-service';
import { requestBody } from '../test/support/funding-cast';
import { launchHeadlessChromium } from '../test/support/headless-chromium';
import { planningClock } from '../test/support/planning-clock';

const RUNS = 15;
/** How many funding requests the representative's list holds when the Requests page is timed. */
const REQUESTS = 1000;
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

/** Submits funding requests from the signed-in representative's school until their list holds `count`. */
async function fillRequests(base: string, token: string, count: number): Promise<number> {
  const call = (method: string, url: string, body?: unknown) =>
    fetch(`${base}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const me = (await (await call('GET', '/api/me')).json()) as { roles: { schoolId?: string }[] };
  const schoolId = me.roles.find((r) => r.schoolId)?.schoolId ?? '';
  const listed = async () => {
    let total = 0;
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = (await (
        await call('GET', `/api/funding-requests?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json()) as { items: unknown[]; nextCursor: string | null };
      total += page.items.length;
      cursor = page.nextCursor;
    }
    return total;
  };
  for (let i = await listed(); i < count; i++) {
    const answer = await call('POST', '/api/funding-requests', requestBody(schoolId, { pupilReference: `B-${i}` }));
    if (answer.status !== 201) throw new Error(`Submitting request ${i} answered ${answer.status}`);
  }
  return listed();
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
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
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

  const requestCount = await fillRequests(base, token, REQUESTS);

  const time = async (url: string, withToken: boolean, shown = 'pot') => {
    const context = await browser.newContext();
    if (withToken) await context.addInitScript((t) => sessionStorage.setItem('cos.devToken', t), token);
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url);
    await page.getByTestId(shown).first().waitFor();
    const ms = performance.now() - started;
    const rows = await page.getByTestId('request-row').count();
    await context.close();
    return { ms, rows };
  };
  const tabTimes: number[] = [];
  const requestsTimes: number[] = [];
  const bareTimes: number[] = [];
  let rowsShown = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const t = await time(`${base}/budget`, true);
    const r = await time(`${base}/requests`, true, 'request-row');
    const b = await time(`${bare.url}/`, false);
    rowsShown = r.rows;
    if (i >= 2) {
      tabTimes.push(t.ms);
      requestsTimes.push(r.ms);
      bareTimes.push(b.ms);
    }
  }
  console.log(
    `Tab bundle (gzipped): initial JS ${tabInitial.toFixed(1)} KB (budget 300 KB), all JS ${tabAll.toFixed(1)} KB; bare React + Fluent page ${bareInitial.toFixed(1)} KB\n`,
  );
  console.log(`| page | median time to figures shown (${RUNS} runs) |\n|---|---|`);
  console.log(`| Budget page (sign-in with its first reads, render) | ${median(tabTimes).toFixed(0)} ms |`);
  console.log(
    `| Requests page, ${requestCount} requests (${rowsShown} rows shown, more on demand) | ${median(requestsTimes).toFixed(0)} ms |`,
  );
  console.log(`| bare React + Fluent page | ${median(bareTimes).toFixed(0)} ms |`);
  console.log(`\nratio (Budget / bare): ${(median(tabTimes) / median(bareTimes)).toFixed(2)}`);
  console.log(`ratio (Requests / bare): ${(median(requestsTimes) / median(bareTimes)).toFixed(2)}`);
  console.log(
    `load average (1, 5, 15 min) at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  await browser.close();
  bare.close();
  await service.stop();
}

void main();
