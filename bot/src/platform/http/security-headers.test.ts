import type { AddressInfo } from 'node:net';
import express from 'express';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { securityHeaders } from './security-headers';

describe('security headers on every response', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it.each([
    ['the tab', '/budget'],
    ['an API answer', '/api/me'],
    ['an API refusal', '/api/nowhere'],
    ['the health check', '/healthz'],
  ])(
    '%s runs only its own scripts, may be framed only by Teams/Outlook/Microsoft 365, and is not sniffed',
    async (_what, path) => {
      const response = await fetch(`${service.baseUrl}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com .*https:\/\/outlook\.office\.com/);
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );

  it('also guards the dev sign-in in local mode', async () => {
    const response = await fetch(`${service.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoPersonWith('officer').email }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('sends HSTS only when told the service is served over HTTPS (production)', async () => {
    const headersWith = async (strictTransportSecurity: boolean) => {
      const app = express().use(securityHeaders({ strictTransportSecurity }));
      app.get('/', (_req, res) => res.send('ok'));
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        return (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)).headers;
      } finally {
        server.close();
      }
    };
    expect((await headersWith(true)).get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect((await headersWith(false)).get('strict-transport-security')).toBeNull();
  });
});
