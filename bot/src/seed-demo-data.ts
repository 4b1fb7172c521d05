import type { Insertable, Kysely } from 'kysely';
import { buildDemoDirectory, DEMO_MARKER, prgServices } from './directory';
import { seedDemoDirectory } from './directory/demo/seed-demo-directory';
import { seedDemoFunding } from './funding/demo/seed-demo-funding';
import type { Database } from './platform/db/schema';
import { insertInBatches } from './platform/demo/insert-in-batches';
import { englandAndWalesBankHolidays } from './scheduling/demo/bank-holidays';
import { demoPastMeetings, seedDemoPastMeetings } from './scheduling/demo/demo-past-meetings';
import { kentTermDates } from './scheduling/demo/kent-term-dates';

/** Counts of what the seed wrote (rows that already existed are left as they are). */
export interface SeedSummary {
  communities: number;
  schools: number;
  people: number;
}

/** True when the database has no directory yet, so a first start should load the demo. */
export async function isDirectoryEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('areas')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/** Loads the demo directory and Kent's calendar; idempotent, and never overwrites a row that exists. */
export async function seedDemoData(db: Kysely<Database>): Promise<SeedSummary> {
  const demo = buildDemoDirectory();
  await db.transaction().execute(async (tx) => {
    const insert = <T extends keyof Database & string>(table: T, rows: readonly Insertable<Database[T]>[]) =>
      insertInBatches(tx, table, rows, 400);
    await insert('app_metadata', [{ key: 'demo_data', value: DEMO_MARKER }]);
    await insert('areas', demo.areas);
    await insert(
      'districts',
      demo.districts.map((d) => ({ id: d.id, area_id: d.areaId, name: d.name })),
    );
    await insert(
      'prg_services',
      prgServices.map((s) => ({
        id: s.id,
        name: s.name,
        description: s.description,
        needs: JSON.stringify(s.needs),
        email: s.email,
        phone: s.phone,
      })),
    );
    await seedDemoDirectory(tx, demo);
    const years = kentTermDates();
    await insert(
      'academic_years',
      years.map((y) => ({ id: y.id, starts_on: y.startsOn, ends_on: y.endsOn })),
    );
    await insert(
      'term_dates',
      years.flatMap((y) =>
        y.terms.map((t) => ({ academic_year_id: y.id, term: t.term, starts_on: t.startsOn, ends_on: t.endsOn })),
      ),
    );
    await insert('holidays', englandAndWalesBankHolidays(2025, 2028));
    const meetings = demoPastMeetings(demo.communities);
    const chairs = new Map(
      demo.people.flatMap((p) =>
        p.roles.flatMap((r) => (r.role === 'chair' && r.communityId ? [[r.communityId, p.id]] : [])),
      ),
    );
    await seedDemoPastMeetings(tx, meetings, (communityId) => chairs.get(communityId));
    await seedDemoFunding(tx, demo, meetings);
  });
  return { communities: demo.communities.length, schools: demo.schools.length, people: demo.people.length };
}
