import { signInAs } from '../../../../test/support/api-client';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

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
    const linked = body.contacts.filter((c: { linkedToMe: boolean }) => c.linkedToMe);
    expect(linked.length).toBeGreaterThanOrEqual(6);
    expect(body.contacts.slice(0, linked.length).every((c: { linkedToMe: boolean }) => c.linkedToMe)).toBe(true);
    for (const c of linked) {
      expect(c.communities.map((x: { id: string }) => x.id)).toContain(rep.roles[0]?.communityId);
    }
  });

  it('finds contacts by need or service', async () => {
    const api = await signInAs(service.baseUrl, demoPersonWith('officer').email);
    const { body } = await api.call('GET', '/api/prg/contacts?q=speech');
    expect(body.contacts.length).toBeGreaterThan(0);
    expect(
      body.contacts.every((c: { serviceName: string }) => c.serviceName === 'Speech and Language Therapy (NHS)'),
    ).toBe(true);
    const byNeed = await api.call('GET', `/api/prg/contacts?q=${encodeURIComponent('sensory')}`);
    expect(new Set(byNeed.body.contacts.map((c: { serviceId: string }) => c.serviceId))).toEqual(
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
      areaName: expect.stringMatching(/Kent$/),
    });
    expect((await fetch(`${service.baseUrl}/api/communities`)).status).toBe(401);
  });
});
