import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { eventually } from '../../../../test/support/eventually';
import { everyItem } from '../../../../test/support/every-item';
import { everyRequest, type FundingApi, fundingApiAs } from '../../../../test/support/funding-api-client';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

const { community, school, representative, chair, officer } = fundingCast;

describe.each(databaseEngines())('funding through the API (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let rep: FundingApi;
  let chairApi: FundingApi;
  let officerApi: FundingApi;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    service = await startTestService({}, { database: database.target });
    rep = await fundingApiAs(service.baseUrl, representative.email);
    chairApi = await fundingApiAs(service.baseUrl, chair.email);
    officerApi = await fundingApiAs(service.baseUrl, officer.email);
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it('takes a request from submission to the agenda to approval, and the budget shows the pot reduced by exactly that', async () => {
    const first = await rep.call('POST', '/api/funding-requests', requestBody(school.id), { 'Idempotency-Key': 'k-1' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(String), status: 'submitted' });
    expect(first.headers.get('location')).toBe(`/api/funding-requests/${first.body.id}`);
    const repeat = await rep.call('POST', '/api/funding-requests', requestBody(school.id), {
      'Idempotency-Key': 'k-1',
    });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(first.body);

    const { body: proposal } = await chairApi.call(
      'POST',
      `/api/communities/${community.id}/cycles/2026-27/proposal`,
      {},
    );
    const slots = proposal.meetings.map((m: { month: string; start: string; end: string }) => ({
      month: m.month,
      start: m.start,
      end: m.end,
    }));
    expect(
      (await chairApi.call('POST', `/api/communities/${community.id}/cycles/2026-27`, { meetings: slots })).status,
    ).toBe(202);

    // A background job puts waiting requests on the first meeting planned (within seconds).
    const agenda = await eventually(
      () => chairApi.call('GET', `/api/communities/${community.id}/agenda`),
      (a) => a.body.requests?.some((r: { id: string }) => r.id === first.body.id),
    );
    expect(agenda.status).toBe(200);
    expect(agenda.body.meeting.start).toBe(new Date(slots[0].start).toISOString());
    const onAgenda = agenda.body.requests.find((r: { id: string }) => r.id === first.body.id);
    expect(onAgenda).toMatchObject({
      status: 'onAgenda',
      academicYear: '2026-27',
      pupilReference: 'Y4-017',
      amountPence: 250050,
    });

    const before = (await rep.call('GET', `/api/communities/${community.id}/budget?year=2026-27`)).body;
    const decided = await chairApi.call('POST', `/api/funding-requests/${first.body.id}/decision`, {
      outcome: 'approved',
      amountPence: 199999,
      reason: 'A penny short: the rest comes from the notional SEN budget.',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'approved', decision: { outcome: 'approved', amountPence: 199999 } });
    const after = (await rep.call('GET', `/api/communities/${community.id}/budget?year=2026-27`)).body;
    expect(Object.keys(after).sort()).toEqual(
      [
        'academicYear',
        'allocationPence',
        'byMeeting',
        'bySchool',
        'committedPence',
        'communityId',
        'communityName',
        'potPence',
        'protections',
        'remainingPence',
      ].sort(),
    );
    expect(after.potPence).toBe(before.potPence);
    expect(after.committedPence).toBe(before.committedPence + 199999);
    expect(after.remainingPence).toBe(before.remainingPence - 199999);
    expect(after.bySchool.find((s: { schoolId: string }) => s.schoolId === school.id)).toMatchObject({
      name: school.name,
      approvedPence: 199999,
      requestCount: 1,
    });
    const mine = await rep.call('GET', '/api/funding-requests?status=approved');
    expect(mine.body.items.map((r: { id: string }) => r.id)).toContain(first.body.id);

    // Opened, the request tells its story from the audit log: who did what, at which meeting, for how much.
    const opened = await rep.call('GET', `/api/funding-requests/${first.body.id}`);
    expect(opened.body.history).toEqual([
      expect.objectContaining({ event: 'submitted', by: representative.displayName }),
      expect.objectContaining({ event: 'placedOnAgenda', by: null, meeting: agenda.body.meeting.title }),
      expect.objectContaining({
        event: 'approved',
        by: chair.displayName,
        meeting: agenda.body.meeting.title,
        amountPence: 199999,
        reason: 'A penny short: the rest comes from the notional SEN budget.',
      }),
    ]);
    expect(opened.body.areasOfNeedLabels).toEqual(['Communication and interaction']);
  });

  it("gives a representative the form's choices with where a request submitted now goes, and refuses anyone else", async () => {
    const form = await rep.call('GET', '/api/funding-request-form');
    expect(form.status).toBe(200);
    expect(form.body.schools).toEqual([
      expect.objectContaining({
        id: school.id,
        submission: expect.objectContaining({ summary: expect.stringMatching(/meeting|waits/) }),
      }),
    ]);
    expect(form.body.areasOfNeed).toHaveLength(4);
    expect(form.body.prgServices.length).toBeGreaterThan(0);
    expect((await chairApi.call('GET', '/api/funding-request-form')).status).toBe(403);
  });

  it('answers bad input with a problem naming each field, and saves nothing', async () => {
    const before = (await everyRequest(officerApi)).length;
    const bad = await rep.call(
      'POST',
      '/api/funding-requests',
      requestBody(school.id, {
        pupilReference: 'Ella Brown',
        yearGroup: '14',
        areasOfNeed: [],
        amountPence: 12.5,
        periodStart: '2026-02-30',
        whatIsWorking: '   ',
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(Object.keys(bad.body.errors).sort()).toEqual(
      ['amountPence', 'areasOfNeed', 'periodStart', 'pupilReference', 'whatIsWorking', 'yearGroup'].sort(),
    );
    expect(bad.body.errors.pupilReference).toContain('"Ella" looks like a first name');
    const group = await rep.call('POST', '/api/funding-requests', requestBody(school.id, { requestType: 'group' }));
    expect(group.body.errors).toEqual({ groupSize: 'Give the number of pupils in the group (2 to 500).' });
    const unknownService = await rep.call(
      'POST',
      '/api/funding-requests',
      requestBody(school.id, { prgServiceIds: ['nope'] }),
    );
    expect(unknownService.body.errors).toEqual({ 'prgServiceIds[0]': '"nope" is not a PRG service in the directory.' });
    const badDecision = await chairApi.call('POST', '/api/funding-requests/any/decision', { outcome: 'maybe' });
    expect(badDecision.body.errors).toEqual({ outcome: 'Choose approved, declined, deferred or signposted.' });
    expect((await everyRequest(officerApi)).length).toBe(before);
  });

  it('lists a page at a time: {items, nextCursor}, 50 unless asked (at most 100), refusing limits and cursors it did not give', async () => {
    const first = await officerApi.call('GET', '/api/funding-requests?limit=2');
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(['items', 'nextCursor']);
    expect(first.body.items).toHaveLength(2);
    const next = await officerApi.call('GET', `/api/funding-requests?limit=2&cursor=${first.body.nextCursor}`);
    const ids = (page: { body: { items: { id: string }[] } }) => page.body.items.map((r) => r.id);
    expect(ids(next)).toHaveLength(2);
    expect(ids(next).some((id) => ids(first).includes(id))).toBe(false);
    expect((await officerApi.call('GET', '/api/funding-requests')).body.items).toHaveLength(50);
    const forged = Buffer.from(JSON.stringify(['soon', "x'; drop table funding_requests"])).toString('base64url');
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not%20a%20cursor', 'cursor'],
      [`cursor=${forged}`, 'cursor'],
    ]) {
      const refused = await officerApi.call('GET', `/api/funding-requests?${query}`);
      expect([query, refused.status, Object.keys(refused.body.errors ?? {})]).toEqual([query, 400, [field]]);
    }
  });

  it("refuses a pupil's name in any narrative or reason, naming the field and the word, and saves nothing", async () => {
    const before = (await everyRequest(officerApi)).length;
    const named = await rep.call(
      'POST',
      '/api/funding-requests',
      requestBody(school.id, {
        currentProvision: 'chloé in year 3 has a daily phonics group.',
        whatIsWorking: 'Oliver has responded well to the nurture group.',
        hopedForOutcomes: 'That Amelia Smith joins the class for maths.',
        nextSteps: 'Mohammed will start the programme next term.',
      }),
    );
    expect(named.status).toBe(400);
    expect(named.body.errors).toEqual({
      currentProvision: expect.stringContaining('"chloé" looks like a pupil\'s name'),
      whatIsWorking: expect.stringContaining('"Oliver" looks like a pupil\'s name'),
      hopedForOutcomes: expect.stringContaining('"Amelia" looks like a pupil\'s name'),
      nextSteps: expect.stringContaining('"Mohammed" looks like a pupil\'s name'),
    });
    expect(named.body.title).toContain("use the school's pupil reference");
    const { body } = await rep.call('POST', '/api/funding-requests', requestBody(school.id));
    const reason = await chairApi.call('POST', `/api/funding-requests/${body.id}/decision`, {
      outcome: 'declined',
      reason: 'Grace needs a consultation with STLS first.',
    });
    expect(reason.status).toBe(400);
    expect(reason.body.errors).toEqual({ reason: expect.stringContaining('"Grace" looks like a pupil\'s name') });
    expect((await everyRequest(officerApi)).length).toBe(before + 1);
    expect((await officerApi.call('GET', `/api/funding-requests/${body.id}`)).body.decision).toBeNull();
  });

  it('refuses an approval over the pot with a 409 that says what is left', async () => {
    const budget = await officerApi.call('PUT', `/api/communities/${community.id}/budget?year=2026-27`, {
      allocationPence:
        (await rep.call('GET', `/api/communities/${community.id}/budget?year=2026-27`)).body.committedPence + 5000,
      protections: [],
    });
    expect(budget.status).toBe(200);
    expect(budget.body.remainingPence).toBe(5000);
    const { body } = await rep.call('POST', '/api/funding-requests', requestBody(school.id, { amountPence: 5001 }));
    const refused = await chairApi.call('POST', `/api/funding-requests/${body.id}/decision`, { outcome: 'approved' });
    expect(refused.status).toBe(409);
    expect(refused.body.title).toContain('£50.00 is left');
    const declined = await chairApi.call('POST', `/api/funding-requests/${body.id}/decision`, {
      outcome: 'declined',
      reason: 'Please evidence the graduated approach first.',
    });
    expect(declined.body).toMatchObject({
      status: 'declined',
      decision: { reason: 'Please evidence the graduated approach first.' },
    });
  });

  it('keeps the narrative out of lists, logs each read of it, and shows officers who read it', async () => {
    const submitted = await rep.call('POST', '/api/funding-requests', requestBody(school.id), {
      'Idempotency-Key': 'k-reads',
    });
    const id = submitted.body.id;
    const list = await chairApi.call('GET', `/api/funding-requests?communityId=${community.id}`);
    const listed = list.body.items.find((r: { id: string }) => r.id === id);
    expect(listed).toMatchObject({ id, schoolId: school.id });
    expect(listed).not.toHaveProperty('currentProvision');
    expect(JSON.stringify(list.body)).not.toContain(requestBody(school.id).currentProvision);
    const agenda = await chairApi.call('GET', `/api/communities/${community.id}/agenda`);
    expect(agenda.status).toBe(200);
    expect(JSON.stringify(agenda.body)).not.toContain('currentProvision');
    const withdrawn = await rep.call('POST', `/api/funding-requests/${id}/withdraw`);
    expect(withdrawn.body).toMatchObject({ id, status: 'withdrawn' });
    expect(withdrawn.body).not.toHaveProperty('currentProvision');

    expect((await officerApi.call('GET', `/api/funding-requests/${id}/reads`)).body).toEqual({ reads: [] });
    const read = await chairApi.call('GET', `/api/funding-requests/${id}`);
    expect(read.body.currentProvision).toBe(requestBody(school.id).currentProvision);
    await rep.call('GET', `/api/funding-requests/${id}`);

    const reads = await officerApi.call('GET', `/api/funding-requests/${id}/reads`);
    expect(reads.body.reads).toEqual([
      { personId: chair.id, displayName: chair.displayName, readAt: expect.any(String) },
      { personId: representative.id, displayName: representative.displayName, readAt: expect.any(String) },
    ]);
    expect((await chairApi.call('GET', `/api/funding-requests/${id}/reads`)).status).toBe(403);
    expect((await officerApi.call('GET', '/api/funding-requests/no-such-request/reads')).status).toBe(404);
  });

  it("lists a community's schools and their representatives a page at a time, A to Z", async () => {
    const path = `/api/communities/${community.id}/representatives`;
    const whole = (await chairApi.call('GET', path)).body;
    expect(whole.items.length).toBeGreaterThan(2);
    const names = whole.items.map((s: { schoolName: string }) => s.schoolName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    const first = (await chairApi.call('GET', `${path}?limit=2`)).body;
    expect(first.items).toEqual(whole.items.slice(0, 2));
    const rest = await everyItem(chairApi, `${path}?cursor=${first.nextCursor}`);
    expect([...first.items, ...rest]).toEqual(whole.items);
    expect(first.withoutRepresentative).toEqual(whole.withoutRepresentative);
  });
});
