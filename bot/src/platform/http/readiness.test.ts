import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { healthRoutes } from './health-routes';
import { startingResponder } from './starting-responder';

async function serve(listener: Parameters<typeof createServer>[1]) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe('health and readiness', () => {
  it('while starting (database opening, migrations running): alive, not ready, and 503 with Retry-After to the rest', async () => {
    const { base, close } = await serve(startingResponder());
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      const api = await fetch(`${base}/api/me`);
      expect(api.status).toBe(503);
      expect(api.headers.get('retry-after')).toBe('5');
      expect(((await api.json()) as { title: string }).title).toContain('starting');
    } finally {
      close();
    }
  });

  it('is not ready while shutting down or when the database does not answer', async () => {
    let ready = true;
    let databaseUp = true;
    const app = express().use(
      healthRoutes(
        'postgres',
        async () => {
          if (!databaseUp) throw new Error('connection refused');
        },
        () => ready,
      ),
    );
    const { base, close } = await serve(app);
    try {
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      databaseUp = false;
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(503);
      databaseUp = true;
      ready = false;
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      close();
    }
  });

  describe('the running service', () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startTestService();
    });
    afterAll(async () => {
      await service?.stop();
    });

    it('is ready once started', async () => {
      const response = await fetch(`${service.baseUrl}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready', database: 'pglite' });
    });
  });
});
