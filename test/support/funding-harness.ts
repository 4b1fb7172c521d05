import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Person } from '../../bot/src/directory/domain/person';
import { DirectoryRepository } from '../../bot/src/directory/store/directory-repository';
import { type FundingService, fundingService } from '../../bot/src/funding/app/funding-service';
import { fundingRepositories } from '../../bot/src/funding/store/funding-repository';
import { migrateToLatest } from '../../bot/src/platform/db/migrate';
import { openDatabase } from '../../bot/src/platform/db/open-database';
import type { Database } from '../../bot/src/platform/db/schema';
import { LONDON, zonedToInstant } from '../../bot/src/platform/time/zoned-time';
import { academicYearOf } from '../../bot/src/scheduling/domain/academic-year';
import { MeetingsRepository } from '../../bot/src/scheduling/store/meetings-repository';
import { seedDemoData } from '../../bot/src/seed-demo-data';
import { allMigrations } from '../../bot/src/start-service';
import { createThrowawayDatabase, type ThrowawayDatabase } from './database-targets';
import { PLANNING_DAY_MS } from './planning-clock';

/** The funding use cases over a throwaway, migrated database with the demo data, and a clock tests move. */
export interface FundingHarness {
  db: Kysely<Database>;
  funding: FundingService;
  clock: { nowMs: number };
  /** The seeded person with this email, with their current roles. */
  person(email: string): Promise<Person>;
  /** Adds a community's planned meetings of one academic year (London dates, 15:45 for 90 minutes); returns their ids. */
  addMeetings(communityId: string, dates: string[]): Promise<string[]>;
  close(): Promise<void>;
}

/** Opens a harness on an engine; the clock starts mid-June 2026. */
export async function openFundingHarness(engine: 'pglite' | 'postgres'): Promise<FundingHarness> {
  const database: ThrowawayDatabase = await createThrowawayDatabase(engine);
  const { db } = await openDatabase(database.target);
  await migrateToLatest(db, allMigrations);
  await seedDemoData(db);
  const clock = { nowMs: PLANNING_DAY_MS };
  const directory = new DirectoryRepository(db);
  const funding = fundingService({ ...fundingRepositories(db), directory, now: () => clock.nowMs, newId: randomUUID });
  const meetings = new MeetingsRepository(db);
  return {
    db,
    funding,
    clock,
    async person(email) {
      const found = await directory.findByEmail(email);
      if (!found) throw new Error(`No seeded person ${email}`);
      return found;
    },
    async addMeetings(communityId, dates) {
      const chair = await db
        .selectFrom('roles')
        .select('person_id')
        .where('role', '=', 'officer')
        .executeTakeFirstOrThrow();
      const academicYearId = academicYearOf(dates[0] as string);
      // The demo already holds its 2025-26 meetings: more of that year join the demo's cycle.
      const existing = await meetings.findCycle({ kind: 'community', communityId, areaId: null, academicYearId });
      const cycleId = existing?.id ?? randomUUID();
      const ids = dates.map(() => randomUUID());
      const added = dates.map((date, i) => {
        const startMs = zonedToInstant(date, '15:45', LONDON);
        return {
          id: ids[i] as string,
          cycleId,
          communityId,
          title: `Community meeting ${date}`,
          month: date.slice(0, 7),
          startMs,
          endMs: startMs + 90 * 60_000,
          timeZone: LONDON,
          organizerMailbox: 'cos@kent.demo.example',
          transactionId: ids[i] as string,
          outsideWindow: false,
          attendees: [],
        };
      });
      if (existing) {
        await db
          .insertInto('meetings')
          .values(
            added.map((m) => ({
              id: m.id,
              cycle_id: cycleId,
              community_id: communityId,
              title: m.title,
              month: m.month,
              starts_at: new Date(m.startMs),
              ends_at: new Date(m.endMs),
              time_zone: LONDON,
              organizer_mailbox: m.organizerMailbox,
              status: 'planned' as const,
              transaction_id: m.transactionId,
            })),
          )
          .execute();
        return ids;
      }
      await meetings.createCycle(
        { id: cycleId, kind: 'community', communityId, areaId: null, academicYearId, createdBy: chair.person_id },
        added,
      );
      return ids;
    },
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
}
