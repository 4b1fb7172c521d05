import type { Insertable, InsertObject, Kysely } from 'kysely';
import { buildDemoDirectory, DEMO_MARKER, DEMO_TENANT_ID, prgServices } from './directory';
import { seedDemoFunding } from './funding/demo/seed-demo-funding';
import type { Database } from './platform/db/schema';
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
    const insert = async <T extends keyof Database & string>(table: T, rows: readonly Insertable<Database[T]>[]) => {
      for (let i = 0; i < rows.length; i += 400) {
        const chunk = rows.slice(i, i + 400) as InsertObject<Database, T>[];
        await tx
          .insertInto(table)
          .values(chunk)
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    };
    await insert('app_metadata', [{ key: 'demo_data', value: DEMO_MARKER }]);
    await insert('areas', demo.areas);
    await insert(
      'districts',
      demo.districts.map((d) => ({ id: d.id, area_id: d.areaId, name: d.name })),
    );
    await insert(
      'communities',
      demo.communities.map((c) => ({
        id: c.id,
        name: c.name,
        district_id: c.districtId,
        organizer_mailbox: c.organizerMailbox,
        preferred_weekdays: JSON.stringify(c.preferredWeekdays),
      })),
    );
    await insert(
      'schools',
      demo.schools.map((s) => ({ id: s.id, urn: s.urn, name: s.name, phase: s.phase, community_id: s.communityId })),
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
    await insert(
      'people',
      demo.people.map((p) => ({
        id: p.id,
        tenant_id: DEMO_TENANT_ID,
        aad_object_id: p.aadObjectId,
        email: p.email,
        display_name: p.displayName,
        job_title: p.jobTitle,
        phone: p.phone,
      })),
    );
    await insert(
      'school_staff',
      demo.people.flatMap((p) => (p.staffOf ? [{ person_id: p.id, school_id: p.staffOf }] : [])),
    );
    await insert(
      'practitioners',
      demo.people.flatMap((p) => (p.serviceId ? [{ person_id: p.id, service_id: p.serviceId }] : [])),
    );
    await insert(
      'roles',
      demo.people.flatMap((p) =>
        p.roles.map((r) => ({
          person_id: p.id,
          role: r.role,
          community_id: r.communityId ?? null,
          school_id: r.schoolId ?? null,
        })),
      ),
    );
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
