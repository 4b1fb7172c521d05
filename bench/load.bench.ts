// Load, not one turn: 20 conversations posting turns at once, and 100 tab users reading /api/me, a budget, requests
// and FAQ searches, each next to a baseline on the same stack in the same run (a bare echo bot; a static file from
// the same express app). On PGlite by default; set DATABASE_URL to run it on PostgreSQL. LOAD_SECONDS sets each run;
// LOAD_ONLY=api runs only the API reads (e.g. under `node --cpu-prof`), LOAD_ONLY=bot only the two bot rows.
import { loadavg } from 'node:os';
import type autocannon from 'autocannon';
import { loadConfig } from '../bot/src/platform/config';
import { createLogger } from '../bot/src/platform/logging/logger';
import { startService } from '../bot/src/start-service';
import { devTokenFor } from '../test/support/api-client';
import { teamsActivity } from '../test/support/bot-activities';
import { startCaptureConnector } from '../test/support/capture-connector';
import { demoPersonWith } from '../test/support/demo-people';
import { startEchoBot } from './echo-bot';
import { percentile, type TimedRun, timedRun } from './exact-latency';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const ONLY = process.env.LOAD_ONLY;

/** One autocannon run with every response timed; each connection may set its own request (conversation, person). */
function load(
  url: string,
  connections: number,
  options: Pick<autocannon.Options, 'method' | 'headers' | 'body' | 'requests' | 'setupClient'>,
): Promise<TimedRun> {
  return timedRun({ url, connections, duration: SECONDS, ...options });
}

/** A row of the report: throughput, exact latency percentiles, and every request that was not a 2xx. */
function row(name: string, { result: r, sortedMs }: TimedRun): string {
  const failed = r.errors + r.timeouts + r.non2xx;
  const ms = (p: number) => `${percentile(sortedMs, p).toFixed(1)} ms`;
  return `| ${name} | ${r.requests.average.toFixed(0)} req/s | ${ms(0.5)} | ${ms(0.95)} | ${ms(0.99)} | ${failed} |`;
}

async function main() {
  const connector = await startCaptureConnector();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    PGLITE_DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_SEARCHES_PER_MINUTE: '1000000',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL, SEED_DEMO_DATA: 'true' } : {}),
  });
  const service = await startService(config, createLogger('silent'));
  const base = `http://127.0.0.1:${service.port}`;
  const echo = await startEchoBot();
  const rep = demoPersonWith('representative');
  const community = rep.roles[0]?.communityId ?? '';

  // 20 conversations, one per connection, each posting `help` turns as the representative.
  let conversation = 0;
  const turns = (url: string, text: string) =>
    load(`${url}/api/messages`, 20, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupClient: (client) => {
        conversation += 1;
        const sender = { aadObjectId: rep.aadObjectId };
        const activity = teamsActivity(
          connector.serviceUrl,
          sender,
          { type: 'message', text },
          `a:load-${conversation}`,
        );
        client.setBody(JSON.stringify(activity));
      },
    });
  const bot = ONLY === 'api' ? undefined : await turns(base, 'help');
  const bare = ONLY === 'api' ? undefined : await turns(echo.url, 'hello');

  // 100 tab users, each cycling through what the first pages read.
  const token = await devTokenFor(base, rep.email);
  const reads = [
    '/api/me',
    `/api/communities/${community}/budget`,
    '/api/funding-requests?limit=50',
    `/api/faq/search?q=${encodeURIComponent('who decides top up funding')}`,
  ];
  const api =
    ONLY === 'bot'
      ? undefined
      : await load(base, 100, {
          headers: { authorization: `Bearer ${token}` },
          requests: reads.map((path) => ({ method: 'GET', path })),
        });
  const staticFile = ONLY ? undefined : await load(`${base}/`, 100, {});

  console.log(`autocannon, ${SECONDS} s per run, ${config.database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}\n`);
  console.log('| load | throughput | p50 | p95 | p99 | not 2xx or failed |\n|---|---|---|---|---|---|');
  if (bot) console.log(row('bot `help` turns, 20 conversations', bot));
  if (bare) console.log(row('bare echo bot, 20 conversations', bare));
  if (api) console.log(row('API reads (me, budget, requests, FAQ search), 100 users', api));
  if (staticFile) console.log(row('static file (index.html), same app, 100 users', staticFile));
  if (bot && bare) {
    console.log(`\nbot throughput / echo: ${(bot.result.requests.average / bare.result.requests.average).toFixed(2)}`);
  }
  if (api) console.log(`API p95 ${percentile(api.sortedMs, 0.95).toFixed(1)} ms (goal: p95 ≤ 50 ms)`);
  console.log(
    `load average (1, 5, 15 min) at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  console.log(`service RSS after the runs: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (one process)`);
  echo.server.close();
  await service.stop();
  await connector.close();
}

void main();
