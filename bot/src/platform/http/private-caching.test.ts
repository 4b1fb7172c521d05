import { devTokenFor } from '../../../../test/support/api-client';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

describe('revisiting the API', () => {
  let service: TestService;
  let token = '';

  beforeAll(async () => {
    service = await startTestService();
    token = await devTokenFor(service.baseUrl, demoPersonWith('representative').email);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${service.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

  it('answers an unchanged read with 304 Not Modified, kept private to the person who asked', async () => {
    const first = await get('/api/documents');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')).toMatch(/Authorization/);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    // As a browser revalidates (fetch() would add "no-cache" to a request carrying If-None-Match, asking for a 200).
    const again = await get('/api/documents', { 'if-none-match': etag, 'cache-control': 'max-age=0' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('sends the whole answer again once it changed, and never lets a change be cached', async () => {
    const first = await get('/api/documents');
    const [doc] = (await first.json()).items as { id: string }[];
    const read = await fetch(`${service.baseUrl}/api/documents/${doc?.id}/read`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.headers.get('cache-control')).toBe('no-store');
    const after = await get('/api/documents', {
      'if-none-match': first.headers.get('etag') ?? '',
      'cache-control': 'max-age=0',
    });
    expect(after.status).toBe(200);
  });
});
