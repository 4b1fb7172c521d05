import { demoPersonWith } from '../../../../test/support/demo-people';
import { type FundingApi as ApiClient, fundingApiAs } from '../../../../test/support/funding-api-client';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { seededFaqId } from '../demo/seed-faq';

const ENTRY = seededFaqId('find-link-practitioner');
const WORDING = 'Whose number do we ring when the minibus wheelchair lift breaks?';

describe('officers keep the other wordings an FAQ entry is found by ("also asked as")', () => {
  let service: TestService;
  let officer: ApiClient;
  let representative: ApiClient;

  beforeAll(async () => {
    service = await startTestService();
    officer = await fundingApiAs(service.baseUrl, demoPersonWith('officer').email);
    representative = await fundingApiAs(service.baseUrl, demoPersonWith('representative').email);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const listed = async () => (await officer.call('GET', `/api/faq/${ENTRY}/phrasings`)).body.items;

  it('adds a wording (201), lists it, recognises it sent again, and search finds the entry by it', async () => {
    expect(await listed()).toEqual([]);
    const added = await officer.call('POST', `/api/faq/${ENTRY}/phrasings`, { text: WORDING });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      text: WORDING,
      source: 'officer',
      createdBy: demoPersonWith('officer').displayName,
    });
    const again = await officer.call('POST', `/api/faq/${ENTRY}/phrasings`, { text: WORDING.toUpperCase() });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(added.body.id);
    expect((await listed()).map((p: { text: string }) => p.text)).toEqual([WORDING]);
    const found = await representative.call('GET', `/api/faq/search?q=${encodeURIComponent(WORDING)}&top=1`);
    expect(found.body.results[0].id).toBe(ENTRY);
    // Schools search by the wordings but never see them: they are learned from askers' questions.
    expect(JSON.stringify(found.body)).not.toContain('wheelchair lift');
    expect(JSON.stringify((await representative.call('GET', `/api/faq/${ENTRY}`)).body)).not.toContain('phrasing');
  });

  it('removes a wording (204), and then no longer knows it (404)', async () => {
    const [phrasing] = await listed();
    const path = `/api/faq/${ENTRY}/phrasings/${phrasing.id}`;
    expect((await officer.call('DELETE', path)).status).toBe(204);
    expect(await listed()).toEqual([]);
    expect((await officer.call('DELETE', path)).status).toBe(404);
  });

  it('refuses an empty or too long wording, or one naming a pupil, with a clear 400 that changes nothing', async () => {
    for (const text of ['', 'x'.repeat(501), 'Who do we ring about outreach for Oliver in Year 3?', undefined]) {
      const refused = await officer.call('POST', `/api/faq/${ENTRY}/phrasings`, text === undefined ? {} : { text });
      expect(refused.status).toBe(400);
      expect(refused.body.errors.text).toEqual(expect.any(String));
    }
    const named = await officer.call('POST', `/api/faq/${ENTRY}/phrasings`, { text: 'Is outreach free for Oliver?' });
    expect(named.body.errors.text).toContain('"Oliver"');
    expect(await listed()).toEqual([]);
  });

  it('refuses a representative (403) whatever they send, and answers 404 for an entry that is not published', async () => {
    const path = `/api/faq/${ENTRY}/phrasings`;
    expect((await representative.call('GET', path)).status).toBe(403);
    expect((await representative.call('POST', path, { text: WORDING })).status).toBe(403);
    expect((await representative.call('POST', path, { text: '' })).status).toBe(403);
    expect((await representative.call('DELETE', `${path}/anything`)).status).toBe(403);
    expect((await officer.call('GET', '/api/faq/no-such-entry/phrasings')).status).toBe(404);
    expect(await listed()).toEqual([]);
  });
});
