import type { Kysely } from 'kysely';
import { databaseVersion } from '../../platform/cache/database-version';
import type { VersionSource } from '../../platform/cache/versioned-cache';
import type { InProcessNotifications } from '../../platform/db/open-database';
import type { Database } from '../../platform/db/schema';

/**
 * The version of what budget pages and request lists show: it changes with every committed write to a table they are
 * read from (migration 0023's triggers, which notify `funding_changed`); read without a query on PGlite.
 */
export function fundingVersionSource(db: Kysely<Database>, notifications?: InProcessNotifications): VersionSource {
  const read = async () =>
    String((await db.selectFrom('funding_version').select('version').executeTakeFirstOrThrow()).version);
  return databaseVersion(read, 'funding_changed', notifications);
}
