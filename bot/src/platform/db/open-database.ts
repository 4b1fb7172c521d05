import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool, types } from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { lockDataDirectory } from './data-dir-lock';
import { managedIdentityPassword } from './entra/managed-identity-password';
import { PGliteDialect, type PGliteLike } from './pglite-dialect';
import type { Database } from './schema';

/**
 * Where the data lives: an embedded PGlite folder (or memory), or a PostgreSQL server, signed in to with the URL's
 * password or, given `entraClientId`, with Entra access tokens of that managed identity (Azure Database for PostgreSQL).
 */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; entraClientId?: string; password?: () => Promise<string> }
  | { kind: 'pglite'; dataDir: string };

/** An open database and the name of its engine, as reported by health checks. */
export interface OpenDatabase {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  /** The PostgreSQL connection pool (absent on PGlite), for libraries that keep state in the same database. */
  pool?: Pool;
  /** PGlite only (see `InProcessNotifications`). */
  notifications?: InProcessNotifications;
}

/**
 * Subscribes to a NOTIFY channel of a database embedded in this process (PGlite), which calls `onNotify` before the
 * committing query returns: the process knows of a change before anyone can act on the commit.
 */
export type InProcessNotifications = (channel: string, onNotify: () => void) => Promise<void>;

// Plain dates stay ISO strings ("2026-09-01"); never shifted through a JavaScript Date.
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value) => value);

/**
 * Opens the database for a target; `dataDir` may be `memory://` for a throwaway PGlite. An idle PostgreSQL
 * connection that the server drops (restart, failover) is reported to `onConnectionError` instead of crashing the
 * process; the pool opens a new connection for the next query.
 */
export async function openDatabase(
  target: DatabaseTarget,
  onConnectionError: (error: Error) => void = () => {},
): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const password =
      target.password ?? (target.entraClientId ? managedIdentityPassword(target.entraClientId) : undefined);
    // With a token source the URL is read here: pg would let the URL's (absent) password override the function.
    const pool = new Pool(
      password
        ? { ...parseIntoClientConfig(target.url), password, max: 10 }
        : { connectionString: target.url, max: 10 },
    );
    pool.on('error', onConnectionError);
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres', pool };
  }
  let release = () => {};
  if (!target.dataDir.startsWith('memory://')) {
    mkdirSync(target.dataDir, { recursive: true });
    release = lockDataDirectory(target.dataDir);
  }
  try {
    const { PGlite, types: pgliteTypes } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create(target.dataDir, {
      parsers: { [pgliteTypes.DATE]: (value: string) => value },
    });
    const closing: PGliteLike = {
      query: (text, params) => pglite.query(text, params),
      close: async () => {
        await pglite.close();
        release();
      },
    };
    const db = new Kysely<Database>({ dialect: new PGliteDialect(closing) });
    const notifications: InProcessNotifications = async (channel, onNotify) => {
      pglite.onNotification((notified) => {
        if (notified === channel) onNotify();
      });
      // Through Kysely, whose PGlite driver runs one caller at a time: never inside someone else's transaction.
      await sql`listen ${sql.id(channel)}`.execute(db);
    };
    return { db, engine: 'pglite', notifications };
  } catch (error) {
    release();
    throw error;
  }
}

/** Checks the database answers (health checks). */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
