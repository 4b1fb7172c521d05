import { signInAs } from '../../../../test/support/api-client';
import { fundingCast } from '../../../../test/support/funding-cast';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

const { community, otherCommunity, representative, officer } = fundingCast;
const YEAR = '2025-26';
const budgetPath = (communityId: string) => `/api/communities/${communityId}/budget?year=${YEAR}`;

describe('the tab bootstrap API (GET /api/bootstrap)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('answers who is signed in and the budget the Budget page opens on, as /api/me and the budget route do', async () => {
    const api = await signInAs(service.baseUrl, representative.email);
    const { status, body } = await api.call('GET', `/api/bootstrap?page=budget&year=${YEAR}`);
    expect(status).toBe(200);
    expect(body.me).toEqual((await api.call('GET', '/api/me')).body);
    expect(body.reads).toEqual({ [budgetPath(community.id)]: (await api.call('GET', budgetPath(community.id))).body });
  });

  it("reads the community the address names, as the page's picker chooses it: an officer's any, a representative's only their own", async () => {
    const officerApi = await signInAs(service.baseUrl, officer.email);
    const named = await officerApi.call(
      'GET',
      `/api/bootstrap?page=budget&year=${YEAR}&community=${otherCommunity.id}`,
    );
    expect(Object.keys(named.body.reads)).toEqual([budgetPath(otherCommunity.id)]);
    const repApi = await signInAs(service.baseUrl, representative.email);
    const notTheirs = await repApi.call(
      'GET',
      `/api/bootstrap?page=budget&year=${YEAR}&community=${otherCommunity.id}`,
    );
    expect(Object.keys(notTheirs.body.reads)).toEqual([budgetPath(community.id)]);
    const junk = await officerApi.call('GET', `/api/bootstrap?page=budget&year=${YEAR}&community=%27%20OR%201%3D1`);
    expect(junk.status).toBe(200);
    expect(junk.body.reads).toEqual({});
  });

  it("answers the Requests page's first page of requests as the list route does", async () => {
    const api = await signInAs(service.baseUrl, representative.email);
    const { body } = await api.call('GET', `/api/bootstrap?page=requests&year=${YEAR}`);
    expect(body.reads).toEqual({ '/api/funding-requests': (await api.call('GET', '/api/funding-requests')).body });
  });

  it('leaves a read the page must make itself to the page: no budget yet, an officer with no community named, another page', async () => {
    const repApi = await signInAs(service.baseUrl, representative.email);
    expect((await repApi.call('GET', '/api/bootstrap?page=budget&year=2031-32')).body.reads).toEqual({});
    const officerApi = await signInAs(service.baseUrl, officer.email);
    expect((await officerApi.call('GET', `/api/bootstrap?page=budget&year=${YEAR}`)).body.reads).toEqual({});
    const faq = await repApi.call('GET', `/api/bootstrap?page=faq&year=${YEAR}`);
    expect(faq.body).toEqual({ me: expect.objectContaining({ email: representative.email }), reads: {} });
    expect((await repApi.call('GET', '/api/bootstrap?page=toString')).body.reads).toEqual({});
  });
});
