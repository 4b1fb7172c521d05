import { sql } from 'kysely';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { migrateToLatest } from '../../platform/db/migrate';
import { type OpenDatabase, openDatabase } from '../../platform/db/open-database';
import { type PageStart, pageOf } from '../../platform/validation/keyset-page';
import { seedDemoData } from '../../seed-demo-data';
import { allMigrations } from '../../start-service';
import type { RequestFilter } from '../app/ports';
import { FundingRequestsRepository } from './funding-requests-repository';

describe.each(databaseEngines())('paging through funding requests by key (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let db: OpenDatabase['db'];
  let requests: FundingRequestsRepository;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    db = (await openDatabase(database.target)).db;
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    requests = new FundingRequestsRepository(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  /** Every page of a filter, `limit` at a time, as a caller following nextCursor reads them. */
  async function readAllPages(filter: RequestFilter, limit: number) {
    const seen: string[] = [];
    let start: PageStart = { limit };
    for (let pages = 0; pages < 10_000; pages++) {
      const page = pageOf(await requests.pageRequests(filter, start), start, (r) => ({
        sort: r.submittedAtMs,
        id: r.id,
      }));
      seen.push(...page.items.map((r) => r.id));
      if (!page.nextCursor) return seen;
      const last = page.items.at(-1);
      if (!last) throw new Error('a page with a cursor but no items');
      start = { limit, after: { sort: last.submittedAtMs, id: last.id } };
    }
    throw new Error('paging did not end');
  }

  it('reads each request exactly once, in the order of the whole list, whatever the page size', async () => {
    const all = (await requests.listRequests({})).map((r) => r.id);
    expect(all.length).toBeGreaterThan(150);
    for (const limit of [7, 50, 100]) {
      const paged = await readAllPages({}, limit);
      expect(new Set(paged).size).toBe(paged.length);
      expect(new Set(paged)).toEqual(new Set(all));
    }
  });

  it('misses nothing when many requests share a millisecond, or differ only below one', async () => {
    const [first] = await requests.listRequests({});
    if (!first) throw new Error('no demo requests');
    const filter: RequestFilter = { communityIds: [first.communityId] };
    const ids = (await requests.listRequests(filter)).map((r) => r.id);
    // Half share one instant to the microsecond; the rest sit microseconds apart within the same millisecond.
    for (const [i, id] of ids.entries()) {
      const micros = i % 2 === 0 ? 123_456 : 123_000 + i;
      await sql`update funding_requests set submitted_at = ${`2026-03-02T10:00:00.${micros}Z`}::timestamptz where id = ${id}`.execute(
        db,
      );
    }
    // Kept to the millisecond whoever writes them (timestamptz(3), migration 0024), so the pages can follow the index.
    const finer = await sql<{ n: string }>`
      select count(*) as n from funding_requests where submitted_at <> date_trunc('milliseconds', submitted_at)
    `.execute(db);
    expect(Number(finer.rows[0]?.n)).toBe(0);
    for (const limit of [1, 2, 3]) {
      const paged = await readAllPages(filter, limit);
      expect(paged).toHaveLength(ids.length);
      expect(new Set(paged)).toEqual(new Set(ids));
    }
  });

  it('pages what a chair who also represents a school sees: their community or their school', async () => {
    const [a, b] = await db.selectFrom('communities').select('id').orderBy('id').limit(2).execute();
    const school = await db
      .selectFrom('schools')
      .select('id')
      .where('community_id', '=', b?.id ?? '')
      .executeTakeFirstOrThrow();
    const visibleTo = { communityIds: [a?.id ?? ''], schoolIds: [school.id] };
    const expected = [
      ...(await requests.listRequests({ communityIds: visibleTo.communityIds })),
      ...(await requests.listRequests({ schoolIds: visibleTo.schoolIds })),
    ].map((r) => r.id);
    const paged = await readAllPages({ visibleTo }, 5);
    expect(new Set(paged)).toEqual(new Set(expected));
    expect(paged).toHaveLength(new Set(expected).size);
  });
});
