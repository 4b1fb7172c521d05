import { sql } from 'kysely';
import { createThrowawayDatabase, databaseEngines } from '../../../../../test/support/database-targets';
import { loadConfig } from '../../config';
import { openDatabase } from '../open-database';

const onPostgres = databaseEngines().includes('postgres') ? describe : describe.skip;

describe('signing in to PostgreSQL with Entra tokens', () => {
  it('is configured by the managed identity client id beside the database URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://id-communities@cos-db.postgres.database.azure.com/communities?sslmode=require',
      DATABASE_ENTRA_CLIENT_ID: '1111aaaa-2222-bbbb-3333-cccc4444dddd',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://id-communities@cos-db.postgres.database.azure.com/communities?sslmode=require',
      entraClientId: '1111aaaa-2222-bbbb-3333-cccc4444dddd',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://app:secret@db/communities' }).database).not.toHaveProperty(
      'entraClientId',
    );
  });
});

onPostgres('a pool whose password comes from a token source (PostgreSQL, password sign-in)', () => {
  it('signs in with the token it is given, asking again for each new connection, and fails with a wrong one', async () => {
    const database = await createThrowawayDatabase('postgres');
    const role = `entra_${Date.now()}`;
    const admin = await openDatabase(database.target);
    await sql`create role ${sql.id(role)} login password 'current-entra-token'`.execute(admin.db);
    await admin.db.destroy();
    const url = new URL(database.target.kind === 'postgres' ? database.target.url : '');
    url.username = role;
    url.password = '';
    let asked = 0;
    const { db, pool } = await openDatabase({
      kind: 'postgres',
      url: url.toString(),
      password: async () => {
        asked++;
        return 'current-entra-token';
      },
    });
    const stale = await openDatabase({ kind: 'postgres', url: url.toString(), password: async () => 'expired-token' });
    try {
      await Promise.all([1, 2, 3].map(() => pool?.query('select pg_sleep(0.05)')));
      expect(asked).toBe(pool?.totalCount);
      expect(asked).toBeGreaterThanOrEqual(2);
      const { rows } = (await pool?.query('select current_user as who')) ?? { rows: [] };
      expect(rows).toEqual([{ who: role }]);
      await expect(stale.pool?.query('select 1')).rejects.toThrow(/password authentication failed/);
    } finally {
      await Promise.all([db.destroy(), stale.db.destroy()]);
      const cleanup = await openDatabase(database.target);
      await sql`drop role if exists ${sql.id(role)}`.execute(cleanup.db).catch(() => undefined);
      await cleanup.db.destroy();
      await database.drop();
    }
  });
});
