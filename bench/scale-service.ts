// The service as its own process on a prepared database, driven by autocannon: exact p50/p95 from every response's
// time, and the process's resident memory read from /proc after the load.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import type { DatabaseTarget } from '../bot/src/platform/db/open-database';
import { devTokenFor } from '../test/support/api-client';
import { percentile, timedRun } from './exact-latency';

/** The compiled service next to this benchmark in dist/bench-build. */
const MAIN = path.resolve(__dirname, '../bot/src/main.js');

/** A running service process and its address. */
export interface ServiceProcess {
  child: ChildProcess;
  baseUrl: string;
}

/** Latency of one endpoint under load: exact percentiles over every response, and the ones that were not 2xx. */
export interface EndpointLatency {
  requests: number;
  p50: number;
  p95: number;
  failed: number;
}

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the built service on a database already migrated and seeded (it seeds nothing itself); logs warnings only. */
export async function startService(target: DatabaseTarget, mailDir: string): Promise<ServiceProcess> {
  const port = await freePort();
  const database =
    target.kind === 'postgres' ? { DATABASE_URL: target.url } : { PGLITE_DATA_DIR: target.dataDir as string };
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      ...database,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOCAL_MAIL_DIR: mailDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      RATE_LIMIT_SEARCHES_PER_MINUTE: '1000000',
      NODE_OPTIONS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stderr?.on('data', (chunk) => log.push(String(chunk)));
  child.stdout?.on('data', (chunk) => log.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 600; tries++) {
    if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}): ${log.join('')}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, baseUrl };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the service did not get ready: ${log.join('')}`);
}

/** Stops the service gracefully and waits for it to exit. */
export function stopService(service: ServiceProcess): Promise<void> {
  return new Promise((resolve) => {
    service.child.once('exit', () => resolve());
    service.child.kill('SIGTERM');
  });
}

/** The process's resident set now and at its peak (VmRSS, VmHWM), in MB. */
export function residentMemory(child: ChildProcess): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** A dev sign-in token for a seeded person (local mode only). */
export function tokenFor(service: ServiceProcess, email: string): Promise<string> {
  return devTokenFor(service.baseUrl, email);
}

/** Loads one GET endpoint for `seconds` with `connections` at once, after a short warm-up. */
export async function measureEndpoint(
  service: ServiceProcess,
  pathAndQuery: string,
  token: string,
  seconds: number,
  connections: number,
): Promise<EndpointLatency> {
  const options = {
    url: `${service.baseUrl}${pathAndQuery}`,
    connections,
    headers: { authorization: `Bearer ${token}` },
  };
  await autocannon({ ...options, amount: connections * 5 });
  const { result, sortedMs } = await timedRun({ ...options, duration: seconds });
  return {
    requests: sortedMs.length,
    p50: percentile(sortedMs, 0.5),
    p95: percentile(sortedMs, 0.95),
    failed: result.errors + result.timeouts + result.non2xx,
  };
}
