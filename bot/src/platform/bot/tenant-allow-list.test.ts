import { type Activity, TestAdapter } from 'botbuilder';
import { createLogger } from '../logging/logger';
import { tenantAllowList } from './tenant-allow-list';

const logger = createLogger('silent');

function adapterAllowing(allowed: string[], reached: string[]): TestAdapter {
  return new TestAdapter(async (context) => {
    reached.push(context.activity.text ?? context.activity.name ?? '');
    await context.sendActivity('hello');
  }).use(tenantAllowList(allowed, logger));
}

const from = (tenantId: string | undefined, extra: Partial<Activity> = {}): Partial<Activity> => ({
  type: 'message',
  text: `from ${tenantId ?? 'nowhere'}`,
  conversation: { id: 'c1', tenantId, isGroup: false, conversationType: 'personal', name: '' },
  ...extra,
});

describe('the bot accepts activities only from the allowed tenants', () => {
  it('lets an allowed tenant through, by the conversation or by channelData', async () => {
    const reached: string[] = [];
    const adapter = adapterAllowing(['kent'], reached);
    await adapter.send(from('kent')).assertReply('hello').startTest();
    const viaChannelData = { ...from(undefined), text: 'via channelData', channelData: { tenant: { id: 'kent' } } };
    await adapterAllowing(['kent'], reached).send(viaChannelData).assertReply('hello').startTest();
    expect(reached).toEqual(['from kent', 'via channelData']);
  });

  it('drops a message from another tenant, or from none, without answering', async () => {
    const reached: string[] = [];
    const adapter = adapterAllowing(['kent'], reached);
    await adapter.send(from('elsewhere')).send(from(undefined)).startTest();
    expect(reached).toEqual([]);
    expect(adapter.activeQueue).toHaveLength(0);
  });

  it('answers an invoke from another tenant with 403 and a Universal Action error', async () => {
    const reached: string[] = [];
    const adapter = adapterAllowing(['kent'], reached);
    const invoke = from('elsewhere', { type: 'invoke', name: 'adaptiveCard/action', text: undefined });
    await adapter.send(invoke).startTest();
    expect(reached).toEqual([]);
    const reply = adapter.activeQueue.find((a) => a.type === 'invokeResponse');
    expect(reply?.value).toMatchObject({ status: 403, body: { type: 'application/vnd.microsoft.error' } });
  });

  it('allows any tenant when none is configured (local mode)', async () => {
    const reached: string[] = [];
    await adapterAllowing([], reached).send(from('anyone')).assertReply('hello').startTest();
    expect(reached).toEqual(['from anyone']);
  });
});
