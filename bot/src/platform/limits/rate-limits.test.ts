import { signInAs, type TestApi } from '../../../../test/support/api-client';
import { postActivity, teamsActivity } from '../../../../test/support/bot-activities';
import { cardText } from '../../../../test/support/card-text';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

const LIMITS = { RATE_LIMIT_WRITES_PER_MINUTE: '2', RATE_LIMIT_SEARCHES_PER_MINUTE: '3' };

describe.each(databaseEngines())('per-person rate limits (%s)', (engine) => {
  const representative = demoPersonWith('representative');
  const question = { theme: 'Funding', text: 'When will our 2026-27 community budget be published?' };
  let database: ThrowawayDatabase;
  let service: TestService;
  let rep: TestApi;
  let chair: TestApi;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    service = await startTestService(LIMITS, { database: database.target });
    rep = await signInAs(service.baseUrl, representative.email);
    chair = await signInAs(service.baseUrl, demoPersonWith('chair').email);
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it('answers searches over the limit with 429, Retry-After and a plain message, for that person only', async () => {
    for (let i = 0; i < 3; i++) expect((await rep.call('GET', '/api/faq/search?q=budget')).status).toBe(200);
    const refused = await rep.call('GET', '/api/faq/search?q=budget');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.body.title).toMatch(/Try again in \d+ seconds/);
    expect((await chair.call('GET', '/api/faq/search?q=budget')).status).toBe(200);
  });

  it('says so on the card when the same person searches from the bot', async () => {
    const invoke = teamsActivity(
      'http://127.0.0.1:9/unused',
      { aadObjectId: representative.aadObjectId },
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'faq', data: { query: 'budget' } }, trigger: 'manual' },
      },
    );
    const { status, body } = await postActivity(service.baseUrl, invoke);
    expect(status).toBe(200);
    expect(cardText(body?.value)).toMatch(/searches in one minute\. Try again in \d+ seconds/);
  });

  it('says so in the message extension (Search FAQ in Teams and Outlook) too', async () => {
    const query = teamsActivity(
      'http://127.0.0.1:9/unused',
      { aadObjectId: representative.aadObjectId },
      {
        type: 'invoke',
        name: 'composeExtension/query',
        value: { commandId: 'searchFaq', parameters: [{ name: 'searchQuery', value: 'budget' }] },
      },
    );
    const { status, body } = await postActivity(service.baseUrl, query);
    expect(status).toBe(200);
    expect(JSON.stringify(body)).toMatch(/searches in one minute\. Try again in \d+ seconds/);
  });

  it('refuses writes over the limit and stores nothing for the refused one', async () => {
    expect((await rep.call('POST', '/api/questions', question)).status).toBe(201);
    expect((await rep.call('POST', '/api/questions', { ...question, text: `${question.text} (2)` })).status).toBe(201);
    const refused = await rep.call('POST', '/api/questions', { ...question, text: `${question.text} (3)` });
    expect(refused.status).toBe(429);
    expect(refused.body.title).toContain('Nothing you sent was lost');
    const mine = await rep.call('GET', '/api/questions');
    expect(JSON.stringify(mine.body)).not.toContain('(3)');
  });

  if (engine === 'postgres') {
    it('counts writes across instances sharing the database, and searches in each instance', async () => {
      const second = await startTestService(LIMITS, { database: database.target });
      try {
        const officer = demoPersonWith('officer').email;
        const onFirst = await signInAs(service.baseUrl, officer);
        const onSecond = await signInAs(second.baseUrl, officer);
        const asked = (n: number) => ({ ...question, text: `${question.text} (across ${n})` });
        expect((await onFirst.call('POST', '/api/questions', asked(1))).status).toBe(201);
        expect((await onSecond.call('POST', '/api/questions', asked(2))).status).toBe(201);
        expect((await onFirst.call('POST', '/api/questions', asked(3))).status).toBe(429);
        for (let i = 0; i < 3; i++) expect((await onFirst.call('GET', '/api/faq/search?q=term')).status).toBe(200);
        expect((await onFirst.call('GET', '/api/faq/search?q=term')).status).toBe(429);
        expect((await onSecond.call('GET', '/api/faq/search?q=term')).status).toBe(200);
      } finally {
        await second.stop();
      }
    });
  }
});
