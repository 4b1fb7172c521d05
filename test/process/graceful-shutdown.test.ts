import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoPersonWith } from '../support/demo-people';
import { startServiceProcess } from '../support/service-process';

/** Sends a POST whose body arrives in two halves, `pauseMs` apart; resolves with the status line of the answer. */
function slowPost(port: number, pathname: string, token: string, body: string, pauseMs: number, midway: () => void) {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += String(chunk);
    });
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.on('connect', () => {
      const bytes = Buffer.from(body);
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`,
      );
      socket.write(bytes.subarray(0, 10));
      midway();
      setTimeout(() => socket.write(bytes.subarray(10)), pauseMs);
    });
  });
}

describe('graceful shutdown of the service process (SIGTERM)', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cos-shutdown-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the request in flight, stops taking new ones, and exits cleanly within 10 s', async () => {
    const { child, port } = await startServiceProcess(dataDir);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const signIn = await fetch(`${base}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoPersonWith('representative').email }),
    });
    const { token } = (await signIn.json()) as { token: string };

    const exited = new Promise<{ code: number | null; atMs: number }>((resolve) =>
      child.once('exit', (code) => resolve({ code, atMs: Date.now() })),
    );
    let signalledAtMs = 0;
    const question = JSON.stringify({ theme: 'Funding', text: 'When will our 2026-27 community budget be published?' });
    const status = await slowPost(port, '/api/questions', token, question, 800, () => {
      signalledAtMs = Date.now();
      child.kill('SIGTERM');
    });
    expect(status).toBe('HTTP/1.1 201 Created');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    const { code, atMs } = await exited;
    expect(code).toBe(0);
    expect(atMs - signalledAtMs).toBeLessThan(10_000);
  }, 60_000);

  it('keeps what was acknowledged: the question answered 201 before the shutdown is there after a restart', async () => {
    const { child, port } = await startServiceProcess(dataDir);
    try {
      const base = `http://127.0.0.1:${port}`;
      const signIn = await fetch(`${base}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: demoPersonWith('representative').email }),
      });
      const { token } = (await signIn.json()) as { token: string };
      const mine = await fetch(`${base}/api/questions`, { headers: { authorization: `Bearer ${token}` } });
      expect(await mine.text()).toContain('When will our 2026-27 community budget be published?');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);
});
