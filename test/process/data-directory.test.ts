import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServiceProcess } from '../support/service-process';

const MAIN = path.resolve(__dirname, '../../dist/bot/src/main.js');

/** Runs a second service on the folder and resolves with how it ended and what it said. */
function secondStart(dataDir: string): Promise<{ code: number | null; output: string; tookMs: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      NODE_OPTIONS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c) => {
    output += String(c);
  });
  child.stderr?.on('data', (c) => {
    output += String(c);
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, output, tookMs: Date.now() - started });
    }),
  );
}

describe("the embedded database folder (PGlite's .data) is used by one service at a time", () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cos-datadir-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second service on the same folder at once, saying why, and the first keeps serving', async () => {
    const first = await startServiceProcess(dataDir);
    try {
      const second = await secondStart(dataDir);
      expect(second.code).not.toBe(0);
      expect(second.output).toContain('is in use by another Communities of Schools service');
      expect(second.output).not.toContain('database migrated');
      expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      first.child.kill('SIGKILL');
      await exited;
    }
  }, 60_000);

  it('starts again after the holder was killed with -9 (its lock is stale)', async () => {
    const again = await startServiceProcess(dataDir);
    try {
      expect((await fetch(`http://127.0.0.1:${again.port}/readyz`)).status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => again.child.once('exit', resolve));
      again.child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);
});
