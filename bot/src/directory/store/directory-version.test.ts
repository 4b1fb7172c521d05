import type { Kysely } from 'kysely';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { migrateToLatest } from '../../platform/db/migrate';
import { openDatabase } from '../../platform/db/open-database';
import type { Database } from '../../platform/db/schema';
import { seedDemoData } from '../../seed-demo-data';
import { allMigrations } from '../../start-service';
import { CachedDirectory } from '../app/cached-directory';
import { identifyPerson } from '../app/identify-person';
import type { DirectoryPort } from '../app/ports';
import { DirectoryRepository } from './directory-repository';
import { directoryVersionSource, readDirectoryVersion } from './directory-version';

describe.each(databaseEngines())('the cache of people and their roles (%s)', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: Kysely<Database>;
  let other: Kysely<Database>;
  let loads: number;
  let cached: CachedDirectory;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    const opened = await openDatabase(throwaway.target);
    db = opened.db;
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    // A second instance writes through its own connections (PGlite allows one process, so it shares the engine).
    other = engine === 'postgres' ? (await openDatabase(throwaway.target)).db : db;
    const repository = new DirectoryRepository(db);
    const counting: DirectoryPort = Object.create(repository);
    counting.findByEntraId = (tenantId, aadObjectId) => {
      loads++;
      return repository.findByEntraId(tenantId, aadObjectId);
    };
    // PGlite tells this process of each commit; on PostgreSQL each lookup reads the version row.
    cached = new CachedDirectory(counting, directoryVersionSource(db, opened.notifications));
  });
  beforeEach(() => {
    loads = 0;
  });
  afterAll(async () => {
    if (other !== db) await other?.destroy();
    await db?.destroy();
    await throwaway?.drop();
  });

  const someRepresentative = () =>
    db
      .selectFrom('roles')
      .innerJoin('people', 'people.id', 'roles.person_id')
      .select(['roles.id', 'people.id as personId', 'people.aad_object_id', 'people.tenant_id', 'roles.school_id'])
      .where('roles.role', '=', 'representative')
      .where('people.aad_object_id', 'is not', null)
      .orderBy('roles.id')
      .executeTakeFirstOrThrow();

  it('looks a person up once while the directory is unchanged', async () => {
    const rep = await someRepresentative();
    const caller = { tenantId: rep.tenant_id ?? undefined, aadObjectId: rep.aad_object_id as string };
    const first = await identifyPerson(cached, caller);
    const second = await identifyPerson(cached, caller);
    expect(second).toEqual(first);
    expect(first?.roles.some((r) => r.role === 'representative')).toBe(true);
    expect(loads).toBe(1);
  });

  it('refuses a role removed by another instance on the very next lookup', async () => {
    const rep = await someRepresentative();
    const caller = { tenantId: rep.tenant_id ?? undefined, aadObjectId: rep.aad_object_id as string };
    expect((await identifyPerson(cached, caller))?.roles.map((r) => r.schoolId)).toContain(rep.school_id);
    await other.deleteFrom('roles').where('id', '=', rep.id).execute();
    expect((await identifyPerson(cached, caller))?.roles.map((r) => r.schoolId)).not.toContain(rep.school_id);
  });

  it('changes the version with every kind of write to people, roles, staff, communities and schools', async () => {
    const versions = [await readDirectoryVersion(db)];
    const changed = async (write: () => Promise<unknown>) => {
      await write();
      versions.push(await readDirectoryVersion(db));
    };
    const school = await db.selectFrom('schools').select(['id', 'name']).executeTakeFirstOrThrow();
    const person = await db.selectFrom('people').select('id').executeTakeFirstOrThrow();
    await changed(() => other.updateTable('schools').set({ name: school.name }).where('id', '=', school.id).execute());
    await changed(() => other.updateTable('communities').set({ name: 'Renamed' }).where('id', '=', 'none').execute());
    await changed(() =>
      other
        .insertInto('school_staff')
        .values({ person_id: person.id, school_id: school.id })
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    await changed(() => other.deleteFrom('school_staff').where('person_id', '=', person.id).execute());
    await changed(() => other.updateTable('people').set({ job_title: 'SENCo' }).where('id', '=', person.id).execute());
    await changed(() =>
      other.transaction().execute(async (tx) => {
        await tx.insertInto('roles').values({ person_id: person.id, role: 'officer' }).execute();
        await tx.deleteFrom('roles').where('person_id', '=', person.id).where('role', '=', 'officer').execute();
      }),
    );
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('keeps a change made in a transaction that rolls back from changing the version', async () => {
    const before = await readDirectoryVersion(db);
    await expect(
      other.transaction().execute(async (tx) => {
        await tx.updateTable('people').set({ job_title: 'Head' }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await readDirectoryVersion(db)).toBe(before);
  });

  it("gives each caller their own copy, so one caller's change never reaches the next", async () => {
    const rep = await someRepresentative();
    const first = await cached.findByEntraId(rep.tenant_id ?? undefined, rep.aad_object_id as string);
    first?.roles.push({ role: 'officer' });
    const second = await cached.findByEntraId(rep.tenant_id ?? undefined, rep.aad_object_id as string);
    expect(second?.roles.some((r) => r.role === 'officer')).toBe(false);
  });
});
