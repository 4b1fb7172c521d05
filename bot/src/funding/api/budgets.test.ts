import { databaseEngines } from '../../../../test/support/database-targets';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { type FundingHarness, openFundingHarness } from '../../../../test/support/funding-harness';

const { community, otherCommunity, school } = fundingCast;

describe.each(databaseEngines())('community budgets and the ledger (%s)', (engine) => {
  let h: FundingHarness;

  beforeAll(async () => {
    h = await openFundingHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  const as = (who: keyof typeof fundingCast) => h.person((fundingCast[who] as { email: string }).email);

  it('loads demo budgets for every community, 2025-26 with protections and decided requests, 2026-27 without', async () => {
    const budgets = await h.db.selectFrom('budgets').select(['community_id', 'academic_year_id', 'id']).execute();
    expect(budgets).toHaveLength(53 * 2);
    const demo = await h.funding.budget(await as('representative'), community.id, '2025-26');
    expect(demo.protections.length).toBeGreaterThanOrEqual(2);
    expect(demo.potPence).toBe(demo.allocationPence - demo.protections.reduce((s, p) => s + p.amountPence, 0));
    expect(demo.committedPence).toBeGreaterThan(0);
    expect(demo.potPence).toBe(demo.committedPence + demo.remainingPence);
    const approved = demo.bySchool.reduce((sum, s) => sum + s.approvedPence, 0);
    expect(approved).toBe(demo.committedPence);
    const next = await h.funding.budget(await as('representative'), community.id, '2026-27');
    expect(next).toMatchObject({ protections: [], committedPence: 0, potPence: next.allocationPence });
    const officer = await as('officer');
    for (const { id } of fundingCast.directory.communities) {
      const budget = await h.funding.budget(officer, id, '2025-26');
      expect(budget.remainingPence).toBeGreaterThanOrEqual(0);
      expect(budget.bySchool.reduce((sum, s) => sum + s.requestCount, 0)).toBeGreaterThan(0);
    }
  });

  it('sets a budget exact to the penny and audits it with who, before and after', async () => {
    const officer = await as('officer');
    const summary = await h.funding.setBudget(officer, otherCommunity.id, '2026-27', {
      allocationPence: 123456789,
      protections: [
        { label: 'Protection A', amountPence: 1000001 },
        { label: 'Protection B', amountPence: 99 },
      ],
    });
    expect(summary).toMatchObject({ allocationPence: 123456789, potPence: 122456689, remainingPence: 122456689 });
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'budget')
      .where('action', '=', 'budget.updated')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_person_id: officer.id,
      before: { protections: [] },
      after: { allocationPence: 123456789, academicYear: '2026-27' },
    });
  });

  it('refuses a pot below what approvals already commit, changing nothing', async () => {
    const officer = await as('officer');
    const before = await h.funding.budget(officer, community.id, '2025-26');
    await expect(
      h.funding.setBudget(officer, community.id, '2025-26', {
        allocationPence: before.committedPence - 1,
        protections: [],
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { allocationPence: expect.stringContaining('already commit') },
    });
    await expect(
      h.funding.setBudget(officer, community.id, '2025-26', {
        allocationPence: 100,
        protections: [{ label: 'Too much', amountPence: 101 }],
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      details: { protections: expect.stringContaining('more than the allocation') },
    });
    expect(await h.funding.budget(officer, community.id, '2025-26')).toEqual(before);
  });

  it('imports budgets from CSV all or nothing, naming each bad row and column', async () => {
    const officer = await as('officer');
    const before = await h.funding.budget(officer, community.id, '2026-27');
    const bad = [
      'community_id,academic_year,allocation_gbp,protection_1_label,protection_1_gbp',
      `${community.id},2026-27,"£1,234,567.89",Transition,100.01`,
      'no-such-community,2026-27,1000,,',
      `${otherCommunity.id},2026,12.345,Label only,`,
    ].join('\n');
    await expect(h.funding.importBudgets(officer, bad)).rejects.toMatchObject({
      code: 'invalid',
      details: {
        'rows[3].community_id': 'Row 3: there is no community "no-such-community".',
        'rows[4].academic_year': 'Row 4: "2026" is not a year like 2026-27.',
        'rows[4].allocation_gbp': 'Row 4: give the allocation in pounds, e.g. 650000.00.',
        'rows[4].protection_1_gbp': 'Row 4: give the protection in pounds, more than 0.',
      },
    });
    expect(await h.funding.budget(officer, community.id, '2026-27')).toEqual(before);
    const good = [
      'community_id,academic_year,allocation_gbp,protection_1_label,protection_1_gbp,protection_2_label,protection_2_gbp',
      `${community.id},2026-27,"£1,234,567.89",Transition,100.01,,`,
      `${otherCommunity.id},2026-27,650000,,,Small schools,0.5`,
    ].join('\r\n');
    expect(await h.funding.importBudgets(officer, good)).toEqual({ imported: 2, created: 0, updated: 2 });
    expect(await h.funding.budget(officer, community.id, '2026-27')).toMatchObject({
      allocationPence: 123456789,
      protections: [{ label: 'Transition', amountPence: 10001 }],
      potPence: 123446788,
    });
    expect((await h.funding.budget(officer, otherCommunity.id, '2026-27')).potPence).toBe(64999950);
  });

  it('reports what each school and meeting has been approved, to the penny', async () => {
    const rep = await as('representative');
    const chair = await as('chair');
    const [meeting] = await h.addMeetings(community.id, ['2026-09-08']);
    const before = await h.funding.budget(rep, community.id, '2026-27');
    const amounts = [1, 99, 123456];
    for (const amountPence of amounts) {
      const { request } = await h.funding.submitRequest(rep, requestBody(school.id, { amountPence }) as never);
      expect(request.agendaMeeting?.id).toBe(meeting);
      await h.funding.decide(chair, request.id, { outcome: 'approved' });
    }
    // One declined and one still waiting on the same meeting: counted apart from the approvals, never as approved.
    const { request: declined } = await h.funding.submitRequest(
      rep,
      requestBody(school.id, { amountPence: 500 }) as never,
    );
    await h.funding.decide(chair, declined.id, { outcome: 'declined', reason: 'Met from the notional SEN budget.' });
    await h.funding.submitRequest(rep, requestBody(school.id, { amountPence: 700 }) as never);
    const after = await h.funding.budget(rep, community.id, '2026-27');
    expect(after.committedPence - before.committedPence).toBe(123556);
    expect(before.remainingPence - after.remainingPence).toBe(123556);
    expect(after.bySchool.find((s) => s.schoolId === school.id)).toMatchObject({ approvedPence: 123556 });
    const onMeeting = after.byMeeting.find((m) => m.meetingId === meeting);
    expect(onMeeting?.approvedPence).toBe(123556);
    expect(onMeeting).toMatchObject({ requestCount: 5, approvedCount: 3, waitingCount: 1 });
    const ledger = await h.db
      .selectFrom('ledger_entries')
      .innerJoin('budgets', 'budgets.id', 'ledger_entries.budget_id')
      .select((eb) => eb.fn.sum<string | number>('ledger_entries.amount_pence').as('total'))
      .where('budgets.community_id', '=', community.id)
      .where('budgets.academic_year_id', '=', '2026-27')
      .executeTakeFirstOrThrow();
    expect(Number(ledger.total)).toBe(after.committedPence);
  });
});
