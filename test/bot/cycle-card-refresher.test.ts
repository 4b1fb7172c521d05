import { TurnContext } from 'botbuilder';
import { adaptiveCard, text } from '../../bot/src/cards/adaptive-card';
import { createLogger } from '../../bot/src/logging/logger';
import { createCloudAdapter } from '../../bot/src/teams/create-cloud-adapter';
import { CycleCardRefresher } from '../../bot/src/teams/cycle-card-refresher';
import { teamsActivity } from '../support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';

describe('updating a planning card in place when its cycle finishes', () => {
  let connector: CaptureConnector;

  beforeAll(async () => {
    connector = await startCaptureConnector();
  });
  afterAll(async () => {
    await connector?.close();
  });

  it('replaces the watched card through the connector, once', async () => {
    const logger = createLogger('silent');
    const adapter = createCloudAdapter(undefined, logger);
    const refresher = new CycleCardRefresher(adapter, '', logger);
    const invoke = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: 'chair' },
      { type: 'invoke', replyToId: 'card-42' },
      'a:chair',
    );
    refresher.watch('cycle-1', new TurnContext(adapter, invoke as never));
    const finished = adaptiveCard([text('7 of 7 meetings are in calendars.')]);
    const cycle = {
      id: 'cycle-1',
      kind: 'community',
      communityId: 'c',
      areaId: null,
      academicYearId: '2026-27',
      createdBy: 'p',
      meetings: [],
    } as const;
    await refresher.cycleFinished({ ...cycle, meetings: [] }, async () => finished);
    await refresher.cycleFinished({ ...cycle, meetings: [] }, async () => finished);
    expect(connector.updated).toHaveLength(1);
    expect(connector.updated[0]).toMatchObject({ conversationId: 'a:chair', replyToId: 'card-42' });
    expect(connector.updated[0]?.activity.attachments?.[0]?.content).toEqual(finished);
  });
});
