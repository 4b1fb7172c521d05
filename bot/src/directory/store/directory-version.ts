import type { Kysely } from 'kysely';
import { databaseVersion } from '../../platform/cache/database-version';
import type { VersionSource } from '../../platform/cache/versioned-cache';
import type { InProcessNotifications } from '../../platform/db/open-database';
import type { Database } from '../../platform/db/schema';

/** The channel the directory's triggers notify at every change (migration 0018). */
const DIRECTORY_CHANGED = 'directory_changed';

/** The directory's version now: it changes with every committed write to people, roles, staff, communities or schools. */
export async function readDirectoryVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('directory_version').select('version').executeTakeFirstOrThrow();
  return String(row.version);
}

/**
 * How this process learns that the directory changed. PGlite lives in this one process (its folder is locked) and
 * notifies it at commit, so no query is needed. PostgreSQL may serve several instances, so each lookup reads the
 * version row (one tiny query, shared by concurrent lookups), and a change on any instance is seen by the next request.
 */
export function directoryVersionSource(db: Kysely<Database>, notifications?: InProcessNotifications): VersionSource {
  return databaseVersion(() => readDirectoryVersion(db), DIRECTORY_CHANGED, notifications);
}
