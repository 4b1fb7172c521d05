import { createThrowawayDatabase, type ThrowawayDatabase } from '../../../../test/support/database-targets';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { type GraphHarness, startGraphHarness } from '../../../../test/support/graph-harness';
import { planningClock } from '../../../../test/support/planning-clock';
import { DirectoryRepository } from '../../directory/store/directory-repository';
import { migrateToLatest } from '../../platform/db/migrate';
import { type OpenDatabase, openDatabase } from '../../platform/db/open-database';
import { seedDemoData } from '../../seed-demo-data';
import { allMigrations } from '../../start-service';
import { MEETING_ID_PROPERTY } from '../calendar/graph/event-payload';
import { MeetingsRepository } from '../store/meetings-repository';
import { CycleRunner } from './cycle-runner';
import { schedulingService } from './scheduling-service';

/** A small seeded pseudo-random generator (mulberry32), so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('creating cycles in Outlook when Graph throttles, times out and the process dies mid-$batch', () => {
  let database: ThrowawayDatabase;
  let db: OpenDatabase['db'];
  let harness: GraphHarness;

  beforeAll(async () => {
    database = await createThrowawayDatabase('pglite');
    db = (await openDatabase(database.target)).db;
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    harness = await startGraphHarness({ requestTimeoutMs: 60_000 });
  });
  afterAll(async () => {
    await harness?.close();
    await db?.destroy();
    await database?.drop();
  });

  it('ends with exactly one event per meeting: 0 duplicates, 0 missing, 0 left in "creating"', async () => {
    const { double } = harness;
    // The worst case: Graph does not recognise a repeated transactionId, so only our own lookup prevents doubles.
    double.honoursTransactionId = false;
    const random = seeded(20261202);
    double.fault = () => {
      const roll = random();
      if (roll >= 0.2) return undefined;
      if (roll < 0.05) return { status: 429, retryAfterSeconds: 0 };
      if (roll < 0.1) return { status: 429 };
      if (roll < 0.15) return { status: 503 };
      return { status: 504, afterCreating: roll < 0.175 }; // Half the gateway timeouts made the event anyway.
    };
    double.crashOnBatch = 2;

    const meetings = new MeetingsRepository(db);
    const dying = new CycleRunner({ meetings, calendar: harness.calendar, now: planningClock });
    const first = schedulingService(
      { meetings, calendar: harness.calendar, now: planningClock },
      { bufferMinutes: 30, kitOrganizerMailbox: 'kit@kent.demo.example' },
      dying,
      () => {}, // The dead process's runs never finish; nothing of theirs is awaited.
    );
    const officer = await new DirectoryRepository(db).findByEmail(demoPersonWith('officer').email);
    if (!officer) throw new Error('no officer');
    const communities = (await db.selectFrom('communities').select('id').orderBy('id').limit(6).execute()).map(
      (c) => c.id,
    );
    const plans = [];
    for (const id of communities) plans.push({ id, plan: await first.propose(officer, id, '2026-27') });
    await Promise.all(
      plans.map(({ id, plan }) =>
        first.create(
          officer,
          id,
          '2026-27',
          plan.meetings.map(({ month, start, end }) => ({ month, start, end })),
        ),
      ),
    );
    await waitUntil(() => double.deadTokens.size === 1);
    const inCalendarsAtCrash = [...double.events.values()].flat().length;

    const restarted = new CycleRunner({ meetings, calendar: harness.anotherProcess(), now: planningClock }, 0);
    await restarted.resumeUnfinished();

    const rows = await db
      .selectFrom('meetings')
      .select(['meetings.id', 'meetings.status', 'meetings.calendar_event_id'])
      .innerJoin('meeting_cycles', 'meeting_cycles.id', 'meetings.cycle_id')
      .where('meeting_cycles.kind', '=', 'community')
      .where('meeting_cycles.academic_year_id', '=', '2026-27')
      .execute();
    const events = [...double.events.values()].flat();
    const eventsPerMeeting = new Map<string, number>();
    for (const event of events) {
      const meetingId = event.singleValueExtendedProperties?.find((p) => p.id === MEETING_ID_PROPERTY)?.value ?? '';
      eventsPerMeeting.set(meetingId, (eventsPerMeeting.get(meetingId) ?? 0) + 1);
    }
    const duplicated = [...eventsPerMeeting.values()].filter((n) => n > 1).length;
    const missing = rows.filter((r) => !eventsPerMeeting.has(r.id)).length;
    const stuck = rows.filter((r) => r.status !== 'created').length;
    console.info(
      `Graph chaos: ${rows.length} meetings, ${inCalendarsAtCrash} in calendars when the process died; ` +
        `${events.length} events, ${duplicated} duplicated, ${missing} missing, ${stuck} not created; ` +
        `${double.calls.batch} $batch calls (${double.calls.creates} creates, ${double.calls.lookups} lookups), ` +
        `${double.faultsInjected} faults injected`,
    );
    expect(rows.length).toBe(communities.length * 7);
    expect(inCalendarsAtCrash).toBeGreaterThan(0);
    expect({ duplicated, missing, stuck }).toEqual({ duplicated: 0, missing: 0, stuck: 0 });
    expect(events).toHaveLength(rows.length);
    expect(new Set(rows.map((r) => r.calendar_event_id))).toEqual(new Set(events.map((e) => e.id)));
    expect(double.faultsInjected).toBeGreaterThan(0);
    expect(double.shapeErrors).toEqual([]);
  }, 120_000);
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!condition()) throw new Error('condition not met in time');
}
