import { type Kysely, sql } from 'kysely';
import { createThrowawayDatabase, databaseEngines, type ThrowawayDatabase } from '../../test/support/database-targets';
import { buildDemoFundingRequests } from './funding/demo/demo-funding-requests';
import { migrateToLatest } from './platform/db/migrate';
import { openDatabase } from './platform/db/open-database';
import type { Database } from './platform/db/schema';
import { seedDemoData } from './seed-demo-data';
import { buildScaleData, scaleTargets, seedScaleData } from './seed-scale-data';
import { allMigrations } from './start-service';

/** A pupil reference as the demo writes them (Y4-017, Y9 group B), or none: never anything like a name. */
const PUPIL_REFERENCE = /^Y(R|\d{1,2})(-\d{3}| group [ABC])$/;

describe('the ×10 data set, built in memory', () => {
  const targets = scaleTargets(10);
  const { demo, scale, meetings, funding } = buildScaleData(targets);
  const communities = [...demo.communities, ...scale.communities];
  const schools = [...demo.schools, ...scale.schools];
  const people = [...demo.people, ...scale.people];

  it('holds exactly 530 communities and 5,500 schools with the demo, and brings requests to 50,000', () => {
    expect(targets).toEqual({ communities: 530, schools: 5500, requests: 50_000 });
    expect(communities).toHaveLength(530);
    expect(new Set(communities.map((c) => c.id)).size).toBe(530);
    expect(new Set(communities.map((c) => c.name)).size).toBe(530);
    expect(schools).toHaveLength(5500);
    expect(new Set(schools.map((s) => s.urn)).size).toBe(5500);
    // What the demo seeds itself plus what the scaled plan adds (the database counts both in the tests below).
    expect(buildDemoFundingRequests(demo, meetings).length + funding.requests.length).toBe(50_000);
  });

  it('gives each school one representative on its staff and each community a chair and budgets for both years', () => {
    const representatives = people.flatMap((p) =>
      p.roles.filter((r) => r.role === 'representative').map((r) => ({ school: r.schoolId, staffOf: p.staffOf })),
    );
    expect(representatives).toHaveLength(5500);
    expect(new Set(representatives.map((r) => r.school)).size).toBe(5500);
    expect(representatives.every((r) => r.school === r.staffOf)).toBe(true);
    const chaired = new Set(people.flatMap((p) => p.roles.filter((r) => r.role === 'chair').map((r) => r.communityId)));
    expect(chaired.size).toBe(530);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    const budgets = funding.budgets.map((b) => `${b.communityId} ${b.academicYear}`);
    expect(new Set(budgets).size).toBe(scale.communities.length * 2);
    for (const c of scale.communities) expect(budgets).toContain(`${c.id} 2026-27`);
  });

  it('files each request for a school of its community, by its representative, with a pupil reference and no name', () => {
    const schoolOf = new Map(schools.map((s) => [s.id, s]));
    const representativeOf = new Map(
      people.flatMap((p) => p.roles.flatMap((r) => (r.role === 'representative' ? [[r.schoolId, p.id]] : []))),
    );
    const wrong = funding.requests.filter(
      (r) =>
        schoolOf.get(r.school_id)?.communityId !== r.community_id ||
        representativeOf.get(r.school_id) !== r.submitted_by ||
        (r.pupil_reference !== null && !PUPIL_REFERENCE.test(r.pupil_reference ?? '')),
    );
    expect(wrong).toEqual([]);
    expect(new Set(funding.requests.map((r) => r.community_id)).size).toBe(530);
    expect(new Set(funding.requests.map((r) => r.academic_year_id))).toEqual(new Set(['2025-26', '2026-27']));
    expect(new Set(funding.requests.map((r) => r.status))).toEqual(
      new Set(['approved', 'declined', 'signposted', 'withdrawn', 'submitted']),
    );
  });

  it('decides at a meeting of the request’s community and commits no more than each pot holds', () => {
    const communityOfMeeting = new Map(meetings.map((m) => [m.id, m.communityId]));
    const communityOfRequest = new Map(funding.requests.map((r) => [r.id, r.community_id]));
    const outside = funding.decisions.filter(
      (d) => communityOfMeeting.get(d.meeting_id ?? '') !== communityOfRequest.get(d.request_id),
    );
    expect(outside).toEqual([]);
    expect(funding.ledger).toHaveLength(funding.decisions.filter((d) => d.outcome === 'approved').length);
  });
});

describe.each(databaseEngines())('the scaled seed on %s, at ×1.2', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: Kysely<Database>;
  const targets = scaleTargets(1.2);

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    db = (await openDatabase(throwaway.target)).db;
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    await seedScaleData(db, targets);
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
    await throwaway?.drop();
  });

  const count = async (table: 'communities' | 'schools' | 'funding_requests') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores exactly the targets: 64 communities, 660 schools and 6,000 requests', async () => {
    expect(targets).toEqual({ communities: 64, schools: 660, requests: 6000 });
    expect(await count('communities')).toBe(64);
    expect(await count('schools')).toBe(660);
    expect(await count('funding_requests')).toBe(6000);
  });

  it('keeps the invariants the app relies on', async () => {
    const { rows } = await sql<{ problem: string; n: string }>`
      select 'school without one representative' as problem, count(*) as n from schools s
        where (select count(*) from roles r where r.school_id = s.id and r.role = 'representative') <> 1
      union all
      select 'community without both budgets', count(*) from communities c
        where (select count(*) from budgets b where b.community_id = c.id) <> 2
      union all
      select 'request of a school outside its community', count(*) from funding_requests f
        join schools s on s.id = f.school_id where s.community_id <> f.community_id
      union all
      select 'decision at another community''s meeting', count(*) from funding_decisions d
        join funding_requests f on f.id = d.request_id join meetings m on m.id = d.meeting_id
        where m.community_id <> f.community_id
      union all
      select 'pot overcommitted', count(*) from budgets b
        where b.allocation_pence
          - coalesce((select sum(p.amount_pence) from budget_protections p where p.budget_id = b.id), 0)
          < coalesce((select sum(l.amount_pence) from ledger_entries l where l.budget_id = b.id), 0)
    `.execute(db);
    expect(rows.filter((r) => Number(r.n) > 0)).toEqual([]);
  });

  it('changes nothing when run again', async () => {
    await seedScaleData(db, targets);
    expect(await count('funding_requests')).toBe(6000);
    expect(await count('schools')).toBe(660);
  });
});
