import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const MAIN = path.resolve(__dirname, '../../dist/bot/src/main.js');

/**
 * Runs the built service (dist/) as `npm run start:service` would, on a free port, with PGlite in `dataDir` unless
 * `env` names a DATABASE_URL; `log` collects all it prints.
 */
export function spawnServiceProcess(
  dataDir: string,
  env: Record<string, string> = {},
): { child: ChildProcess; log: string[] } {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: dataDir,
      LOCAL_MAIL_DIR: `${dataDir}-mail`,
      LOG_LEVEL: 'info',
      NODE_OPTIONS: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stderr?.on('data', (chunk) => log.push(String(chunk)));
  child.stdout?.on('data', (chunk) => log.push(String(chunk)));
  return { child, log };
}

/** Starts the built service and resolves with its port once it listens. */
export function startServiceProcess(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; port: number; log: string[] }> {
  const { child, log } = spawnServiceProcess(dataDir, env);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before listening: ${log.join('')}`)));
    child.stdout?.on('data', (chunk) => {
      const port = /"port":(\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ child, port: Number(port), log });
    });
  });
}
