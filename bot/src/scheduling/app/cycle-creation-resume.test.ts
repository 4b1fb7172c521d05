import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../../../test/support/database-targets';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { type GraphHarness, startGraphHarness } from '../../../../test/support/graph-harness';
import { planningClock } from '../../../../test/support/planning-clock';
import { DirectoryRepository } from '../../directory/store/directory-repository';
import { createCloudAdapter } from '../../platform/bot/create-cloud-adapter';
import { adaptiveCard, text } from '../../platform/cards/adaptive-card';
import { migrateToLatest } from '../../platform/db/migrate';
import { type OpenDatabase, openDatabase } from '../../platform/db/open-database';
import { createLogger } from '../../platform/logging/logger';
import { seedDemoData } from '../../seed-demo-data';
import { allMigrations } from '../../start-service';
import { LocalCalendar } from '../calendar/local/local-calendar';
import { CycleCardWatchesRepository } from '../store/cycle-card-watches-repository';
import { MeetingsRepository } from '../store/meetings-repository';
import { CycleCardRefresher } from '../teams/cycle-card-refresher';
import { CycleRunner } from './cycle-runner';
import type { CalendarPort } from './ports';
import { resumeCalendarWorkJob } from './resume-calendar-work';
import { schedulingService } from './scheduling-service';

describe('creating cycles survives a crash between sending and recording', () => {
  let database: ThrowawayDatabase;
  let db: OpenDatabase['db'];
  let harness: GraphHarness;
  let connector: CaptureConnector;

  beforeAll(async () => {
    database = await createThrowawayDatabase('pglite');
    db = (await openDatabase(database.target)).db;
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    harness = await startGraphHarness();
    harness.double.honoursTransactionId = false; // Only the meeting id stamped on each event may prevent doubles.
    connector = await startCaptureConnector();
  });
  afterAll(async () => {
    await connector?.close();
    await harness?.close();
    await db?.destroy();
    await database?.drop();
  });

  it('resumes after a restart and ends with exactly one event per meeting', async () => {
    const meetings = new MeetingsRepository(db);
    // The first process dies after Graph has made the events but before it records them: it never calls again.
    const crashingCalendar: CalendarPort = Object.assign(Object.create(harness.calendar), {
      createEvents: async (requests: Parameters<CalendarPort['createEvents']>[0]) => {
        await harness.calendar.createEvents(requests);
        return new Promise<never>(() => {});
      },
    });
    const firstRunner = new CycleRunner({ meetings, calendar: crashingCalendar, now: planningClock });
    const first = schedulingService(
      { meetings, calendar: crashingCalendar, now: planningClock },
      { bufferMinutes: 30, kitOrganizerMailbox: 'kit@kent.demo.example' },
      firstRunner,
      () => {},
    );
    const officer = await new DirectoryRepository(db).findByEmail(demoPersonWith('officer').email);
    if (!officer) throw new Error('no officer');
    const communities = ['dartford-north', 'gravesham-north'];
    for (const id of communities) {
      const plan = await first.propose(officer, id, '2026-27');
      await first.create(
        officer,
        id,
        '2026-27',
        plan.meetings.map(({ month, start, end }) => ({ month, start, end })),
      );
    }
    await waitUntil(() => [...harness.double.events.values()].flat().length === 14);
    // The demo's 2025-26 meetings were held long ago: only next year's are being created.
    const nextYear = db.selectFrom('meetings').where('starts_at', '>=', new Date('2026-09-01'));
    const stuck = await nextYear.select('status').distinct().execute();
    expect(stuck).toEqual([{ status: 'creating' }]);

    const restarted = new CycleRunner({ meetings, calendar: harness.calendar, now: planningClock }, 0);
    await restarted.resumeUnfinished();

    const rows = await nextYear.select(['status', 'calendar_event_id', 'join_url']).execute();
    expect(rows).toHaveLength(14);
    expect(rows.every((r) => r.status === 'created' && r.calendar_event_id && r.join_url)).toBe(true);
    const events = [...harness.double.events.values()].flat();
    expect(events).toHaveLength(14);
    expect(new Set(rows.map((r) => r.calendar_event_id))).toEqual(new Set(events.map((e) => e.id)));
  });

  it.each(['graph', 'local'] as const)(
    'finishes, through the periodic job, meetings a restart left in "creating" within their lease, and updates the chair\'s card (%s calendar)',
    async (kind) => {
      const meetings = new MeetingsRepository(db);
      const watches = new CycleCardWatchesRepository(db);
      const eventCount = () => [...harness.double.events.values()].flat().length;
      const before = eventCount();
      const calendar: CalendarPort = kind === 'graph' ? harness.calendar : new LocalCalendar();
      let sent = 0;
      // The first process sends the events and dies before recording them, seconds before a deployment restarts it.
      const dyingCalendar: CalendarPort = Object.assign(Object.create(calendar), {
        createEvents: async (requests: Parameters<CalendarPort['createEvents']>[0]) => {
          await calendar.createEvents(requests);
          sent = requests.length;
          return new Promise<never>(() => {});
        },
      });
      const dying = new CycleRunner({ meetings, calendar: dyingCalendar, now: planningClock });
      const scheduling = schedulingService(
        { meetings, calendar: dyingCalendar, now: planningClock },
        { bufferMinutes: 30, kitOrganizerMailbox: 'kit@kent.demo.example' },
        dying,
        () => {},
      );
      const officer = await new DirectoryRepository(db).findByEmail(demoPersonWith('officer').email);
      if (!officer) throw new Error('no officer');
      const community = kind === 'graph' ? 'sevenoaks-north' : 'sevenoaks-south';
      const plan = await scheduling.propose(officer, community, '2026-27');
      const { cycleId } = await scheduling.create(
        officer,
        community,
        '2026-27',
        plan.meetings.map(({ month, start, end }) => ({ month, start, end })),
      );
      // The chair's "creating…" card, watched by the process that is about to die.
      // The chair's "creating…" card, watched (stored) by the process that is about to die.
      await watches.watch(cycleId, {
        activityId: 'card-7',
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.serviceUrl,
          conversation: { id: 'a:chair', conversationType: 'personal' },
          bot: { id: '28:communities-bot' },
        },
      });
      const adapter = createCloudAdapter(undefined, [], createLogger('silent'));
      const logger = createLogger('silent');
      await waitUntil(() => sent === plan.meetings.length);

      const statuses = async () =>
        (await db.selectFrom('meetings').select('status').where('cycle_id', '=', cycleId).execute()).map(
          (r) => r.status,
        );
      const restarted = new CycleRunner({ meetings, calendar, now: planningClock }, 400);
      const refresher = new CycleCardRefresher(adapter, '', watches, logger);
      restarted.onFinished((cycle) => refresher.cycleFinished(cycle, async () => adaptiveCard([text('Done.')])));
      const job = resumeCalendarWorkJob(restarted);
      await restarted.resumeUnfinished(); // At start-up: the dead run's lease has not run out, so nothing is taken over.
      expect(new Set(await statuses())).toEqual(new Set(['creating']));

      await new Promise((r) => setTimeout(r, 500));
      await job.run();
      expect(new Set(await statuses())).toEqual(new Set(['created']));
      if (kind === 'graph') expect(eventCount()).toBe(before + plan.meetings.length);
      expect(connector.updated.filter((u) => u.replyToId === 'card-7' && u.conversationId === 'a:chair')).toHaveLength(
        1,
      );
      connector.updated.length = 0;
    },
  );
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!condition()) throw new Error('condition not met in time');
}
