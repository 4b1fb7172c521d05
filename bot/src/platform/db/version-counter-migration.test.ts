import { sql } from 'kysely';
import { openDatabase } from './open-database';
import { versionCounterMigration } from './version-counter-migration';

describe('a version-counter migration', () => {
  it('bumps the counter once per writing statement on a watched table, through a trigger named for the table', async () => {
    const { db } = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await sql`create table things (id int)`.execute(db);
      await versionCounterMigration({
        counterTable: 'things_version',
        bumpFunction: 'bump_things_version',
        channel: 'things_changed',
        watchedTables: ['things'],
      }).up(db);
      await sql`insert into things values (1), (2)`.execute(db);
      await sql`delete from things`.execute(db);
      const { rows } = await sql<{ version: string }>`select version from things_version`.execute(db);
      expect(rows.map((row) => Number(row.version))).toEqual([2]);
      const triggers = await sql<{ tgname: string }>`select tgname from pg_trigger where not tgisinternal`.execute(db);
      expect(triggers.rows).toEqual([{ tgname: 'things_bump_things_version' }]);
    } finally {
      await db.destroy();
    }
  });

  it('refuses a name it would have to quote', () => {
    expect(() =>
      versionCounterMigration({
        counterTable: 'things version',
        bumpFunction: 'bump',
        channel: 'changed',
        watchedTables: [],
      }),
    ).toThrow('Not a plain SQL name: things version');
  });
});
