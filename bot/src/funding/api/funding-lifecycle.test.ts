import { databaseEngines } from '../../../../test/support/database-targets';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { type FundingHarness, openFundingHarness } from '../../../../test/support/funding-harness';
import { PLANNING_DAY_MS } from '../../../../test/support/planning-clock';

const { community, otherCommunity, school, otherSchool } = fundingCast;
const DAY = 24 * 3600_000;

describe.each(databaseEngines())('a funding request from submission to decision (%s)', (engine) => {
  let h: FundingHarness;
  let meetings: string[];

  beforeAll(async () => {
    h = await openFundingHarness(engine);
    meetings = await h.addMeetings(community.id, ['2026-06-18', '2026-06-23', '2026-07-14']);
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    h.clock.nowMs = PLANNING_DAY_MS;
  });

  const as = (who: keyof typeof fundingCast) => h.person((fundingCast[who] as { email: string }).email);

  it('puts a request on the agenda of the next meeting at least five school days after it is submitted', async () => {
    const { request, created } = await h.funding.submitRequest(
      await as('representative'),
      requestBody(school.id) as never,
    );
    expect(created).toBe(true);
    expect(request.status).toBe('onAgenda');
    // Submitted Monday 15 June: 18 June is only three school days away, 23 June is six.
    expect(request.agendaMeeting?.id).toBe(meetings[1]);
    expect(request.academicYear).toBe('2025-26');
    const agenda = await h.funding.agenda(await as('chair'), community.id);
    expect(agenda.meeting?.id).toBe(meetings[0]);
    expect(agenda.requests.map((r) => r.id)).not.toContain(request.id);
    h.clock.nowMs = Date.parse('2026-06-19T09:00:00Z');
    const next = await h.funding.agenda(await as('chair'), community.id);
    expect(next.meeting?.id).toBe(meetings[1]);
    expect(next.requests.map((r) => r.id)).toContain(request.id);
  });

  it('keeps a request as submitted while no meeting is planned, and puts it on the first one planned', async () => {
    const { request } = await h.funding.submitRequest(
      await as('otherRepresentative'),
      requestBody(otherSchool.id, { pupilReference: 'AB12' }) as never,
    );
    expect(request).toMatchObject({ status: 'submitted', agendaMeeting: null, academicYear: '2025-26' });
    const [september] = await h.addMeetings(otherCommunity.id, ['2026-09-08']);
    const beforeTheJob = await h.funding.agenda(await as('otherChair'), otherCommunity.id);
    expect(beforeTheJob.waiting.map((r) => r.id)).toContain(request.id);
    await h.funding.listRequests(await as('officer'));
    await h.funding.request(await as('otherChair'), request.id);
    const readsWroteNothing = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', request.id)
      .execute();
    expect(readsWroteNothing.map((a) => a.action)).toEqual(['funding-request.submitted']);
    await h.funding.placeStrandedRequests(); // the background job, as it runs every few seconds
    const agenda = await h.funding.agenda(await as('otherChair'), otherCommunity.id);
    expect(agenda.meeting?.id).toBe(september);
    const placed = agenda.requests.find((r) => r.id === request.id);
    expect(placed).toMatchObject({ status: 'onAgenda', academicYear: '2026-27' });
    const audit = await h.db.selectFrom('audit_log').selectAll().where('entity_id', '=', request.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['funding-request.submitted', 'funding-request.placed-on-agenda']);
    const narrative = requestBody(otherSchool.id);
    const kept = JSON.stringify(audit);
    for (const field of ['currentProvision', 'whatIsWorking', 'hopedForOutcomes', 'nextSteps'] as const) {
      expect(kept).not.toContain(String(narrative[field]));
    }
    expect(kept).toContain('"narrativeCharacters"');
  });

  it('recognises a retried submission by its idempotency key and refuses the key for a different request', async () => {
    const rep = await as('representative');
    const body = requestBody(school.id, { pupilReference: 'Y5-101' }) as never;
    const first = await h.funding.submitRequest(rep, body, 'card-instance-1');
    const again = await h.funding.submitRequest(rep, body, 'card-instance-1');
    expect(again).toMatchObject({ created: false, request: { id: first.request.id } });
    const count = await h.db
      .selectFrom('funding_requests')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('idempotency_key', '=', 'card-instance-1')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    await expect(
      h.funding.submitRequest(rep, requestBody(school.id, { amountPence: 1 }) as never, 'card-instance-1'),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it("refuses a pupil's name as the reference, explaining why, and stores nothing", async () => {
    const before = await countRequests(h);
    for (const name of ['Tom Smith', 'Amelia', 'Jones Brown']) {
      await expect(
        h.funding.submitRequest(await as('representative'), requestBody(school.id, { pupilReference: name }) as never),
      ).rejects.toMatchObject({
        code: 'invalid',
        details: { pupilReference: expect.stringContaining('never a name') },
      });
    }
    expect(await countRequests(h)).toBe(before);
  });

  it('approves against the pot and tells the representative in Teams, in the same transaction as the decision', async () => {
    const rep = await as('representative');
    const { request } = await h.funding.submitRequest(
      rep,
      requestBody(school.id, { pupilReference: 'Y2-044' }) as never,
    );
    const before = await h.funding.budget(rep, community.id, '2025-26');
    const chair = await as('chair');
    await expect(
      h.funding.decide(chair, request.id, { outcome: 'approved', amountPence: 200000 }),
    ).rejects.toMatchObject({
      code: 'invalid',
      details: { reason: 'Say why less than the £2,500.50 requested is approved; the school is told.' },
    });
    const decided = await h.funding.decide(chair, request.id, {
      outcome: 'approved',
      amountPence: 200000,
      reason: 'The first term is met from the notional SEN budget.',
    });
    expect(decided).toMatchObject({ status: 'approved', decision: { outcome: 'approved', amountPence: 200000 } });
    const after = await h.funding.budget(rep, community.id, '2025-26');
    expect(after.remainingPence).toBe(before.remainingPence - 200000);
    expect(after.committedPence).toBe(before.committedPence + 200000);
    expect(after.potPence).toBe(after.committedPence + after.remainingPence);
    const outbox = await h.db.selectFrom('outbox').selectAll().where('kind', '=', 'funding-decision').execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      person_id: rep.id,
      payload: {
        requestId: request.id,
        schoolName: school.name,
        pupilReference: 'Y2-044',
        outcome: 'approved',
        amountPence: 200000,
        requestedPence: 250050,
      },
    });
    expect(JSON.stringify(outbox[0]?.payload)).not.toContain(rep.displayName);
    const audit = await h.db.selectFrom('audit_log').selectAll().where('entity_id', '=', request.id).execute();
    expect(audit.map((a) => a.action)).toContain('funding-request.approved');
  });

  it('refuses an approval larger than the request, or larger than what is left, saying what is left', async () => {
    const officer = await as('officer');
    await h.funding.setBudget(officer, community.id, '2026-27', { allocationPence: 100000, protections: [] });
    await h.addMeetings(community.id, ['2026-09-15']);
    h.clock.nowMs = Date.parse('2026-07-08T09:00:00Z');
    const { request } = await h.funding.submitRequest(await as('representative'), requestBody(school.id) as never);
    expect(request.academicYear).toBe('2026-27');
    const chair = await as('chair');
    await expect(
      h.funding.decide(chair, request.id, { outcome: 'approved', amountPence: 250051 }),
    ).rejects.toMatchObject({
      code: 'invalid',
      details: { amountPence: 'Approve at most the £2,500.50 requested.' },
    });
    await expect(h.funding.decide(chair, request.id, { outcome: 'approved' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('£1,000.00 is left of £1,000.00'),
    });
    expect((await h.funding.request(chair, request.id)).status).toBe('onAgenda');
  });

  it('defers a request to a named later meeting, then signposts it to a PRG service', async () => {
    const chair = await as('chair');
    const { request } = await h.funding.submitRequest(await as('representative'), requestBody(school.id) as never);
    await expect(
      h.funding.decide(chair, request.id, { outcome: 'deferred', deferredToMeetingId: meetings[0] }),
    ).rejects.toMatchObject({
      code: 'invalid',
    });
    const deferred = await h.funding.decide(chair, request.id, {
      outcome: 'deferred',
      deferredToMeetingId: meetings[2],
    });
    expect(deferred).toMatchObject({ status: 'deferred', agendaMeeting: { id: meetings[2] } });
    const signposted = await h.funding.decide(chair, request.id, {
      outcome: 'signposted',
      prgServiceId: 'educational-psychology',
      reason: 'Start with an EP consultation.',
    });
    expect(signposted.decision).toMatchObject({
      outcome: 'signposted',
      signpostedTo: { id: 'educational-psychology' },
    });
    await expect(h.funding.decide(chair, request.id, { outcome: 'declined', reason: 'x' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('lets the school withdraw a request before the decision, and not after', async () => {
    const rep = await as('representative');
    const { request } = await h.funding.submitRequest(rep, requestBody(school.id) as never);
    await expect(h.funding.withdraw(await as('chair'), request.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await h.funding.withdraw(rep, request.id)).status).toBe('withdrawn');
    await expect(h.funding.withdraw(rep, request.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(h.funding.decide(await as('chair'), request.id, { outcome: 'approved' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('revokes an approval with a compensating ledger entry, never an edit', async () => {
    const chair = await as('chair');
    const rep = await as('representative');
    const { request } = await h.funding.submitRequest(rep, requestBody(school.id, { amountPence: 12345 }) as never);
    const before = await h.funding.budget(chair, community.id, '2025-26');
    await h.funding.decide(chair, request.id, { outcome: 'approved' });
    const revoked = await h.funding.revokeApproval(chair, request.id, 'The pupil has moved school.');
    expect(revoked).toMatchObject({ status: 'revoked', decision: { outcome: 'revoked', amountPence: 12345 } });
    const entries = await h.db
      .selectFrom('ledger_entries')
      .select(['kind', 'amount_pence'])
      .where('request_id', '=', request.id)
      .orderBy('id')
      .execute();
    expect(entries.map((e) => [e.kind, Number(e.amount_pence)])).toEqual([
      ['commitment', 12345],
      ['reversal', -12345],
    ]);
    const after = await h.funding.budget(chair, community.id, '2025-26');
    expect(after.remainingPence).toBe(before.remainingPence);
    await expect(h.funding.revokeApproval(chair, request.id, 'again')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('moves undecided requests off a meeting that has gone by a week without a decision', async () => {
    const { request } = await h.funding.submitRequest(await as('representative'), requestBody(school.id) as never);
    expect(request.agendaMeeting?.id).toBe(meetings[1]);
    h.clock.nowMs = Date.parse('2026-06-23T15:00:00Z');
    const during = await h.funding.agenda(await as('chair'), community.id);
    expect(during.meeting?.id).toBe(meetings[1]);
    expect(during.requests.map((r) => r.id)).toContain(request.id);
    h.clock.nowMs = Date.parse('2026-06-24T09:00:00Z');
    const dayAfter = await h.funding.agenda(await as('chair'), community.id);
    expect(dayAfter.meeting?.id).toBe(meetings[2]);
    expect(dayAfter.carriedOver.map((r) => r.id)).toContain(request.id);
    h.clock.nowMs += 8 * DAY;
    await h.funding.placeStrandedRequests();
    const later = await h.funding.agenda(await as('chair'), community.id);
    expect(later.carriedOver).toEqual([]);
    expect(later.requests.map((r) => r.id)).toContain(request.id);
    expect((await h.funding.request(await as('chair'), request.id)).agendaMeeting?.id).toBe(meetings[2]);
  });
});

async function countRequests(h: FundingHarness): Promise<number> {
  const row = await h.db
    .selectFrom('funding_requests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
