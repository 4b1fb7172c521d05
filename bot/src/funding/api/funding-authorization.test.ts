import type { ApiAnswer } from '../../../../test/support/api-client';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { everyRequest, type FundingApi, fundingApiAs } from '../../../../test/support/funding-api-client';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

const { community, school, otherCommunity, neighbourSchool, neighbourRepresentative } = fundingCast;
const ROLES = ['repOwn', 'repOther', 'chairOwn', 'chairOther', 'officer', 'practitioner', 'anonymous'] as const;
type Role = (typeof ROLES)[number];

/** Everyone is refused (403) except the roles named; the anonymous caller is always asked to sign in (401). */
const only = (allowed: Partial<Record<Role, number>>): Record<Role, number> =>
  Object.fromEntries(ROLES.map((r) => [r, allowed[r] ?? (r === 'anonymous' ? 401 : 403)])) as Record<Role, number>;

interface Context {
  /** A new undecided request of the own school. */
  fresh(): Promise<string>;
  /** A new request of the own school, approved by its chair. */
  approved(): Promise<string>;
}

const routes: [string, (api: FundingApi, ctx: Context) => Promise<ApiAnswer>, Record<Role, number>][] = [
  [
    'POST /api/funding-requests',
    (api) => api.call('POST', '/api/funding-requests', requestBody(school.id)),
    only({ repOwn: 201 }),
  ],
  [
    'GET /api/funding-requests?communityId=',
    (api) => api.call('GET', `/api/funding-requests?communityId=${community.id}`),
    only({ repOwn: 200, chairOwn: 200, officer: 200, practitioner: 200 }),
  ],
  [
    'GET /api/funding-requests/{id}',
    async (api, ctx) => api.call('GET', `/api/funding-requests/${await ctx.fresh()}`),
    only({ repOwn: 200, chairOwn: 200, officer: 200 }),
  ],
  [
    'POST /api/funding-requests/{id}/decision',
    async (api, ctx) =>
      api.call('POST', `/api/funding-requests/${await ctx.fresh()}/decision`, { outcome: 'declined', reason: 'r' }),
    only({ chairOwn: 200 }),
  ],
  [
    'POST /api/funding-requests/{id}/withdraw',
    async (api, ctx) => api.call('POST', `/api/funding-requests/${await ctx.fresh()}/withdraw`),
    only({ repOwn: 200 }),
  ],
  [
    'POST /api/funding-requests/{id}/revoke',
    async (api, ctx) =>
      api.call('POST', `/api/funding-requests/${await ctx.approved()}/revoke`, { reason: 'The pupil moved school.' }),
    only({ chairOwn: 200 }),
  ],
  [
    'GET /api/communities/{id}/budget',
    (api) => api.call('GET', `/api/communities/${community.id}/budget?year=2025-26`),
    only({ repOwn: 200, chairOwn: 200, officer: 200, practitioner: 200 }),
  ],
  [
    'PUT /api/communities/{id}/budget',
    (api) =>
      api.call('PUT', `/api/communities/${community.id}/budget?year=2026-27`, {
        allocationPence: 90000000,
        protections: [],
      }),
    only({ officer: 200 }),
  ],
  [
    'POST /api/budgets/import',
    (api) =>
      api.call(
        'POST',
        '/api/budgets/import',
        `community_id,academic_year,allocation_gbp\n${otherCommunity.id},2026-27,1000\n`,
        {
          'content-type': 'text/csv',
        },
      ),
    only({ officer: 200 }),
  ],
  [
    'GET /api/communities/{id}/agenda',
    (api) => api.call('GET', `/api/communities/${community.id}/agenda`),
    only({ chairOwn: 200, officer: 200 }),
  ],
  [
    'GET /api/communities/{id}/representatives',
    (api) => api.call('GET', `/api/communities/${community.id}/representatives`),
    only({ chairOwn: 200, officer: 200 }),
  ],
  [
    'POST /api/schools/{id}/representative (registering oneself)',
    (api) =>
      api.call('POST', `/api/schools/${school.id}/representative`, {
        confirmDelegatedAuthority: true,
        headteacherName: 'Ms Head',
      }),
    // Only the school's own staff may register themselves (the chair here is its headteacher); replacing the current
    // representative must be confirmed first (409). A representative or chair of another school is refused (403).
    only({ repOwn: 200, chairOwn: 409 }),
  ],
  [
    'POST /api/schools/{id}/representative (registering someone else)',
    (api) =>
      api.call('POST', `/api/schools/${neighbourSchool.id}/representative`, {
        confirmDelegatedAuthority: true,
        headteacherName: 'Ms Head',
        personId: neighbourRepresentative.id,
      }),
    only({ chairOwn: 200, officer: 200 }),
  ],
];

describe.each(databaseEngines())('who may use each funding route (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let apis: Record<Role, FundingApi>;
  let ctx: Context;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    service = await startTestService({}, { database: database.target });
    const emails: Record<Role, string | undefined> = {
      repOwn: fundingCast.representative.email,
      repOther: fundingCast.otherRepresentative.email,
      chairOwn: fundingCast.chair.email,
      chairOther: fundingCast.otherChair.email,
      officer: fundingCast.officer.email,
      practitioner: fundingCast.practitioner.email,
      anonymous: undefined,
    };
    apis = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r, await fundingApiAs(service.baseUrl, emails[r])])),
    ) as Record<Role, FundingApi>;
    ctx = {
      fresh: async () => (await apis.repOwn.call('POST', '/api/funding-requests', requestBody(school.id))).body.id,
      approved: async () => {
        const id = await ctx.fresh();
        await apis.chairOwn.call('POST', `/api/funding-requests/${id}/decision`, { outcome: 'approved' });
        return id;
      },
    };
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it.each(routes)('%s answers each role as expected', async (_name, call, expected) => {
    const actual: Partial<Record<Role, number>> = {};
    for (const role of ROLES) actual[role] = (await call(apis[role], ctx)).status;
    expect(actual).toEqual(expected);
  });

  it("shows each role only the requests they may see: a representative their school's, a practitioner none", async () => {
    const id = await ctx.fresh();
    const neighbours = await fundingApiAs(service.baseUrl, neighbourRepresentative.email);
    const { body: other } = await neighbours.call('POST', '/api/funding-requests', requestBody(neighbourSchool.id));
    const seen = async (role: Role) => (await everyRequest(apis[role])).map((r) => r.id);
    expect(await seen('repOwn')).toContain(id);
    expect(await seen('repOwn')).not.toContain(other.id);
    expect(await seen('chairOwn')).toEqual(expect.arrayContaining([id, other.id]));
    expect(await seen('chairOther')).not.toContain(id);
    expect(await seen('repOther')).not.toContain(id);
    expect(await seen('practitioner')).toEqual([]);
    expect(await seen('officer')).toEqual(expect.arrayContaining([id, other.id]));
  });
});
