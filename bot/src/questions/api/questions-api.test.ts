import { signInAs, type TestApi } from '../../../../test/support/api-client';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { demoPersonOutside, demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations } from '../../../../test/support/teams-conversations';

describe('the questions and FAQ API', () => {
  let service: TestService;
  let connector: CaptureConnector;
  let officer: TestApi;
  let representative: TestApi;
  let otherRepresentative: TestApi;
  const asker = demoPersonWith('representative');
  const officerPerson = demoPersonWith('officer');

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    officer = await signInAs(service.baseUrl, officerPerson.email);
    representative = await signInAs(service.baseUrl, asker.email);
    const someoneElse = demoPersonOutside('representative', asker.roles[0]?.communityId ?? '');
    otherRepresentative = await signInAs(service.baseUrl, someoneElse.email);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it('searches the FAQ for anyone signed in, understanding the words schools use', async () => {
    const { status, body } = await representative.call(
      'GET',
      `/api/faq/search?q=${encodeURIComponent('Who goes to the CoS meeting, the SENCo?')}&top=3`,
    );
    expect(status).toBe(200);
    expect(body.results).toHaveLength(3);
    expect(Object.keys(body.results[0]).sort()).toEqual(
      [
        ...['answer', 'id', 'question', 'theme', 'themeId', 'score', 'source', 'status'],
        ...['outOfDate', 'publishedAt', 'publishedBy', 'updatedAt', 'validUntil'],
      ].sort(),
    );
    expect(body.results[0].question).toBe('Who from our school should attend the community meetings?');
    expect(body.results[0].score).toBeGreaterThan(body.results[2].score);
  });

  it('answers 400 naming the field when the search is missing or asks for too many', async () => {
    const missing = await representative.call('GET', '/api/faq/search?top=3');
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(Object.keys(missing.body.errors)).toEqual(['q']);
    const tooMany = await representative.call('GET', '/api/faq/search?q=PRG&top=99');
    expect(Object.keys(tooMany.body.errors)).toEqual(['top']);
  });

  it('lets only officers add, edit and retire entries, naming every field that needs changing', async () => {
    const entry = {
      question: 'Can chairs claim supply cover for KiT meetings?',
      answer: 'Yes: KCC pays supply cover.',
      theme: 'Meetings',
    };
    expect((await representative.call('POST', '/api/faq', entry)).status).toBe(403);
    const bad = await officer.call('POST', '/api/faq', { question: 'Short', answer: '', theme: 'Lunch' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['answer', 'question', 'theme']);
    const created = await officer.call('POST', '/api/faq', entry);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/faq/${created.body.id}`);
    const id = created.body.id;
    expect((await representative.call('PUT', `/api/faq/${id}`, entry)).status).toBe(403);
    const edited = await officer.call('PUT', `/api/faq/${id}`, {
      ...entry,
      answer: 'Yes: KCC pays supply cover for KiT meetings.',
    });
    expect(edited.body).toMatchObject({
      id,
      theme: 'Meetings',
      answer: 'Yes: KCC pays supply cover for KiT meetings.',
    });
    const search = await representative.call('GET', '/api/faq/search?q=supply%20cover%20keeping%20in%20touch&top=1');
    expect(search.body.results[0].id).toBe(id);
    expect((await representative.call('DELETE', `/api/faq/${id}`)).status).toBe(403);
    expect((await officer.call('DELETE', `/api/faq/${id}`)).status).toBe(204);
    expect((await representative.call('GET', `/api/faq/${id}`)).status).toBe(404);
    const after = await representative.call('GET', '/api/faq/search?q=supply%20cover%20keeping%20in%20touch&top=5');
    expect(after.body.results.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('takes a question (as a draft with suggestions, or sent at once) and refuses bad input naming the fields', async () => {
    const question = { theme: 'Funding', text: 'When will our 2026-27 community budget be published?' };
    const bad = await representative.call('POST', '/api/questions', { theme: 'Lunch', text: 'When?' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['text', 'theme']);
    const missing = await representative.call('POST', '/api/questions', {});
    expect(Object.keys(missing.body.errors).sort()).toEqual(['text', 'theme']);
    const drafted = await representative.call('POST', '/api/questions', { ...question, draft: true });
    expect(drafted.status).toBe(201);
    expect(drafted.body.status).toBe('draft');
    expect(drafted.body.suggestions.length).toBeGreaterThan(0);
    const first = await representative.call('POST', '/api/questions', question);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(String), status: 'open' });
  });

  it('shows officers every question and others only their own, filtered by status', async () => {
    const own = await representative.call('GET', '/api/questions?status=open');
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((q: { asker: { name: string } }) => q.asker.name === asker.displayName)).toBe(true);
    expect((await otherRepresentative.call('GET', '/api/questions')).body).toEqual({ items: [], nextCursor: null });
    const all = await officer.call('GET', '/api/questions?status=open,assigned');
    expect(all.body.items.length).toBeGreaterThanOrEqual(own.body.items.length);
    const one = await officer.call('GET', '/api/questions?limit=1');
    expect(one.body.items).toHaveLength(1);
    const two = await officer.call('GET', `/api/questions?limit=1&cursor=${one.body.nextCursor}`);
    expect(two.body.items).toHaveLength(1);
    expect(two.body.items[0].id).not.toBe(one.body.items[0].id);
    expect(Object.keys((await officer.call('GET', '/api/questions?limit=500')).body.errors)).toEqual(['limit']);
    expect(Object.keys((await officer.call('GET', '/api/questions?cursor=forged')).body.errors)).toEqual(['cursor']);
    const bad = await officer.call('GET', '/api/questions?status=pending');
    expect(Object.keys(bad.body.errors)).toEqual(['status']);
  });

  it('lets only officers route a theme to a channel, and only to one where the app is installed', async () => {
    const route = { conversationId: '19:never-installed@thread.tacv2' };
    expect((await representative.call('PUT', '/api/question-routes/funding', route)).status).toBe(403);
    const unknown = await officer.call('PUT', '/api/question-routes/funding', route);
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.errors)).toEqual(['conversationId']);
    const badTheme = await officer.call('PUT', '/api/question-routes/lunch', route);
    expect(badTheme.status).toBe(400);
    expect(badTheme.body.title).toContain('Say which theme this channel takes');
  });

  it('lets only officers answer; the asker reads the answer, and the card in the channel updates without a click there', async () => {
    const teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
    const channel = { teamId: '19:kcc@thread.tacv2', channelId: '19:all-questions@thread.tacv2' };
    await teams.installInTeam({ aadObjectId: officerPerson.aadObjectId }, channel);
    await teams.sayInChannel(
      { id: '29:officer', aadObjectId: officerPerson.aadObjectId },
      channel,
      'set question channel all',
    );
    const asked = await representative.call('POST', '/api/questions', {
      theme: 'meetings',
      text: 'May our chair invite the educational psychologist to every meeting?',
    });
    const id = asked.body.id;
    for (
      let i = 0;
      i < 120 && !connector.sent.some((s) => s.conversationId === channel.channelId && s.activity.attachments);
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const posted = connector.sent.findIndex((s) => s.conversationId === channel.channelId && s.activity.attachments);
    expect(posted).toBeGreaterThanOrEqual(0);
    expect(
      (await representative.call('POST', `/api/questions/${id}/answer`, { text: 'Yes, please do.', publish: false }))
        .status,
    ).toBe(403);
    const bad = await officer.call('POST', `/api/questions/${id}/answer`, { text: 'Yes', publish: 'maybe' });
    expect(Object.keys(bad.body.errors)).toEqual(['publish']);
    const answered = await officer.call('POST', `/api/questions/${id}/answer`, {
      text: 'Yes: link practitioners and PRG services are welcome at meetings.',
      publish: true,
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      answer: 'Yes: link practitioners and PRG services are welcome at meetings.',
    });
    const read = await representative.call('GET', `/api/questions/${id}`);
    expect(read.body.history.map((e: { kind: string }) => e.kind)).toEqual(['asked', 'sent', 'answered']);
    expect((await otherRepresentative.call('GET', `/api/questions/${id}`)).status).toBe(404);
    const cardId = `sent-${posted + 1}`;
    for (let i = 0; i < 100 && !connector.updated.some((u) => u.replyToId === cardId); i++)
      await new Promise((r) => setTimeout(r, 20));
    const update = connector.updated.find((u) => u.replyToId === cardId);
    expect(cardText(update?.activity.attachments?.[0]?.content)).toContain(
      `✅ Answered by ${officerPerson.displayName}`,
    );
  });
  it('lets officers edit the list of themes: rename, add and retire, in order', async () => {
    const { body } = await representative.call('GET', '/api/questions/themes');
    const kept = body.themes.filter((t: { id: string }) => t.id !== 'link-practitioners');
    const themes = [
      ...kept.map((t: { id: string; name: string }) => (t.id === 'other' ? { id: 'other', name: 'Anything else' } : t)),
      { name: 'Training' },
    ];
    expect((await representative.call('PUT', '/api/questions/themes', { themes })).status).toBe(403);
    const bad = await officer.call('PUT', '/api/questions/themes', {
      themes: [{ name: 'Funding' }, { name: 'funding' }],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)).toEqual(['themes']);
    const saved = await officer.call('PUT', '/api/questions/themes', { themes });
    expect(saved.status).toBe(200);
    const names = (await representative.call('GET', '/api/questions/themes')).body.themes.map(
      (t: { name: string }) => t.name,
    );
    expect(names).toEqual([
      'Meetings',
      'Parents and carers',
      'Funding',
      'Professional Resource Group',
      'Requests',
      'Anything else',
      'Training',
    ]);
    const asked = await representative.call('POST', '/api/questions', {
      theme: 'Training',
      text: 'Is there training for new SENCos on the model?',
      draft: true,
    });
    expect(asked.status).toBe(201);
  });
  it('recognises a retried question by its Idempotency-Key, and refuses the same key for a different question', async () => {
    const signIn = await fetch(`${service.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: asker.email }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const ask = (text: string) =>
      fetch(`${service.baseUrl}/api/questions`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'q-retry-1',
        },
        body: JSON.stringify({ theme: 'Meetings', text, draft: true }),
      });
    const first = await ask('Can our deputy SENCo attend the community meeting in my place?');
    const retried = await ask('Can our deputy SENCo attend the community meeting in my place?');
    expect([first.status, retried.status]).toEqual([201, 201]);
    const firstId = ((await first.json()) as { id: string }).id;
    expect(((await retried.json()) as { id: string }).id).toBe(firstId);
    const different = await ask('How do we book a place at the June briefing?');
    expect(different.status).toBe(409);
    expect(((await different.json()) as { title: string }).title).toContain('already used for a different question');
    const stored = await representative.call('GET', `/api/questions/${firstId}`);
    expect(stored.body.text).toBe('Can our deputy SENCo attend the community meeting in my place?');
  });
});
