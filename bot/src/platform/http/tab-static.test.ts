import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { tabStatic } from './tab-static';

describe('serving the built tab', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'tab-dist-'));
  let server: ReturnType<express.Express['listen']>;
  let base: string;

  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>tab</title>');
    writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), 'console.log(1)');
    writeFileSync(path.join(dist, 'color.png'), 'png');
    const app = express().use(tabStatic(dist));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('lets a browser keep the hashed code for a year, so a revisit loads none of it again', async () => {
    const answer = await fetch(`${base}/assets/index-AbC123.js`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('checks index.html on every load, on every deep link, so a new build is seen at once', async () => {
    for (const page of ['/', '/budget', '/meetings?year=2027-28']) {
      const answer = await fetch(`${base}${page}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-cache');
      expect(await answer.text()).toContain('<title>tab</title>');
    }
  });

  it('keeps other files for an hour, and answers a missing asset with 404, not the page', async () => {
    expect((await fetch(`${base}/color.png`)).headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await fetch(`${base}/assets/gone-XyZ.js`)).status).toBe(404);
  });
});
