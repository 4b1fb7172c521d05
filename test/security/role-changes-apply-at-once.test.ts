import { signInAs, type TestApi } from '../support/api-client';
import { postActivity, teamsActivity } from '../support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';
import { cardText } from '../support/card-text';
import { createThrowawayDatabase, databaseEngines, type ThrowawayDatabase } from '../support/database-targets';
import { fundingCast, requestBody } from '../support/funding-cast';
import { startTestService, type TestService } from '../support/start-test-service';

/*
 * People and their roles are cached by every instance (bot turns and API sign-in). Whatever the cache holds, a role
 * changed through the app is what the very next request and the very next bot turn see: the replaced representative
 * is refused at once, and the new one may act at once, even though both were signed in (and cached) before.
 */

const { school, representative, otherRepresentative: newcomer, officer } = fundingCast;

describe.each(databaseEngines())('a role change through the API (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let connector: CaptureConnector;
  let rep: TestApi;
  let next: TestApi;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    [service, connector] = await Promise.all([
      startTestService({}, { database: database.target }),
      startCaptureConnector(),
    ]);
    rep = await signInAs(service.baseUrl, representative.email);
    next = await signInAs(service.baseUrl, newcomer.email);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
    await database?.drop();
  });

  const rolesAt = async (api: TestApi) =>
    ((await api.call('GET', '/api/me')).body.roles as { role: string; schoolId?: string }[])
      .filter((r) => r.schoolId === school.id)
      .map((r) => r.role);
  const submit = async (api: TestApi) =>
    (await api.call('POST', '/api/funding-requests', requestBody(school.id))).status;
  const helpCardFor = async (aadObjectId: string) => {
    connector.sent.length = 0;
    await postActivity(
      service.baseUrl,
      teamsActivity(connector.serviceUrl, { aadObjectId }, { type: 'message', text: 'help' }, `a:${aadObjectId}`),
    );
    return cardText(connector.sent[0]?.activity.attachments?.[0]?.content);
  };

  it('refuses the replaced representative and lets the new one act on the very next request and turn', async () => {
    expect(await rolesAt(rep)).toEqual(['representative']);
    expect(await submit(rep)).toBe(201);
    expect(await helpCardFor(representative.aadObjectId)).toContain(`School representative, ${school.name}`);
    expect(await submit(next)).toBe(403);
    expect(await helpCardFor(newcomer.aadObjectId)).not.toContain(`School representative, ${school.name}`);

    const officerApi = await signInAs(service.baseUrl, officer.email);
    const registered = await officerApi.call('POST', `/api/schools/${school.id}/representative`, {
      confirmDelegatedAuthority: true,
      headteacherName: 'Ms R. Headteacher',
      personId: newcomer.id,
      replaceExisting: true,
    });
    expect(registered.status).toBe(200);

    expect(await rolesAt(rep)).toEqual([]);
    expect(await submit(rep)).toBe(403);
    expect(await helpCardFor(representative.aadObjectId)).not.toContain(`School representative, ${school.name}`);
    expect(await rolesAt(next)).toEqual(['representative']);
    expect(await submit(next)).toBe(201);
    expect(await helpCardFor(newcomer.aadObjectId)).toContain(`School representative, ${school.name}`);
  });
});
