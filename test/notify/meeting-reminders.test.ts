import type { Kysely } from 'kysely';
import { OutboxDelivery } from '../../bot/src/app/notify/outbox-delivery';
import { CycleRunner } from '../../bot/src/app/scheduling/cycle-runner';
import { queueMeetingReminders } from '../../bot/src/app/scheduling/queue-meeting-reminders';
import { schedulingService } from '../../bot/src/app/scheduling/scheduling-service';
import { LocalCalendar } from '../../bot/src/calendar/local/local-calendar';
import { createLogger } from '../../bot/src/logging/logger';
import { ConversationRefsRepository } from '../../bot/src/store/conversation-refs-repository';
import { seedDemoData } from '../../bot/src/store/demo/seed-demo-data';
import { DirectoryRepository } from '../../bot/src/store/directory-repository';
import { MeetingsRepository } from '../../bot/src/store/meetings-repository';
import { migrateToLatest } from '../../bot/src/store/migrate';
import { openDatabase } from '../../bot/src/store/open-database';
import { OutboxRepository } from '../../bot/src/store/outbox-repository';
import type { Database } from '../../bot/src/store/schema';
import { createCloudAdapter } from '../../bot/src/teams/create-cloud-adapter';
import { notificationCards } from '../../bot/src/teams/notification-cards';
import { ProactiveSender } from '../../bot/src/teams/proactive-sender';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';
import { cardText } from '../support/card-text';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../support/database-targets';
import { demoPersonWith } from '../support/demo-people';
import { PLANNING_DAY_MS } from '../support/planning-clock';

describe('meeting reminders a week and a day before', () => {
  let database: ThrowawayDatabase;
  let db: Kysely<Database>;
  let connector: CaptureConnector;
  let now = PLANNING_DAY_MS;
  const chair = demoPersonWith('chair', true);
  const communityId = chair.roles[0]?.communityId as string;

  beforeAll(async () => {
    database = await createThrowawayDatabase('pglite');
    db = (await openDatabase(database.target)).db;
    await migrateToLatest(db);
    await seedDemoData(db);
    connector = await startCaptureConnector();
  });
  afterAll(async () => {
    await connector?.close();
    await db?.destroy();
    await database?.drop();
  });

  it('reminds each attendee who has the app, once per reminder, in their 1:1 chat', async () => {
    const meetings = new MeetingsRepository(db);
    const refs = new ConversationRefsRepository(db);
    const outbox = new OutboxRepository(db);
    const ports = { meetings, calendar: new LocalCalendar(), now: () => now };
    const runner = new CycleRunner(ports);
    const scheduling = schedulingService(
      ports,
      { bufferMinutes: 30, kitOrganizerMailbox: 'kit@kent.demo.example' },
      runner,
      () => {},
    );
    const person = await new DirectoryRepository(db).findByEmail(chair.email);
    if (!person) throw new Error('no chair');
    const plan = await scheduling.propose(person, communityId, '2026-27');
    const { cycleId } = await scheduling.create(
      person,
      communityId,
      '2026-27',
      plan.meetings.map(({ month, start, end }) => ({ month, start, end })),
    );
    await runner.run(cycleId);
    await refs.save({
      conversationId: 'a:chair-1to1',
      conversationType: 'personal',
      personId: person.id,
      reference: {
        serviceUrl: connector.serviceUrl,
        channelId: 'msteams',
        conversation: { id: 'a:chair-1to1', tenantId: 't1' },
        bot: { id: '28:bot' },
      },
    });
    const first = Date.parse(plan.meetings[0]?.start ?? '');
    const reminders = { meetings, conversationRefs: refs, outbox, now: () => now };
    const delivery = new OutboxDelivery(
      outbox,
      new ProactiveSender(
        createCloudAdapter(undefined, createLogger('silent')),
        '',
        refs,
        notificationCards('https://cos.example'),
      ),
    );

    now = first - 10 * 86_400_000;
    expect(await queueMeetingReminders(reminders)).toBe(0);
    now = first - 6 * 86_400_000;
    expect(await queueMeetingReminders(reminders)).toBe(1); // Only the chair has a 1:1 chat with the bot.
    expect(await queueMeetingReminders(reminders)).toBe(0);
    now = first - 20 * 3_600_000;
    expect(await queueMeetingReminders(reminders)).toBe(1);
    expect(await delivery.deliverDue()).toEqual({ delivered: 2, retried: 0, failed: 0 });

    const cards = connector.sent.map((s) => s.activity.attachments?.[0]?.content);
    expect(connector.sent.every((s) => s.conversationId === 'a:chair-1to1')).toBe(true);
    expect(cards.map((c) => cardText(c).split('\n')[0])).toEqual(['Meeting next week', 'Meeting tomorrow']);
    expect(JSON.stringify(cards[0])).toContain('https://cos.example/meetings');
  });
});
