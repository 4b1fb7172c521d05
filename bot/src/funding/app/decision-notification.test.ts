import { postActivity, teamsActivity } from '../../../../test/support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { type FundingApi, fundingApiAs } from '../../../../test/support/funding-api-client';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

const { school, representative, chair } = fundingCast;

describe('the representative is told of a decision in Teams', () => {
  let service: TestService;
  let connector: CaptureConnector;
  let rep: FundingApi;
  let chairApi: FundingApi;

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    rep = await fundingApiAs(service.baseUrl, representative.email);
    chairApi = await fundingApiAs(service.baseUrl, chair.email);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it('delivers the approval once to their 1:1 chat with the bot, naming no pupil', async () => {
    const install = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: representative.aadObjectId },
      { type: 'conversationUpdate', membersAdded: [{ id: '28:communities-bot' }] },
      'a:rep-1to1',
    );
    await postActivity(service.baseUrl, install);
    const submitted = await rep.call('POST', '/api/funding-requests', requestBody(school.id));
    expect(submitted.status).toBe(201);
    const decided = await chairApi.call('POST', `/api/funding-requests/${submitted.body.id}/decision`, {
      outcome: 'approved',
      amountPence: 150000,
      reason: "The rest comes from the school's notional SEN budget.",
    });
    expect(decided.status).toBe(200);

    const isDecision = () =>
      connector.sent.filter(
        (s) =>
          s.conversationId === 'a:rep-1to1' &&
          cardText(s.activity.attachments?.[0]?.content).includes('Request approved'),
      );
    for (let i = 0; i < 100 && isDecision().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1500)); // Another delivery round must not send it again.
    expect(isDecision()).toHaveLength(1);
    const text = cardText(isDecision()[0]?.activity.attachments?.[0]?.content);
    expect(text).toContain('£1,500.00');
    expect(text).toContain('Y4-017');
  });
});
