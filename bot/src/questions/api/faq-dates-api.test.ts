import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { type FundingApi as ApiClient, fundingApiAs } from '../../../../test/support/funding-api-client';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations } from '../../../../test/support/teams-conversations';
import { seededFaqId } from '../demo/seed-faq';

/** Mid-September 2026: the answers valid until July or August 2026 are out of date. */
const SEPTEMBER = () => Date.parse('2026-09-15T09:00:00Z');
const SMALL_SCHOOLS = seededFaqId('small-schools');

describe('FAQ answers that age, and documents officers import', () => {
  let service: TestService;
  let connector: CaptureConnector;
  let officer: ApiClient;
  let representative: ApiClient;

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService({}, {}, SEPTEMBER), startCaptureConnector()]);
    officer = await fundingApiAs(service.baseUrl, demoPersonWith('officer').email);
    representative = await fundingApiAs(service.baseUrl, demoPersonWith('representative').email);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it('still finds an answer past its date, and marks it out of date in search and on its own', async () => {
    const search = await representative.call('GET', '/api/faq/search?q=notional%20top-up%20small%20schools&top=5');
    const small = search.body.results.find((r: { id: string }) => r.id === SMALL_SCHOOLS);
    expect(small).toMatchObject({ validUntil: '2026-08-31', outOfDate: true, publishedBy: null });
    const lasting = search.body.results.find((r: { validUntil: string | null }) => r.validUntil === null);
    expect(lasting).toMatchObject({ outOfDate: false });
    expect((await representative.call('GET', `/api/faq/${SMALL_SCHOOLS}`)).body).toMatchObject({
      outOfDate: true,
      publishedAt: expect.any(String),
    });
  });

  it('says so on the bot card and on the card inserted from the message extension, and offers to ask KCC', async () => {
    const rep = demoPersonWith('representative');
    const teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
    await teams.say({ aadObjectId: rep.aadObjectId }, 'faq notional top-up funding for small schools', 'a:rep-chat');
    const card = connector.sent.at(-1)?.activity.attachments?.[0]?.content;
    expect(cardText(card)).toContain(
      'Out of date: this answer held until Monday 31 August 2026. Ask KCC for the current answer.',
    );
    expect(JSON.stringify(card)).toContain('Ask KCC a question');

    const extension = await teams.extension({ aadObjectId: rep.aadObjectId }, 'composeExtension/query', {
      commandId: 'searchFaq',
      parameters: [{ name: 'searchQuery', value: 'notional top-up funding for small schools' }],
      queryOptions: { skip: 0, count: 5 },
    });
    const attachments = (extension.body as { composeExtension: { attachments: { content: unknown }[] } })
      .composeExtension.attachments;
    expect(attachments.some((a) => cardText(a.content).includes('Out of date: this answer held until'))).toBe(true);
  });

  it('lists for officers the answers past or near their date, and for no one else', async () => {
    const ageing = await officer.call('GET', '/api/faq/ageing?withinDays=30');
    expect(ageing.status).toBe(200);
    expect(ageing.body.items.map((e: { id: string }) => e.id)).toContain(SMALL_SCHOOLS);
    expect(ageing.body.items.every((e: { outOfDate: boolean }) => e.outOfDate)).toBe(true);
    expect((await representative.call('GET', '/api/faq/ageing')).status).toBe(403);
    expect((await officer.call('GET', '/api/faq/ageing?withinDays=-1')).body.errors).toHaveProperty('withinDays');
  });

  it('lets an officer give an answer a new date, and refuses a date that is not one', async () => {
    const entry = (await officer.call('GET', `/api/faq/${SMALL_SCHOOLS}`)).body;
    const body = { question: entry.question, answer: entry.answer, theme: entry.themeId };
    const bad = await officer.call('PUT', `/api/faq/${SMALL_SCHOOLS}`, { ...body, validUntil: '31/08/2027' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.validUntil).toContain('YYYY-MM-DD');
    const renewed = await officer.call('PUT', `/api/faq/${SMALL_SCHOOLS}`, { ...body, validUntil: '2027-08-31' });
    expect(renewed.body).toMatchObject({ validUntil: '2027-08-31', outOfDate: false, source: entry.source });
    const kept = await officer.call('PUT', `/api/faq/${SMALL_SCHOOLS}`, body);
    expect(kept.body.validUntil).toBe('2027-08-31');
  });

  it('imports a Markdown document once (a retry adds nothing), for officers only', async () => {
    const document =
      '# KELSI FAQ, Term 6\n\n## Funding\n\n### When will the 2026-27 community budgets be published?\n\nKCC publishes them on KELSI.\n\n> Valid until: 2027-07-31\n';
    const send = (as: ApiClient, text: string) =>
      as.call('POST', '/api/faq/import', text, { 'content-type': 'text/markdown; charset=utf-8' });
    expect((await send(representative, document)).status).toBe(403);
    const first = await send(officer, document);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ imported: 1, skipped: [] });
    const retry = await send(officer, document);
    expect(retry.status).toBe(200);
    expect(retry.body.imported).toBe(0);
    const found = await officer.call('GET', '/api/faq/search?q=2026-27%20community%20budgets%20published&top=3');
    expect(found.body.results[0]).toMatchObject({
      source: 'KELSI FAQ, Term 6',
      validUntil: '2027-07-31',
      publishedBy: demoPersonWith('officer').displayName,
    });
    const nul = await send(officer, document.replace('KCC publishes', 'KCC\u0000publishes'));
    expect(nul.status).toBe(400);
    const json = await officer.call('POST', '/api/faq/import', { markdown: document });
    expect(json.body).toMatchObject({ imported: 0, skipped: [{ reason: 'Already in the FAQ.' }] });
    const empty = await officer.call('POST', '/api/faq/import', { document });
    expect(empty.status).toBe(400);
    expect(empty.body.title).toContain('Content-Type: text/markdown');
  });
});
