import { createThrowawayDatabase, type ThrowawayDatabase } from '../../../../test/support/database-targets';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { planningClock } from '../../../../test/support/planning-clock';
import { DirectoryRepository } from '../../directory/store/directory-repository';
import { migrateToLatest } from '../../platform/db/migrate';
import { type OpenDatabase, openDatabase } from '../../platform/db/open-database';
import { seedDemoData } from '../../seed-demo-data';
import { allMigrations } from '../../start-service';
import { LocalCalendar } from '../calendar/local/local-calendar';
import { MeetingsRepository } from '../store/meetings-repository';
import { CycleRunner } from './cycle-runner';
import { type SchedulingService, schedulingService } from './scheduling-service';

describe('planning 2026-27 for all 53 demo communities', () => {
  let database: ThrowawayDatabase;
  let db: OpenDatabase['db'];
  let scheduling: SchedulingService;
  let runner: CycleRunner;

  beforeAll(async () => {
    database = await createThrowawayDatabase('pglite');
    db = (await openDatabase(database.target)).db;
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    const ports = { meetings: new MeetingsRepository(db), calendar: new LocalCalendar(), now: planningClock };
    runner = new CycleRunner(ports);
    scheduling = schedulingService(
      ports,
      { bufferMinutes: 30, kitOrganizerMailbox: 'kit@kent.demo.example' },
      runner,
      (error) => {
        throw error;
      },
    );
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('gives every community a valid plan and never double-books a shared person', async () => {
    const officer = await new DirectoryRepository(db).findByEmail(demoPersonWith('officer').email);
    if (!officer) throw new Error('no officer');
    const communities = await db.selectFrom('communities').select('id').orderBy('id').execute();
    expect(communities).toHaveLength(53);
    for (const { id } of communities) {
      const plan = await scheduling.propose(officer, id, '2026-27');
      expect(plan.meetings.length).toBeGreaterThanOrEqual(7);
      const created = await scheduling.create(
        officer,
        id,
        '2026-27',
        plan.meetings.map(({ month, start, end }) => ({ month, start, end })),
      );
      await runner.run(created.cycleId);
    }
    const attendances = await db
      .selectFrom('meeting_attendees')
      .innerJoin('meetings', 'meetings.id', 'meeting_attendees.meeting_id')
      .select(['meeting_attendees.person_id', 'meetings.id', 'meetings.starts_at', 'meetings.ends_at'])
      .execute();
    const buffer = 30 * 60_000;
    const clashes = attendances.flatMap((m1) =>
      attendances
        .filter((m2) => m2.person_id === m1.person_id && m1.id < m2.id)
        .filter((m2) => m1.starts_at.getTime() < m2.ends_at.getTime() + buffer)
        .filter((m2) => m2.starts_at.getTime() < m1.ends_at.getTime() + buffer)
        .map((m2) => ({ person_id: m1.person_id, first: m1.id, second: m2.id })),
    );
    expect(clashes).toEqual([]);
    const statuses = await db.selectFrom('meetings').select('status').distinct().execute();
    expect(statuses).toEqual([{ status: 'created' }]);
    const total = await db
      .selectFrom('meetings')
      .innerJoin('meeting_cycles', 'meeting_cycles.id', 'meetings.cycle_id')
      .where('meeting_cycles.academic_year_id', '=', '2026-27')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(53 * 7);
  });
});
