import { Client } from 'pg';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { type FundingApi, fundingApiAs } from '../../../../test/support/funding-api-client';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

const { community, school } = fundingCast;
const AMOUNT = 12345;

describe.each(databaseEngines())('many approvals at once against one pot (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let rep: FundingApi;
  let chair: FundingApi;
  let officer: FundingApi;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    service = await startTestService({}, { database: database.target });
    rep = await fundingApiAs(service.baseUrl, fundingCast.representative.email);
    chair = await fundingApiAs(service.baseUrl, fundingCast.chair.email);
    officer = await fundingApiAs(service.baseUrl, fundingCast.officer.email);
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  const budget = async () => (await rep.call('GET', `/api/communities/${community.id}/budget?year=2025-26`)).body;

  it('approves exactly 60 of 100 requests when the pot fits 60, never going below zero, and the ledger reconciles', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const { status, body } = await rep.call(
        'POST',
        '/api/funding-requests',
        requestBody(school.id, { amountPence: AMOUNT }),
      );
      expect(status).toBe(201);
      ids.push(body.id);
    }
    const start = await budget();
    const set = await officer.call('PUT', `/api/communities/${community.id}/budget?year=2025-26`, {
      allocationPence: start.committedPence + 60 * AMOUNT,
      protections: [],
    });
    expect(set.body.remainingPence).toBe(60 * AMOUNT);

    const observed: number[] = [];
    let racing = true;
    const watcher = (async () => {
      while (racing) observed.push((await budget()).remainingPence);
    })();
    const answers = await Promise.all(
      ids.map((id) => chair.call('POST', `/api/funding-requests/${id}/decision`, { outcome: 'approved' })),
    );
    racing = false;
    await watcher;

    expect(answers.filter((a) => a.status === 200)).toHaveLength(60);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(40);
    for (const r of refused) expect(r.body.title).toContain('£0.00 is left');
    expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
    expect(Math.min(...observed)).toBeGreaterThanOrEqual(0);

    const end = await budget();
    expect(end.remainingPence).toBe(0);
    expect(end.committedPence).toBe(start.committedPence + 60 * AMOUNT);
    expect(end.potPence).toBe(end.committedPence + end.remainingPence);
    const approved = (
      await chair.call('GET', `/api/funding-requests?schoolId=${school.id}&status=approved&year=2025-26&limit=100`)
    ).body.items as { id: string; decision: { amountPence: number } }[];
    expect(approved.filter((r) => ids.includes(r.id))).toHaveLength(60);
    expect(end.bySchool.reduce((sum: number, s: { approvedPence: number }) => sum + s.approvedPence, 0)).toBe(
      end.committedPence,
    );
    if (database.target.kind === 'postgres') {
      const client = new Client({ connectionString: database.target.url });
      await client.connect();
      try {
        const { rows } = await client.query(
          `select count(*) filter (where kind = 'commitment' and request_id = any($1))::int as ours,
                  sum(amount_pence)::bigint as total
             from ledger_entries l join budgets b on b.id = l.budget_id
            where b.community_id = $2 and b.academic_year_id = '2025-26'`,
          [ids, community.id],
        );
        expect(rows[0].ours).toBe(60);
        expect(Number(rows[0].total)).toBe(end.committedPence);
      } finally {
        await client.end();
      }
    }
  });
});
