import { parse } from 'csv-parse/sync';
import { signInAs, type TestApi } from '../../../../test/support/api-client';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { fundingApiAs } from '../../../../test/support/funding-api-client';
import { fundingCast } from '../../../../test/support/funding-cast';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

const { community, otherCommunity, officer, chair } = fundingCast;

interface Line {
  communityId: string;
  communityName: string;
  areaName: string;
  districtName: string;
  allocationPence: number | null;
  potPence: number | null;
  committedPence: number;
  remainingPence: number | null;
  committedShare: number | null;
}

describe.each(databaseEngines())("the county's community budgets through the API (%s)", (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let officerApi: TestApi;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    service = await startTestService({}, { database: database.target });
    officerApi = await signInAs(service.baseUrl, officer.email);
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it('lists all 53 communities with figures that match each community budget to the penny, and totals that add up', async () => {
    const { status, body } = await officerApi.call('GET', '/api/budgets?year=2025-26');
    expect(status).toBe(200);
    const lines = body.communities as Line[];
    expect(lines).toHaveLength(53);
    expect(new Set(lines.map((l) => l.communityId)).size).toBe(53);
    expect(body.withoutBudget).toBe(0);
    for (const line of lines) {
      const one = await officerApi.call('GET', `/api/communities/${line.communityId}/budget?year=2025-26`);
      expect(line).toMatchObject({
        communityName: one.body.communityName,
        allocationPence: one.body.allocationPence,
        potPence: one.body.potPence,
        committedPence: one.body.committedPence,
        remainingPence: one.body.remainingPence,
      });
      expect(line.areaName).toMatch(/Kent/);
      expect(line.committedShare).toBeCloseTo(one.body.committedPence / one.body.potPence, 10);
    }
    const sum = (pick: (l: Line) => number | null) => lines.reduce((t, l) => t + (pick(l) ?? 0), 0);
    expect(body.totals).toEqual({
      allocationPence: sum((l) => l.allocationPence),
      potPence: sum((l) => l.potPence),
      committedPence: sum((l) => l.committedPence),
      remainingPence: sum((l) => l.remainingPence),
    });
    expect(body.totals.potPence).toBe(body.totals.committedPence + body.totals.remainingPence);
  });

  it('shows a budget an officer has just set, and counts communities of a year without budgets', async () => {
    const set = await officerApi.call('PUT', `/api/communities/${otherCommunity.id}/budget?year=2026-27`, {
      allocationPence: 12345678,
      protections: [{ label: 'Outreach', amountPence: 45678 }],
    });
    expect(set.status).toBe(200);
    const { body } = await officerApi.call('GET', '/api/budgets?year=2026-27');
    const line = (body.communities as Line[]).find((l) => l.communityId === otherCommunity.id);
    expect(line).toMatchObject({ allocationPence: 12345678, potPence: 12300000, remainingPence: 12300000 });

    const empty = await officerApi.call('GET', '/api/budgets?year=2031-32');
    expect(empty.body.withoutBudget).toBe(53);
    expect(empty.body.communities[0]).toMatchObject({ allocationPence: null, potPence: null, committedShare: null });
    expect(empty.body.totals).toEqual({ allocationPence: 0, potPence: 0, committedPence: 0, remainingPence: 0 });
  });

  it('exports the same figures as CSV whose first columns the budget import reads back', async () => {
    const { body } = await officerApi.call('GET', '/api/budgets?year=2025-26');
    const answer = await officerApi.call('GET', '/api/budgets.csv?year=2025-26');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toContain('community-budgets-2025-26.csv');
    const rows = parse(answer.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(53);
    for (const [index, line] of (body.communities as Line[]).entries()) {
      expect(rows[index]).toMatchObject({
        community_id: line.communityId,
        academic_year: '2025-26',
        community: line.communityName,
        allocation_gbp: ((line.allocationPence ?? 0) / 100).toFixed(2),
        remaining_gbp: ((line.remainingPence ?? 0) / 100).toFixed(2),
      });
    }
    const reimport = await officerApi.call('POST', '/api/budgets/import', {
      csv: answer.text.split('\n').slice(0, 3).join('\n'),
    });
    expect(reimport.status).toBe(200);
    expect(reimport.body).toMatchObject({ updated: 2 });
  });

  it('refuses a badly written year, and anyone but an officer', async () => {
    const bad = await officerApi.call('GET', '/api/budgets?year=2025');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ year: expect.stringContaining('like 2026-27') });
    const chairApi = await signInAs(service.baseUrl, chair.email);
    expect((await chairApi.call('GET', '/api/budgets')).status).toBe(403);
  });

  it('imports budgets from a CSV body and reports bad rows as a problem', async () => {
    const officerFunding = await fundingApiAs(service.baseUrl, officer.email);
    const csv = `community_id,academic_year,allocation_gbp\n${community.id},2026-27,nonsense\n`;
    const refused = await officerFunding.call('POST', '/api/budgets/import', csv, { 'content-type': 'text/csv' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({
      'rows[2].allocation_gbp': 'Row 2: give the allocation in pounds, e.g. 650000.00.',
    });
    const ok = await officerFunding.call(
      'POST',
      '/api/budgets/import',
      `community_id,academic_year,allocation_gbp\n${fundingCast.otherCommunity.id},2026-27,700000.01\n`,
      { 'content-type': 'text/csv' },
    );
    expect(ok.body).toEqual({ imported: 1, created: 0, updated: 1 });
    const budget = await officerFunding.call(
      'GET',
      `/api/communities/${fundingCast.otherCommunity.id}/budget?year=2026-27`,
    );
    expect(budget.body.allocationPence).toBe(70000001);
  });
});
