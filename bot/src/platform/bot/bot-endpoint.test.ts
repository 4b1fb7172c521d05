import { postActivity, teamsActivity } from '../../../../test/support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { actionTitles, cardText } from '../../../../test/support/card-text';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { DEMO_TENANT_ID } from '../../directory/demo/demo-directory';

describe('the bot endpoint /api/messages (Bot Framework activities over HTTP)', () => {
  let service: TestService;
  let connector: CaptureConnector;
  const chair = demoPersonWith('chair', true);
  const representative = demoPersonWith('representative');
  const officer = demoPersonWith('officer');

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });
  beforeEach(() => {
    connector.sent.length = 0;
  });

  const cardsSent = () =>
    connector.sent
      .flatMap((s) => s.activity.attachments ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');

  it('welcomes a chair who installs the app with a card naming both their communities and chair actions', async () => {
    const install = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: chair.aadObjectId },
      {
        type: 'conversationUpdate',
        membersAdded: [{ id: `29:${chair.aadObjectId}` }, { id: '28:communities-bot' }],
      },
    );
    expect((await postActivity(service.baseUrl, install)).status).toBe(200);
    const [card] = cardsSent();
    expect(cardsSent()).toHaveLength(1);
    expect(card?.content.version).toBe('1.5');
    expect(cardText(card?.content)).toContain(`Hello, ${chair.displayName}`);
    expect(cardText(card?.content)).toMatch(/Community chair, .*Community of Schools[\s\S]*Community chair, /);
    expect(actionTitles(card?.content as never)).toEqual(expect.arrayContaining(['Plan meetings', 'Next agenda']));
  });

  it('does not welcome twice when Teams also sends installationUpdate for the same install', async () => {
    const update = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: chair.aadObjectId },
      {
        type: 'installationUpdate',
        action: 'add',
      },
    );
    expect((await postActivity(service.baseUrl, update)).status).toBe(200);
    expect(cardsSent()).toHaveLength(0);
  });

  it('answers help from a representative with the representative actions', async () => {
    const help = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: representative.aadObjectId },
      { type: 'message', text: 'help' },
    );
    await postActivity(service.baseUrl, help);
    const [card] = cardsSent();
    expect(cardText(card?.content)).toContain(representative.displayName);
    expect(actionTitles(card?.content as never)).toEqual([
      'Request funding',
      'My requests',
      'Next meeting',
      'Community budget',
      'Ask KCC a question',
    ]);
  });

  it('understands "help" addressed with an @mention in a channel', async () => {
    const mention = '<at>Communities of Schools</at>';
    const help = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: officer.aadObjectId },
      {
        type: 'message',
        text: `${mention} Help`,
        entities: [
          { type: 'mention', text: mention, mentioned: { id: '28:communities-bot', name: 'Communities of Schools' } },
        ],
        conversation: { id: '19:channel@thread.tacv2', conversationType: 'channel', tenantId: DEMO_TENANT_ID },
      },
    );
    await postActivity(service.baseUrl, help);
    expect(actionTitles(cardsSent()[0]?.content as never)).toEqual([
      'Open questions',
      'Plan KiT meetings',
      'Community budgets',
    ]);
    expect(cardText(cardsSent()[0]?.content)).toContain('`set question channel all`');
    expect(
      connector.sent.some((s) => typeof s.activity.text === 'string' && s.activity.text.includes("don't know")),
    ).toBe(false);
  });

  it('tells someone it does not know how to get access', async () => {
    const stranger = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: 'not-in-the-directory', name: 'Pat Stranger' },
      {
        type: 'message',
        text: 'hello',
      },
    );
    await postActivity(service.baseUrl, stranger);
    const text = cardText(cardsSent()[0]?.content);
    expect(text).toContain('We could not find Pat Stranger');
    expect(text).toContain('localitymodel@kent.gov.uk');
  });

  it("does not take an account carrying an officer's email for the officer: their Entra object id is on file", async () => {
    connector.roster.set('29:roster-user', { id: '29:roster-user', email: officer.email.toUpperCase() });
    const message = teamsActivity(
      connector.serviceUrl,
      { id: '29:roster-user', aadObjectId: '7f7f7f7f-0000-4000-8000-00000000beef', name: 'Renamed Guest' },
      { type: 'message', text: 'help' },
    );
    await postActivity(service.baseUrl, message);
    const text = cardText(cardsSent()[0]?.content);
    expect(text).not.toContain(officer.displayName);
    expect(text).toContain('We could not find Renamed Guest');
  });

  it('does not take a known object id from another tenant for the person', async () => {
    const message = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: officer.aadObjectId, name: 'Other Tenant' },
      {
        type: 'message',
        text: 'help',
        conversation: { id: 'a:other', conversationType: 'personal', tenantId: 'another-tenant' },
      },
    );
    await postActivity(service.baseUrl, message);
    expect(cardText(cardsSent()[0]?.content)).not.toContain(officer.displayName);
  });

  it('says so when a typed command is unknown, then shows what it can do', async () => {
    const message = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: representative.aadObjectId },
      {
        type: 'message',
        text: 'make me a sandwich',
      },
    );
    await postActivity(service.baseUrl, message);
    expect(connector.sent[0]?.activity.text).toBe('I don\'t know "make me a sandwich" yet. Here is what I can do:');
    expect(cardsSent()).toHaveLength(1);
  });

  it('answers the help card action (Action.Execute) with the card for the person who pressed it', async () => {
    const invoke = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: chair.aadObjectId },
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'help', data: {} }, trigger: 'manual' },
      },
    );
    const { status, body } = await postActivity(service.baseUrl, invoke);
    expect(status).toBe(200);
    expect(body?.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body?.value)).toContain(`Hello, ${chair.displayName}`);
  });

  it('refuses an unknown card verb with a Universal Action error', async () => {
    const invoke = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: representative.aadObjectId },
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'launchRockets', data: {} }, trigger: 'manual' },
      },
    );
    const { status, body } = await postActivity(service.baseUrl, invoke);
    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: 'This card action ("launchRockets") is not one the bot knows.' },
    });
  });

  it('welcomes a team without naming the person who added the app', async () => {
    const install = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: chair.aadObjectId },
      {
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:communities-bot' }],
        conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', tenantId: DEMO_TENANT_ID },
      },
    );
    await postActivity(service.baseUrl, install);
    const text = cardText(cardsSent()[0]?.content);
    expect(text).toContain('Communities of Schools is here');
    expect(text).not.toContain(chair.displayName);
  });
});
