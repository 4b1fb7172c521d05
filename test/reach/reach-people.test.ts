import { DEMO_TENANT_ID } from '../../bot/src/directory/demo/demo-directory';
import { FUNDING_DECISION_KIND } from '../../bot/src/funding/app/funding-notifications';
import { postActivity, teamsActivity } from '../support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';
import { cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { type FundingApi, fundingApiAs } from '../support/funding-api-client';
import { fundingCast, requestBody } from '../support/funding-cast';
import { startGraphDouble } from '../support/graph-double';
import { graphReachDouble } from '../support/graph-reach-double';
import { startTestService, type TestService } from '../support/start-test-service';
import { StubEntraNetwork } from '../support/stub-entra-network';

const { school, representative, chair } = fundingCast;
const MANIFEST_APP_ID = '6f1a2b3c-0000-4000-8000-0000000000a1';
const OTHER_TENANT_ID = '99999999-8888-4777-8666-555555555555';

/** A service with Graph pointed at the double; the app's own tenant is `homeTenantId`. */
async function serviceWithGraph(homeTenantId: string, connector: CaptureConnector) {
  let entra = new StubEntraNetwork();
  const reach = graphReachDouble(MANIFEST_APP_ID);
  const graph = await startGraphDouble({
    acceptToken: (t) => entra.issuedTokens.includes(t),
    extend: (app) => reach.routes(app),
  });
  entra = new StubEntraNetwork(new URL(graph.baseUrl).origin);
  const service = await startTestService(
    {
      GRAPH_TENANT_ID: homeTenantId,
      GRAPH_CLIENT_ID: 'cos-app',
      GRAPH_CLIENT_SECRET: 'secret',
      GRAPH_BASE_URL: graph.baseUrl,
      TEAMS_APP_ID: MANIFEST_APP_ID,
      NOTIFICATIONS_MAILBOX: 'localitymodel@kent.example',
      BOT_SERVICE_URL: connector.serviceUrl,
      PUBLIC_BASE_URL: 'https://cos.kent.example',
    },
    {},
    undefined,
    { entraNetwork: entra },
  );
  return { service, graph, reach };
}

/** A representative with no chat with the bot submits; the chair approves; returns the request's id. */
async function decidedWithoutAChat(service: TestService): Promise<string> {
  const rep: FundingApi = await fundingApiAs(service.baseUrl, representative.email);
  const chairApi: FundingApi = await fundingApiAs(service.baseUrl, chair.email);
  const submitted = await rep.call('POST', '/api/funding-requests', requestBody(school.id));
  expect(submitted.status).toBe(201);
  const decided = await chairApi.call('POST', `/api/funding-requests/${submitted.body.id}/decision`, {
    outcome: 'approved',
    amountPence: 150000,
    reason: "The rest comes from the school's notional SEN budget.",
  });
  expect(decided.status).toBe(200);
  return submitted.body.id;
}

/** The outbox's rows for decision notifications, with the channel that delivered each. */
async function decisionRows(service: TestService) {
  return service.db
    .selectFrom('outbox')
    .select(['status', 'channel', 'person_id', 'conversation_id', 'last_error'])
    .where('kind', '=', FUNDING_DECISION_KIND)
    .execute();
}

describe('a representative who never opened the bot is still told of a decision', () => {
  let connector: CaptureConnector;
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    connector = await startCaptureConnector();
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
    await connector?.close();
  });

  it('in their own tenant: installs the app for them and posts the card in the chat it opens, once', async () => {
    const { service, graph, reach } = await serviceWithGraph(DEMO_TENANT_ID, connector);
    stops.push(service.stop, graph.close);
    // Teams greets the bot in the new chat once the app is installed; the test plays Teams.
    reach.onInstall = async (userId, chatId) => {
      const greeting = teamsActivity(
        connector.serviceUrl,
        { aadObjectId: userId },
        { type: 'conversationUpdate', membersAdded: [{ id: '28:communities-bot' }] },
        chatId,
      );
      await postActivity(service.baseUrl, greeting);
    };
    await decidedWithoutAChat(service);

    const chatId = reach.chatIdOf(representative.aadObjectId);
    const approvals = () =>
      connector.sent.filter(
        (s) => s.conversationId === chatId && cardText(s.activity.attachments?.[0]?.content).includes('approved'),
      );
    await eventually(
      async () => approvals(),
      (found) => found.length > 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500)); // Another delivery round must not send it again.
    expect(approvals()).toHaveLength(1);
    expect(cardText(approvals()[0]?.activity.attachments?.[0]?.content)).toContain('£1,500.00');
    expect(reach.installRequests).toEqual([representative.aadObjectId]);
    expect(reach.mails).toEqual([]);
    expect(await decisionRows(service)).toEqual([
      expect.objectContaining({ status: 'delivered', channel: 'teams-installed', person_id: representative.id }),
    ]);
  });

  it("in another tenant (a school's own): emails them from the Locality Model mailbox, once, naming no pupil", async () => {
    const { service, graph, reach } = await serviceWithGraph(OTHER_TENANT_ID, connector);
    stops.push(service.stop, graph.close);
    await decidedWithoutAChat(service);

    await eventually(
      async () => reach.mails,
      (mails) => mails.length > 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(reach.mails).toHaveLength(1);
    const [mail] = reach.mails;
    expect(mail).toMatchObject({ from: 'localitymodel@kent.example', to: representative.email });
    expect(mail?.subject).toMatch(/approved/i);
    expect(mail?.html).toContain('£1,500.00');
    expect(mail?.html).toContain('<a href="https://cos.kent.example">Open Communities of Schools</a>');
    expect(mail?.html).toContain('<a href="https://cos.kent.example/requests">See your requests</a>');
    expect(reach.installRequests).toEqual([]);
    expect(await decisionRows(service)).toEqual([
      expect.objectContaining({ status: 'delivered', channel: 'email', person_id: representative.id }),
    ]);
  });
});
