import { TurnContext } from 'botbuilder';
import { teamsActivity } from '../../../../test/support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { createCloudAdapter } from '../../platform/bot/create-cloud-adapter';
import { adaptiveCard, text } from '../../platform/cards/adaptive-card';
import { createLogger } from '../../platform/logging/logger';
import type { CycleCardWatches, WatchedCard } from '../app/ports';
import { CycleCardRefresher } from './cycle-card-refresher';

/** Watches kept in a map, standing for the table one instance writes and another reads. */
function watchesInMemory(): CycleCardWatches {
  const cards = new Map<string, WatchedCard[]>();
  return {
    watch: async (cycleId, card) => void cards.set(cycleId, [...(cards.get(cycleId) ?? []), card]),
    unwatch: async (cycleId) => void cards.delete(cycleId),
    take: async (cycleId) => {
      const taken = cards.get(cycleId) ?? [];
      cards.delete(cycleId);
      return taken;
    },
  };
}

describe('updating a planning card in place when its cycle finishes', () => {
  let connector: CaptureConnector;

  beforeAll(async () => {
    connector = await startCaptureConnector();
  });
  afterAll(async () => {
    await connector?.close();
  });

  it('replaces the watched card through the connector, once, from whichever instance finishes the cycle', async () => {
    const logger = createLogger('silent');
    const adapter = createCloudAdapter(undefined, [], logger);
    const watches = watchesInMemory();
    const watching = new CycleCardRefresher(adapter, '', watches, logger);
    const finishing = new CycleCardRefresher(adapter, '', watches, logger);
    const invoke = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: 'chair' },
      { type: 'invoke', replyToId: 'card-42' },
      'a:chair',
    );
    await watching.watch('cycle-1', new TurnContext(adapter, invoke as never));
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
    await finishing.cycleFinished({ ...cycle, meetings: [] }, async () => finished);
    await finishing.cycleFinished({ ...cycle, meetings: [] }, async () => finished);
    expect(connector.updated).toHaveLength(1);
    expect(connector.updated[0]).toMatchObject({ conversationId: 'a:chair', replyToId: 'card-42' });
    expect(connector.updated[0]?.activity.attachments?.[0]?.content).toEqual(finished);
  });
});
