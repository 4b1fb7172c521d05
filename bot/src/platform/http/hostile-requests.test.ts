import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

describe('requests nobody well-meaning sends get a 4xx problem, never a 500', () => {
  let service: TestService;
  let token: string;

  beforeAll(async () => {
    service = await startTestService();
    const signIn = await fetch(`${service.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoPersonWith('chair').email }),
    });
    token = ((await signIn.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await service?.stop();
  });

  const send = (method: string, path: string, body?: string, contentType = 'application/json') =>
    fetch(`${service.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': contentType }) },
      body,
    });

  it.each([
    '/api/faq/%00',
    '/api/faq/%ED%A0%80',
    '/api/meetings/%00.ics',
    '/api/communities/%00/budget',
    '/api/communities/%E0%A4%A/budget',
  ])('refuses the unreadable address %s with 400', async (path) => {
    const response = await send('GET', path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a body over the limit with 413, and a charset other than UTF-8 with 415', async () => {
    const huge = JSON.stringify({ theme: 'funding', text: 'x'.repeat(200_000) });
    expect((await send('POST', '/api/questions', huge)).status).toBe(413);
    expect((await send('POST', '/api/questions', '{}', 'application/json; charset=klingon')).status).toBe(415);
    expect((await send('POST', '/api/questions', '{"theme":')).status).toBe(400);
  });

  it.each(['[1, 2]', '"help"', '42', 'null'])(
    'answers the activity %s with 400 (the adapter already did; kept as a guard)',
    async (body) => {
      const response = await fetch(`${service.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
    },
  );

  it('still answers a well-formed request afterwards', async () => {
    expect((await send('GET', '/api/me')).status).toBe(200);
  });
});
