import { postActivity, teamsActivity } from '../support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';
import { cardText } from '../support/card-text';
import { demoPersonWith } from '../support/demo-people';
import { startTestService, type TestService } from '../support/start-test-service';
import { readText } from './support/ship-files';

const manifest = JSON.parse(readText('appPackage/manifest.json').replace(/\$\{\{[A-Z_]+\}\}/g, 'x'));
const commandsByScope: [string, string][] = manifest.bots[0].commandLists.flatMap(
  (list: { scopes: string[]; commands: { title: string }[] }) =>
    list.scopes.flatMap((scope) => list.commands.map((c): [string, string] => [scope, c.title])),
);
const conversationTypes: Record<string, string> = { personal: 'personal', team: 'channel', groupChat: 'groupChat' };

describe('every command the manifest offers in Teams gets a real answer from the bot', () => {
  const representative = demoPersonWith('representative');
  let service: TestService;
  let connector: CaptureConnector;

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it.each(commandsByScope)('in %s, "%s"', async (scope, title) => {
    connector.sent.length = 0;
    const conversationType = conversationTypes[scope] ?? 'personal';
    const message = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: representative.aadObjectId, name: representative.displayName },
      {
        type: 'message',
        text: title,
        conversation: { id: `conv-${scope}`, conversationType, tenantId: undefined },
      },
    );
    await postActivity(service.baseUrl, message);
    const texts = connector.sent.map((s) => String(s.activity.text ?? ''));
    const cards = connector.sent.flatMap((s) => s.activity.attachments ?? []).map((a) => cardText(a.content));
    expect(texts.some((t) => t.startsWith("I don't know"))).toBe(false);
    expect([...texts, ...cards].join(' ').trim()).not.toBe('');
  });

  it('answers "request funding" with the request form in the personal chat', async () => {
    connector.sent.length = 0;
    await postActivity(
      service.baseUrl,
      teamsActivity(
        connector.serviceUrl,
        { aadObjectId: representative.aadObjectId },
        { type: 'message', text: 'Request funding' },
      ),
    );
    const card = cardText(connector.sent[0]?.activity.attachments?.[0]?.content);
    expect(card).toContain('Request funding');
    expect(card).toContain('Never name a pupil');
  });
});
