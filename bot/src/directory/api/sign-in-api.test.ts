import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

describe('the API for the tab in local mode', () => {
  let service: TestService;
  const chair = demoPersonWith('chair', true);

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  const get = (path: string, token?: string) =>
    fetch(`${service.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const requestToken = (body: unknown) =>
    fetch(`${service.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('offers the dev sign-in to this machine only, never through a proxy or tunnel', async () => {
    const proxied: Record<string, string>[] = [{ 'x-forwarded-for': '203.0.113.9' }, { forwarded: 'for=203.0.113.9' }];
    for (const header of proxied) {
      expect((await fetch(`${service.baseUrl}/api/dev/people`, { headers: header })).status).toBe(404);
      const minted = await fetch(`${service.baseUrl}/api/dev/token`, {
        method: 'POST',
        headers: { ...header, 'content-type': 'application/json' },
        body: JSON.stringify({ email: chair.email }),
      });
      expect(minted.status).toBe(404);
    }
    expect((await get('/api/dev/people')).status).toBe(200);
  });

  it('reports health and the database engine', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('lists the seeded people with one role entry per community they serve', async () => {
    const people = (await (await get('/api/dev/people')).json()) as {
      email: string;
      displayName: string;
      aadObjectId: string;
      roles: { role: string; communityId?: string; schoolId?: string }[];
    }[];
    expect(people.length).toBeGreaterThan(600);
    const listed = people.find((p) => p.email === chair.email);
    expect(listed).toMatchObject({ displayName: chair.displayName, aadObjectId: chair.aadObjectId });
    expect(listed?.roles).toEqual([
      expect.objectContaining({ role: 'chair', communityId: chair.roles[0]?.communityId }),
      expect.objectContaining({ role: 'chair', communityId: chair.roles[1]?.communityId }),
    ]);
    const representative = people.find((p) => p.roles.some((r) => r.role === 'representative'));
    expect(representative?.roles[0]).toEqual(
      expect.objectContaining({ schoolId: expect.any(String), communityId: expect.any(String) }),
    );
  });

  it('signs in as a seeded person and answers /api/me with their name and roles', async () => {
    const { token } = (await (await requestToken({ email: chair.email.toUpperCase() })).json()) as { token: string };
    const me = (await (await get('/api/me', token)).json()) as { email: string; roles: { label: string }[] };
    expect(me).toMatchObject({ email: chair.email, displayName: chair.displayName });
    expect(me.roles.map((r) => r.label)).toEqual([
      expect.stringMatching(/^Community chair, .+ Community of Schools$/),
      expect.stringMatching(/^Community chair, .+ Community of Schools$/),
    ]);
  });

  it('refuses /api/me without a token, or with a token it did not sign', async () => {
    const missing = await get('/api/me');
    expect(missing.status).toBe(401);
    expect((await missing.json()).title).toBe('Sign in first: this needs a bearer token.');
    const forged = await get('/api/me', 'eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImFAYi5jIn0.c2lnbmF0dXJl');
    expect(forged.status).toBe(401);
  });

  it('explains what is wrong with a sign-in request and issues nothing', async () => {
    const unknown = await requestToken({ email: 'nobody@example.org' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).title).toBe('No seeded person has the email nobody@example.org.');
    const invalid = await requestToken({ email: 'not an email' });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).title).toBe('Give the email address of a seeded person.');
    const malformed = await requestToken('{"email":');
    expect(malformed.status).toBe(400);
  });

  it('answers 404 for an API route that does not exist', async () => {
    const { token } = (await (await requestToken({ email: chair.email })).json()) as { token: string };
    expect((await get('/api/nothing-here', token)).status).toBe(404);
  });
});
