import { randomUUID } from 'node:crypto';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { PLANNING_DAY_MS } from '../../../../test/support/planning-clock';
import type { Person } from '../../directory';
import { DirectoryRepository } from '../../directory/store/directory-repository';
import { migrateToLatest } from '../../platform/db/migrate';
import { type OpenDatabase, openDatabase } from '../../platform/db/open-database';
import { seedDemoData } from '../../seed-demo-data';
import { allMigrations } from '../../start-service';
import { LocalCalendar } from '../calendar/local/local-calendar';
import { DatePollsRepository } from '../store/date-polls-repository';
import { MeetingsRepository } from '../store/meetings-repository';
import { type DatePollService, datePolls } from './date-polls';

const DAY = 86_400_000;

describe.each(databaseEngines())('polls of next year’s dates on %s', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: OpenDatabase['db'];
  let polls: DatePollService;
  let chair: Person;
  let now = PLANNING_DAY_MS;
  const chairPerson = demoPersonWith('chair', true);
  const communityId = chairPerson.roles[0]?.communityId as string;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    db = (await openDatabase(throwaway.target)).db;
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    polls = datePolls({
      store: new DatePollsRepository(db),
      ports: { meetings: new MeetingsRepository(db), calendar: new LocalCalendar(), now: () => now },
      settings: { bufferMinutes: 30, kitOrganizerMailbox: 'kit@kent.demo.example' },
      createCycle: () => Promise.reject(new Error('not in these tests')),
      newId: randomUUID,
    });
    chair = (await new DirectoryRepository(db).findByEmail(chairPerson.email)) as Person;
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
    await throwaway?.drop();
  });

  const invitations = (pollId: string, kind: string) =>
    db
      .selectFrom('outbox')
      .select('person_id')
      .where('kind', '=', kind)
      .where('dedupe_key', 'like', `%:${pollId}:%`)
      .execute();

  it('opens one poll however many times the chair presses at once, and invites each person once', async () => {
    const started = await Promise.all(Array.from({ length: 5 }, () => polls.start(chair, communityId, '2026-27', {})));
    expect(new Set(started.map((s) => s.pollId)).size).toBe(1);
    expect(started.filter((s) => s.created)).toHaveLength(1);
    const { poll } = await polls.get(chair, started[0]?.pollId as string);
    expect(poll.invitees.map((i) => i.personId)).not.toContain(chair.id);
    const invited = await invitations(poll.id, 'date-poll-invited');
    expect(invited.map((i) => i.person_id).sort()).toEqual(poll.invitees.map((i) => i.personId).sort());
  });

  it('reminds those who have not answered once, a week before the deadline', async () => {
    const pollId = (await polls.openPollId(communityId, '2026-27')) as string;
    const { poll } = await polls.get(chair, pollId);
    expect(poll.closesAtMs).toBe(PLANNING_DAY_MS + 14 * DAY);
    const [answering, ...others] = poll.invitees;
    const person = (await new DirectoryRepository(db).findById(answering?.personId as string)) as Person;
    await polls.answer(person, pollId, { answers: poll.dates.map((d) => ({ month: d.month, works: true })) });

    expect(await polls.queueReminders()).toBe(0); // two weeks to go
    now = PLANNING_DAY_MS + 8 * DAY;
    expect(await polls.queueReminders()).toBe(others.length);
    expect(await polls.queueReminders()).toBe(0);
    const reminded = await invitations(pollId, 'date-poll-reminder');
    expect(reminded.map((r) => r.person_id)).not.toContain(answering?.personId);
    now = PLANNING_DAY_MS + 15 * DAY; // past the deadline: the chair decides; nobody is chased
    expect(await polls.queueReminders()).toBe(0);
  });
});
