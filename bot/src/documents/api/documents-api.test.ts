import { signInAs } from '../../../../test/support/api-client';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { demoPersonOutside, demoPersonWith } from '../../../../test/support/demo-people';
import { eventually } from '../../../../test/support/eventually';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations } from '../../../../test/support/teams-conversations';

/** A document as the API lists it (the fields these tests read). */
interface DocumentJson {
  id: string;
  title: string;
  url: string;
  audience: string;
  audienceLabel: string;
  version: number;
  isNew: boolean;
}

describe('the documents API', () => {
  let service: TestService;
  let connector: CaptureConnector;
  const officer = demoPersonWith('officer');
  const representative = demoPersonWith('representative');
  const chair = demoPersonWith('chair');
  const community = representative.roles[0]?.communityId as string;
  const outsider = demoPersonOutside('representative', community);

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  const list = async (email: string): Promise<DocumentJson[]> =>
    (await (await signInAs(service.baseUrl, email)).call('GET', '/api/documents')).body.items;

  it("shows everyone KCC's documents, and the chairs' ones only to chairs and officers", async () => {
    const mine = await list(representative.email);
    expect(mine.map((d) => d.title)).toContain('Communities of Schools: Terms of Reference');
    expect(mine.every((d) => d.audience === 'all' && d.isNew)).toBe(true);
    expect(mine.every((d) => d.url.startsWith('https://www.kelsi.org.uk/'))).toBe(true);
    const chairs = await list(chair.email);
    expect(chairs.find((d) => d.audience === 'chairs')?.audienceLabel).toBe('Community chairs');
  });

  it("keeps one community's document to that community, new until read and new again when changed", async () => {
    const api = await signInAs(service.baseUrl, officer.email);
    const created = await api.call('POST', '/api/documents', {
      title: 'Autumn meeting papers',
      url: 'https://kentcc.sharepoint.com/sites/cos/autumn.pdf',
      kind: 'termsOfReference',
      audience: 'community',
      communityId: community,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await list(outsider.email)).map((d) => d.id)).not.toContain(id);
    const rep = await signInAs(service.baseUrl, representative.email);
    expect((await list(representative.email)).find((d) => d.id === id)).toMatchObject({ isNew: true, version: 1 });
    expect((await rep.call('POST', `/api/documents/${id}/read`)).status).toBe(204);
    expect((await list(representative.email)).find((d) => d.id === id)?.isNew).toBe(false);
    // Someone outside the community cannot even learn it exists.
    const other = await signInAs(service.baseUrl, outsider.email);
    expect((await other.call('POST', `/api/documents/${id}/read`)).status).toBe(404);

    const changed = await api.call('PUT', `/api/documents/${id}`, {
      title: 'Autumn meeting papers (revised)',
      url: 'https://kentcc.sharepoint.com/sites/cos/autumn-v2.pdf',
      kind: 'termsOfReference',
      audience: 'community',
      communityId: community,
    });
    expect(changed.body.version).toBe(2);
    expect((await list(representative.email)).find((d) => d.id === id)).toMatchObject({
      title: 'Autumn meeting papers (revised)',
      isNew: true,
    });
    expect((await api.call('DELETE', `/api/documents/${id}`)).status).toBe(204);
    expect((await list(representative.email)).map((d) => d.id)).not.toContain(id);
    expect((await api.call('DELETE', `/api/documents/${id}`)).status).toBe(404);
  });

  it('refuses unsafe links and incomplete documents with the reason by field, and changes nothing', async () => {
    const api = await signInAs(service.baseUrl, officer.email);
    const before = (await list(officer.email)).length;
    for (const url of ['javascript:alert(1)', 'http://example.org/a', 'data:text/html,hi', 'https://user:pw@x.org/']) {
      const refused = await api.call('POST', '/api/documents', {
        title: 'Guide',
        url,
        kind: 'guidance',
        audience: 'all',
      });
      expect({ url, status: refused.status, field: Object.keys(refused.body.errors ?? {}) }).toEqual({
        url,
        status: 400,
        field: ['url'],
      });
    }
    const noCommunity = await api.call('POST', '/api/documents', {
      title: 'Papers',
      url: 'https://x.org/p',
      kind: 'guidance',
      audience: 'community',
    });
    expect(noCommunity.body.errors).toEqual({ communityId: 'Choose the community it is for.' });
    const unknown = await api.call('POST', '/api/documents', {
      title: 'Papers',
      url: 'https://x.org/p',
      kind: 'guidance',
      audience: 'community',
      communityId: 'no-such-community',
    });
    expect(unknown.body.errors).toEqual({ communityId: 'There is no such community.' });
    expect((await list(officer.email)).length).toBe(before);
  });

  it('lets only officers add, change, retire or announce documents', async () => {
    const rep = await signInAs(service.baseUrl, representative.email);
    const [any] = await list(representative.email);
    const body = { title: 'Mine', url: 'https://x.org/', kind: 'guidance', audience: 'all' };
    expect((await rep.call('POST', '/api/documents', body)).status).toBe(403);
    expect((await rep.call('PUT', `/api/documents/${any?.id}`, body)).status).toBe(403);
    expect((await rep.call('DELETE', `/api/documents/${any?.id}`)).status).toBe(403);
    expect((await rep.call('POST', `/api/documents/${any?.id}/announce`)).status).toBe(403);
  });

  it('announces a document to its whole audience once each, in Teams where they have a chat', async () => {
    const teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
    const chairChat = 'a:documents-chair';
    await teams.say({ aadObjectId: chair.aadObjectId, name: chair.displayName }, 'help', chairChat);
    const api = await signInAs(service.baseUrl, officer.email);
    const forChairs = (await list(officer.email)).find((d) => d.audience === 'chairs') as DocumentJson;
    const first = await api.call('POST', `/api/documents/${forChairs.id}/announce`);
    expect(first.status).toBe(202);
    expect(first.body.queued).toBeGreaterThanOrEqual(1);
    expect(first.body.withoutChat).toBeGreaterThan(10);
    expect(first.body.queued).toBeGreaterThan(first.body.withoutChat); // Every chair: those with a chat, and the rest.
    const announced = () =>
      connector.sent.filter(
        (s) =>
          s.conversationId === chairChat && cardText(s.activity.attachments?.[0]?.content).includes('New document'),
      );
    const cards = await eventually(
      async () => announced(),
      (found) => found.length > 0,
    );
    expect(cardText(cards[0]?.activity.attachments?.[0]?.content)).toContain(forChairs.title);
    const again = await api.call('POST', `/api/documents/${forChairs.id}/announce`);
    expect(again.body).toMatchObject({ queued: 0, alreadySent: first.body.queued });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(announced()).toHaveLength(1);
  });
});
