import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../../../test/support/database-targets';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { PLANNING_DAY_MS } from '../../../../test/support/planning-clock';
import { DirectoryRepository } from '../../directory/store/directory-repository';
import { RecipientsRepository } from '../../directory/store/recipients-repository';
import { createCloudAdapter } from '../../platform/bot/create-cloud-adapter';
import { ConversationRefsRepository } from '../../platform/conversations/conversation-refs-repository';
import { migrateToLatest } from '../../platform/db/migrate';
import { type OpenDatabase, openDatabase } from '../../platform/db/open-database';
import { createLogger } from '../../platform/logging/logger';
import { OutboxDelivery } from '../../platform/outbox/outbox-delivery';
import { OutboxRepository } from '../../platform/outbox/outbox-repository';
import { ProactiveSender } from '../../platform/outbox/proactive-sender';
import { LocalMailFolder } from '../../platform/outbox/reach/local-mail-folder';
import { ReachingSender } from '../../platform/outbox/reach/reaching-sender';
import { seedDemoData } from '../../seed-demo-data';
import { allMigrations } from '../../start-service';
import { LocalCalendar } from '../calendar/local/local-calendar';
import { MeetingsRepository } from '../store/meetings-repository';
import { schedulingNotificationCards } from '../teams/scheduling-notification-cards';
import { CycleRunner } from './cycle-runner';
import { queueMeetingReminders } from './queue-meeting-reminders';
import { schedulingService } from './scheduling-service';

describe('meeting reminders a week and a day before', () => {
  let database: ThrowawayDatabase;
  let db: OpenDatabase['db'];
  let connector: CaptureConnector;
  let now = PLANNING_DAY_MS;
  const chair = demoPersonWith('chair', true);
  const communityId = chair.roles[0]?.communityId as string;

  beforeAll(async () => {
    database = await createThrowawayDatabase('pglite');
    db = (await openDatabase(database.target)).db;
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    connector = await startCaptureConnector();
  });
  afterAll(async () => {
    await connector?.close();
    await db?.destroy();
    await database?.drop();
  });

  it('reminds each attendee once per reminder: in their 1:1 chat if they have one, else by email', async () => {
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
    const reminders = { meetings, outbox, now: () => now };
    const cards = schedulingNotificationCards('https://cos.example');
    const mailDir = mkdtempSync(path.join(tmpdir(), 'cos-mail-'));
    const delivery = new OutboxDelivery(
      outbox,
      new ReachingSender({
        teams: new ProactiveSender(createCloudAdapter(undefined, [], createLogger('silent')), '', cards),
        refs,
        cards,
        recipients: new RecipientsRepository(db),
        mailer: new LocalMailFolder(mailDir),
        botAppId: '',
        defaultServiceUrl: connector.serviceUrl,
        appUrl: 'https://cos.example',
      }),
    );
    const [firstMeeting] = await meetings.meetingsStartingBetween(first, first + 1);
    const attendees = (await meetings.attendeesOf(firstMeeting?.id ?? '')).length;
    expect(attendees).toBeGreaterThan(3);

    now = first - 10 * 86_400_000;
    expect(await queueMeetingReminders(reminders)).toBe(0);
    now = first - 6 * 86_400_000;
    expect(await queueMeetingReminders(reminders)).toBe(attendees);
    expect(await queueMeetingReminders(reminders)).toBe(0);
    now = first - 20 * 3_600_000;
    expect(await queueMeetingReminders(reminders)).toBe(attendees);
    let round = { delivered: 0, retried: 0, failed: 0, lost: 0 };
    while (round.delivered < 2 * attendees) {
      const next = await delivery.deliverDue();
      if (next.delivered + next.retried + next.failed === 0) break;
      round = { ...round, delivered: round.delivered + next.delivered, failed: round.failed + next.failed };
    }
    expect(round).toMatchObject({ delivered: 2 * attendees, failed: 0 });

    // Only the chair has a 1:1 chat with the bot; everyone else is emailed, once per reminder.
    const channels = await db.selectFrom('outbox').select(['channel', 'person_id']).execute();
    expect(channels.filter((c) => c.channel === 'teams').map((c) => c.person_id)).toEqual([person.id, person.id]);
    expect(channels.filter((c) => c.channel === 'email')).toHaveLength(2 * (attendees - 1));
    const mails = readdirSync(mailDir).map((f) => readFileSync(path.join(mailDir, f), 'utf8'));
    expect(mails).toHaveLength(2 * (attendees - 1));
    expect(mails[0]).toMatch(/Subject: Coming up on \w+day/);
    expect(mails[0]).toContain('href="https://cos.example"');
    rmSync(mailDir, { recursive: true, force: true });

    const sentCards = connector.sent.map((s) => s.activity.attachments?.[0]?.content);
    expect(connector.sent.every((s) => s.conversationId === 'a:chair-1to1')).toBe(true);
    // Both name the meeting's day, whatever the gap: never "next week" for a meeting two days away.
    const day = cardText(sentCards[0]).split('\n')[0];
    expect(day).toMatch(/^Coming up on \w+day \d+ \w+ 20\d\d$/);
    expect(sentCards.map((c) => cardText(c).split('\n')[0])).toEqual([day, day]);
    expect(JSON.stringify(sentCards[0])).toContain('https://cos.example/meetings');
  });
});
