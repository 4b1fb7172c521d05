import { signInAs, type TestApi } from '../../../../test/support/api-client';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

/*
 * Budget pages and pages of requests are kept in memory by every instance (migration 0023's version). Whatever is
 * kept, a change is what the very next read shows: a budget set or a request submitted or withdrawn through the API,
 * on this instance or another, a school, community or area renamed by hand-written SQL, and a role taken away.
 */

const { community, school, representative, officer, chair } = fundingCast;
const page = `/api/communities/${community.id}/budget`;

describe.each(databaseEngines())('kept budget pages and lists of requests after a change (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let rep: TestApi;
  let kcc: TestApi;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    service = await startTestService({}, { database: database.target });
    rep = await signInAs(service.baseUrl, representative.email);
    kcc = await signInAs(service.baseUrl, officer.email);
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  const budgetAs = async (api: TestApi) => {
    const answer = await api.call('GET', page);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const raiseBy = async (api: TestApi, pence: number) => {
    const before = await budgetAs(api);
    const set = await api.call('PUT', `${page}?year=${before.academicYear}`, {
      allocationPence: before.allocationPence + pence,
      protections: before.protections,
    });
    expect(set.status).toBe(200);
    return before.allocationPence + pence;
  };

  it('shows a budget an officer sets on the representative’s very next read', async () => {
    await budgetAs(rep);
    await budgetAs(rep);
    const raised = await raiseBy(kcc, 100);
    expect((await budgetAs(rep)).allocationPence).toBe(raised);
  });

  it('shows a school and a community renamed by hand-written SQL on the very next read', async () => {
    await budgetAs(rep);
    await service.db.updateTable('schools').set({ name: 'Renamed Primary' }).where('id', '=', school.id).execute();
    await service.db
      .updateTable('communities')
      .set({ name: 'Renamed Community' })
      .where('id', '=', community.id)
      .execute();
    const after = await budgetAs(rep);
    expect(after.communityName).toBe('Renamed Community');
    expect(JSON.stringify(after.bySchool)).toContain('Renamed Primary');
  });

  it('shows a budget set and an area renamed by hand-written SQL on the county page’s very next read', async () => {
    const countyLine = async () => {
      const answer = await kcc.call('GET', '/api/budgets');
      expect(answer.status).toBe(200);
      const lines = answer.body.communities as { communityId: string; allocationPence: number; areaName: string }[];
      return lines.find((line) => line.communityId === community.id);
    };
    await countyLine();
    const raised = await raiseBy(kcc, 300);
    expect((await countyLine())?.allocationPence).toBe(raised);
    const { area_id: areaId } = await service.db
      .selectFrom('communities as c')
      .innerJoin('districts as d', 'd.id', 'c.district_id')
      .select('d.area_id')
      .where('c.id', '=', community.id)
      .executeTakeFirstOrThrow();
    await service.db.updateTable('areas').set({ name: 'Renamed Area' }).where('id', '=', areaId).execute();
    expect((await countyLine())?.areaName).toBe('Renamed Area');
    expect((await rep.call('GET', '/api/budgets')).status).toBe(403);
  });

  it('still refuses the page to someone outside the community, however often it was read', async () => {
    await budgetAs(rep);
    const outsider = await signInAs(service.baseUrl, fundingCast.otherRepresentative.email);
    expect((await outsider.call('GET', page)).status).toBe(403);
  });

  const listAs = async (api: TestApi, query = '') => {
    const answer = await api.call('GET', `/api/funding-requests?limit=50${query}`);
    expect(answer.status).toBe(200);
    return answer.body.items as { id: string; status: string }[];
  };

  it('lists a request on the very next read after it is submitted, and shows it withdrawn at once', async () => {
    const theChair = await signInAs(service.baseUrl, chair.email);
    const before = { rep: await listAs(rep), chair: await listAs(theChair) };
    await listAs(rep);
    const submitted = await rep.call('POST', '/api/funding-requests', requestBody(school.id));
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    expect((await listAs(rep)).map((r) => r.id)).toEqual([id, ...before.rep.map((r) => r.id)]);
    expect((await listAs(theChair)).map((r) => r.id)).toContain(id);
    expect((await rep.call('POST', `/api/funding-requests/${id}/withdraw`)).status).toBe(200);
    expect((await listAs(rep)).find((r) => r.id === id)?.status).toBe('withdrawn');
  });

  it('serves each reader the page of their own roles: a role taken away empties the list at once', async () => {
    expect((await listAs(rep)).length).toBeGreaterThan(0);
    const outsider = await signInAs(service.baseUrl, fundingCast.otherRepresentative.email);
    const theirs = await listAs(outsider);
    expect(theirs.map((r) => r.id)).not.toEqual(expect.arrayContaining((await listAs(rep)).map((r) => r.id)));
    const person = await service.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', representative.email)
      .executeTakeFirstOrThrow();
    await service.db
      .deleteFrom('roles')
      .where('person_id', '=', person.id)
      .where('role', '=', 'representative')
      .execute();
    const after = await rep.call('GET', '/api/funding-requests?limit=50');
    expect(after.status === 403 || (after.status === 200 && after.body.items.length === 0)).toBe(true);
  });

  if (engine === 'postgres') {
    it('shows a budget set on another instance sharing the database on the very next read', async () => {
      const second = await startTestService({}, { database: database.target });
      try {
        const theChair = await signInAs(service.baseUrl, chair.email);
        await budgetAs(theChair);
        const raised = await raiseBy(await signInAs(second.baseUrl, officer.email), 250);
        expect((await budgetAs(theChair)).allocationPence).toBe(raised);
      } finally {
        await second.stop();
      }
    });
  }
});
