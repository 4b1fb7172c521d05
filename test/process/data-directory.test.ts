import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnServiceProcess, startServiceProcess } from '../support/service-process';

/** Runs a second service on the folder and resolves with how it ended and what it said. */
function secondStart(dataDir: string): Promise<{ code: number | null; output: string }> {
  const { child, log } = spawnServiceProcess(dataDir);
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    // 'close', not 'exit': by then everything the process printed has been read.
    child.once('close', (code) => {
      clearTimeout(killer);
      resolve({ code, output: log.join('') });
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
