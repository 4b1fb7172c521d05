import { startTestService, type TestService } from '../support/start-test-service';

/** The modulepreload links of a page, in order. */
const preloadsOf = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);

describe('the built tab names the code of the page it opens, so a browser fetches it with the first scripts', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  }, 60000);
  afterAll(() => service.stop());

  const get = (route: string) => fetch(`${service.baseUrl}${route}`);

  it("preloads the Budget page's own code at /budget, each file a hashed asset the service serves", async () => {
    const plain = preloadsOf(await (await get('/nowhere')).text());
    const answer = await get('/budget');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    const links = preloadsOf(await answer.text());
    const added = links.slice(plain.length);
    expect(links.slice(0, plain.length)).toEqual(plain);
    expect(added[0]).toMatch(/^\/assets\/budget-page-[\w-]+\.js$/);
    expect(added.length).toBeGreaterThan(1);
    for (const href of added) {
      const asset = await get(href as string);
      expect([href, asset.status]).toEqual([href, 200]);
    }
  });

  it('gives an address that is no page the plain index.html, without echoing the address', async () => {
    const plain = await (await get('/')).text();
    expect(preloadsOf(plain).some((href) => href?.includes('budget-page'))).toBe(true);
    const unknown = await (await get('/%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    expect(unknown).not.toMatch(/alert|budget-page/);
    expect(preloadsOf(unknown).length).toBeGreaterThan(0);
  });

  it('still answers a missing asset with 404, not the page', async () => {
    expect((await get('/assets/budget-page-Gone123.js')).status).toBe(404);
  });
});
