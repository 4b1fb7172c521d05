import { type Kysely, sql } from 'kysely';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { ConversationRefsRepository } from '../../platform/conversations/conversation-refs-repository';
import { migrateToLatest } from '../../platform/db/migrate';
import { openDatabase } from '../../platform/db/open-database';
import type { Database } from '../../platform/db/schema';
import { isDirectoryEmpty, seedDemoData } from '../../seed-demo-data';
import { allMigrations } from '../../start-service';
import { identifyPerson } from '../app/identify-person';
import { DirectoryRepository } from './directory-repository';

describe.each(databaseEngines())('the store on %s', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: Kysely<Database>;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    db = (await openDatabase(throwaway.target)).db;
  });
  afterAll(async () => {
    await db?.destroy();
    await throwaway?.drop();
  });

  it('migrates an empty database, and a second run changes nothing', async () => {
    expect(await migrateToLatest(db, allMigrations)).toEqual([
      '0001-foundation',
      '0002-meetings',
      '0003-outbox-dedupe',
      '0004-funding',
      '0005-questions-faq',
      '0006-school-staff',
      '0007-narrative-reads',
      '0008-rate-limits',
      '0009-job-leases',
      '0010-outbox-lease-tokens',
      '0011-cycle-card-watches',
      '0012-audit-without-narrative',
      '0013-faq-valid-until',
      '0014-documents',
      '0015-outbox-recipients',
      '0016-events',
      '0017-date-polls',
      '0018-directory-version',
      '0019-faq-phrasings',
      '0020-event-invitations',
      '0022-date-poll-earlier-dates',
      '0023-funding-version',
      '0024-requests-by-submission',
      '0025-funding-version-areas',
    ]);
    expect(await migrateToLatest(db, allMigrations)).toEqual([]);
    expect(await isDirectoryEmpty(db)).toBe(true);
  });

  it('loads the demo directory: 53 communities of 8 to 14 schools, about 550 schools', async () => {
    await seedDemoData(db);
    const sizes = await db
      .selectFrom('schools')
      .select(['community_id', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('community_id')
      .execute();
    expect(sizes).toHaveLength(53);
    for (const { n } of sizes) expect(Number(n)).toBeGreaterThanOrEqual(8);
    for (const { n } of sizes) expect(Number(n)).toBeLessThanOrEqual(14);
    const total = sizes.reduce((sum, s) => sum + Number(s.n), 0);
    expect(total).toBeGreaterThanOrEqual(500);
    expect(total).toBeLessThanOrEqual(600);
    expect(
      await db.selectFrom('app_metadata').select('value').where('key', '=', 'demo_data').executeTakeFirst(),
    ).toEqual({
      value: expect.stringContaining('Demo data'),
    });
  });

  it("lists every school's SENCo and each chair among a school's staff, and finds a community's chairs", async () => {
    const unstaffed = await db
      .selectFrom('schools')
      .leftJoin('school_staff', 'school_staff.school_id', 'schools.id')
      .where('school_staff.person_id', 'is', null)
      .select('schools.id')
      .execute();
    expect(unstaffed).toEqual([]);
    const directory = new DirectoryRepository(db);
    const { school_id: schoolId, community_id: communityId } = await db
      .selectFrom('roles')
      .select(['school_id', 'community_id'])
      .where('role', '=', 'representative')
      .orderBy('school_id')
      .executeTakeFirstOrThrow();
    const chairs = await directory.chairsOf(communityId as string);
    expect(chairs.length).toBeGreaterThanOrEqual(1);
    expect(chairs.every((c) => c.roles.some((r) => r.role === 'chair' && r.communityId === communityId))).toBe(true);
    const senco = await db
      .selectFrom('roles')
      .select('person_id')
      .where('role', '=', 'representative')
      .where('school_id', '=', schoolId)
      .executeTakeFirstOrThrow();
    expect(await directory.isStaffOf(senco.person_id, schoolId as string)).toBe(true);
    expect(await directory.isStaffOf((chairs[0] as { id: string }).id, 'no-such-school')).toBe(false);
  });

  it('gives every school exactly one representative and every community a chair', async () => {
    const schoolsWithoutRep = await db
      .selectFrom('schools')
      .leftJoin('roles', (join) =>
        join.onRef('roles.school_id', '=', 'schools.id').on('roles.role', '=', 'representative'),
      )
      .where('roles.id', 'is', null)
      .select('schools.id')
      .execute();
    expect(schoolsWithoutRep).toEqual([]);
    const chaired = await db
      .selectFrom('roles')
      .where('role', '=', 'chair')
      .select((eb) => eb.fn.count<string>('community_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(chaired.n)).toBe(53);
  });

  it('refuses a second representative for the same school', async () => {
    const rep = await db.selectFrom('roles').selectAll().where('role', '=', 'representative').executeTakeFirstOrThrow();
    const other = await db.selectFrom('people').select('id').where('id', '!=', rep.person_id).executeTakeFirstOrThrow();
    await expect(
      db
        .insertInto('roles')
        .values({
          person_id: other.id,
          role: 'representative',
          school_id: rep.school_id,
          community_id: rep.community_id,
        })
        .execute(),
    ).rejects.toThrow(/roles_one_representative_idx/);
  });

  it('has SEN Inclusion Advisers and link practitioners who serve several communities', async () => {
    const directory = new DirectoryRepository(db);
    const people = await directory.listPeople();
    const adviser = people.find((p) => p.roles.some((r) => r.role === 'senInclusionAdviser'));
    expect(adviser?.roles.filter((r) => r.role === 'senInclusionAdviser').length).toBeGreaterThan(1);
    const services = await db.selectFrom('prg_services').select('id').orderBy('id').execute();
    expect(services.map((s) => s.id)).toEqual([
      'educational-psychology',
      'occupational-therapy',
      'physiotherapy',
      'special-school-outreach',
      'speech-and-language-therapy',
      'stls',
    ]);
    const practitioner = people.find((p) => p.roles.filter((r) => r.role === 'practitioner').length > 1);
    expect(practitioner?.roles[0]?.communityName).toMatch(/Community of Schools$/);
    expect(people.filter((p) => p.roles.some((r) => r.role === 'officer')).length).toBeGreaterThanOrEqual(3);
  });

  it('finds a person by Entra object id and by email in any case', async () => {
    const directory = new DirectoryRepository(db);
    const [someone] = await directory.listPeople();
    if (!someone?.aadObjectId) throw new Error('demo person without an object id');
    expect((await directory.findByEntraId(undefined, someone.aadObjectId))?.id).toBe(someone.id);
    expect((await directory.findByEmail(someone.email.toUpperCase()))?.id).toBe(someone.id);
    expect(await directory.findByEmail('nobody@example.org')).toBeUndefined();
  });

  it('binds an Entra identity to a person at their first sign-in by email, audited, and then refuses any other', async () => {
    const directory = new DirectoryRepository(db);
    await db
      .insertInto('people')
      .values({
        id: 'p-new-senco',
        email: 'new.senco@school.demo.example',
        display_name: 'New Senco',
        tenant_id: null,
        aad_object_id: null,
        job_title: null,
        phone: null,
      })
      .execute();
    const first = { tenantId: 'kent-tenant', aadObjectId: 'oid-new-senco', email: 'New.Senco@school.demo.example' };
    expect((await identifyPerson(directory, first))?.id).toBe('p-new-senco');
    expect((await identifyPerson(directory, { tenantId: 'kent-tenant', aadObjectId: 'oid-new-senco' }))?.id).toBe(
      'p-new-senco',
    );
    const audit = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', 'p-new-senco').execute();
    expect(audit.map((a) => a.action)).toEqual(['person.identity-bound']);

    const impostor = {
      tenantId: 'kent-tenant',
      aadObjectId: 'oid-renamed-guest',
      email: 'new.senco@school.demo.example',
    };
    expect(await identifyPerson(directory, impostor)).toBeUndefined();
    expect(await identifyPerson(directory, { tenantId: 'other-tenant', aadObjectId: 'oid-new-senco' })).toBeUndefined();
    expect(await identifyPerson(directory, { email: 'new.senco@school.demo.example' })).toBeUndefined();
  });

  it('stores plain dates as they are, without time zone shifts', async () => {
    const terms = await db
      .selectFrom('term_dates')
      .selectAll()
      .where('academic_year_id', '=', '2026-27')
      .orderBy('term')
      .execute();
    expect(terms.map((t) => [t.starts_on, t.ends_on])).toEqual([
      ['2026-09-01', '2026-10-23'],
      ['2026-11-02', '2026-12-18'],
      ['2027-01-04', '2027-02-12'],
      ['2027-02-22', '2027-03-25'],
      ['2027-04-12', '2027-05-28'],
      ['2027-06-07', '2027-07-21'],
    ]);
    const christmas = await db.selectFrom('holidays').selectAll().where('date', '=', '2026-12-28').executeTakeFirst();
    expect(christmas).toEqual({ date: '2026-12-28', name: 'Boxing Day (substitute day)' });
  });

  it('keeps one conversation reference per conversation, refreshed on each save', async () => {
    const refs = new ConversationRefsRepository(db);
    const [person] = await new DirectoryRepository(db).listPeople();
    await refs.save({
      conversationId: 'a:1',
      conversationType: 'personal',
      personId: person?.id ?? null,
      reference: { v: 1 },
    });
    await refs.save({ conversationId: 'a:1', conversationType: 'personal', personId: null, reference: { v: 2 } });
    expect(await refs.find('a:1')).toEqual({
      conversationId: 'a:1',
      conversationType: 'personal',
      personId: person?.id,
      reference: { v: 2 },
    });
  });

  it('writes an unchanged conversation reference only once, and a changed one at once', async () => {
    const refs = new ConversationRefsRepository(db);
    const ref = { conversationId: 'a:2', conversationType: 'personal', personId: null, reference: { url: 'a' } };
    const updatedAt = async () =>
      (
        await db
          .selectFrom('conversation_refs')
          .select('updated_at')
          .where('conversation_id', '=', 'a:2')
          .executeTakeFirstOrThrow()
      ).updated_at.getTime();
    await refs.save(ref);
    const first = await updatedAt();
    await new Promise((r) => setTimeout(r, 5));
    await refs.save({ ...ref, reference: { url: 'a' } });
    expect(await updatedAt()).toBe(first);
    await refs.save({ ...ref, reference: { url: 'b' } });
    expect((await refs.find('a:2'))?.reference).toEqual({ url: 'b' });
    const [person] = await new DirectoryRepository(db).listPeople();
    await refs.save({ ...ref, reference: { url: 'b' }, personId: person?.id ?? null });
    expect((await refs.find('a:2'))?.personId).toBe(person?.id);
  });

  // PGlite runs in this process: only a PostgreSQL server can drop our connections.
  const onServer = engine === 'postgres' ? it : () => undefined;
  onServer('survives the server dropping its idle connections (a restart or failover)', async () => {
    const dropped: Error[] = [];
    const other = await openDatabase(throwaway.target, (e) => dropped.push(e));
    await sql`select 1`.execute(other.db);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(
      db,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(dropped.length).toBeGreaterThan(0);
    expect((await sql<{ one: number }>`select 1 as one`.execute(other.db)).rows).toEqual([{ one: 1 }]);
    await other.db.destroy();
  });

  it('keeps the data after a restart, and seeding again adds nothing', async () => {
    await db.destroy();
    db = (await openDatabase(throwaway.target)).db;
    expect(await migrateToLatest(db, allMigrations)).toEqual([]);
    const before = await db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await seedDemoData(db);
    const after = await db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await new ConversationRefsRepository(db).find('a:1')).toBeDefined();
  });
});
