import { signInAs } from '../../../../test/support/api-client';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { everyItem } from '../../../../test/support/every-item';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

/** A contact as the API lists it (the fields these tests read). */
interface Contact {
  personId: string;
  serviceId: string;
  serviceName: string;
  linkedToMe: boolean;
  communities: { id: string }[];
}

describe('the PRG contacts and communities API', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it("lists a representative's community link practitioners first, with every PRG service", async () => {
    const rep = demoPersonWith('representative');
    const api = await signInAs(service.baseUrl, rep.email);
    const { body } = await api.call('GET', '/api/prg/contacts');
    expect(body.services).toHaveLength(6);
    const contacts = await everyItem<Contact>(api, '/api/prg/contacts');
    const linked = contacts.filter((c) => c.linkedToMe);
    expect(linked.length).toBeGreaterThanOrEqual(6);
    expect(contacts.slice(0, linked.length).every((c) => c.linkedToMe)).toBe(true);
    for (const c of linked) {
      expect(c.communities.map((x: { id: string }) => x.id)).toContain(rep.roles[0]?.communityId);
    }
  });

  it('finds contacts by need or service', async () => {
    const api = await signInAs(service.baseUrl, demoPersonWith('officer').email);
    const speech = await everyItem<Contact>(api, '/api/prg/contacts?q=speech');
    expect(speech.length).toBeGreaterThan(0);
    expect(speech.every((c) => c.serviceName === 'Speech and Language Therapy (NHS)')).toBe(true);
    const byNeed = await everyItem<Contact>(api, `/api/prg/contacts?q=${encodeURIComponent('sensory')}`);
    expect(new Set(byNeed.map((c) => c.serviceId))).toEqual(
      new Set(['stls', 'occupational-therapy', 'physiotherapy', 'special-school-outreach']),
    );
  });

  it('lists the 53 communities with their district and area', async () => {
    const api = await signInAs(service.baseUrl, demoPersonWith('officer').email);
    const { body } = await api.call('GET', '/api/communities');
    expect(body.communities).toHaveLength(53);
    expect(body.communities[0]).toEqual({
      id: expect.any(String),
      name: expect.stringMatching(/Community of Schools$/),
      districtName: expect.any(String),
      areaId: expect.any(String),
      areaName: expect.stringMatching(/Kent$/),
    });
    expect((await fetch(`${service.baseUrl}/api/communities`)).status).toBe(401);
  });

  it('pages the contacts: small pages add up to the whole list, in the same order, each contact once', async () => {
    const api = await signInAs(service.baseUrl, demoPersonWith('representative').email);
    const whole = await api.call('GET', '/api/prg/contacts?limit=100');
    const paged: Contact[] = [];
    let cursor: string | null = null;
    do {
      const { status, body } = await api.call('GET', `/api/prg/contacts?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(7);
      paged.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(paged.map((c) => c.personId)).toEqual(whole.body.items.map((c: Contact) => c.personId));
    expect(new Set(paged.map((c) => c.personId)).size).toBe(paged.length);
  });

  it('refuses a page size out of range or a cursor it did not write, naming the parameter', async () => {
    const api = await signInAs(service.baseUrl, demoPersonWith('representative').email);
    const tooMany = await api.call('GET', '/api/prg/contacts?limit=101');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors.limit).toMatch(/between 1 and 100/);
    const forged = Buffer.from(JSON.stringify([1_700_000_000_000, 'x'])).toString('base64url');
    const wrongKind = await api.call('GET', `/api/prg/contacts?cursor=${forged}`);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors.cursor).toMatch(/nextCursor/);
  });

  it('finds contacts by the abbreviations and need words schools use (SALT, EP, OT, SEMH, autism, dyslexia)', async () => {
    const api = await signInAs(service.baseUrl, demoPersonWith('representative').email);
    const services = (await api.call('GET', '/api/prg/contacts?q=x-no-such-word')).body.services;
    expect(services).toEqual([]);
    const all = (await api.call('GET', '/api/prg/contacts?limit=1')).body;
    const needsOf = new Map<string, string[]>(
      (await everyItem<Contact>(api, '/api/prg/contacts')).map((c) => [c.serviceId, []]),
    );
    for (const s of (await api.call('GET', '/api/prg/contacts')).body.services as { id: string; needs: string[] }[]) {
      needsOf.set(s.id, s.needs);
    }
    expect(all.items).toHaveLength(1);
    const serviceIds = async (q: string) =>
      new Set((await everyItem<Contact>(api, `/api/prg/contacts?q=${encodeURIComponent(q)}`)).map((c) => c.serviceId));
    expect(await serviceIds('SALT')).toEqual(new Set(['speech-and-language-therapy']));
    expect(await serviceIds('SaLT')).toEqual(new Set(['speech-and-language-therapy']));
    expect(await serviceIds('EP')).toEqual(new Set(['educational-psychology']));
    expect(await serviceIds('OT')).toEqual(new Set(['occupational-therapy']));
    for (const [word, need] of [
      ['SEMH', 'Social, emotional and mental health'],
      ['behaviour', 'Social, emotional and mental health'],
      ['autism', 'Communication and interaction'],
      ['ASC', 'Communication and interaction'],
      ['dyslexia', 'Cognition and learning'],
    ] as const) {
      const found = await serviceIds(word);
      expect({ word, found: found.size > 0 }).toEqual({ word, found: true });
      for (const id of found)
        expect({ word, id, needs: needsOf.get(id) }).toEqual({ word, id, needs: expect.arrayContaining([need]) });
    }
  });
});
