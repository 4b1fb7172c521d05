import type { InProcessNotifications } from '../db/open-database';
import { freshRead } from './fresh-read';
import { notifiedVersion } from './notified-version';
import type { VersionSource } from './versioned-cache';

/**
 * How this process learns that some tables changed, when their triggers bump a version row and notify `channel`: PGlite
 * lives in this one process (its folder is locked) and notifies it at commit, so no query is needed; PostgreSQL may
 * serve several instances, so each look reads the version (`read`: one tiny query, shared by concurrent lookups), and a
 * change on any instance is seen by the next request.
 */
export function databaseVersion(
  read: () => Promise<string>,
  channel: string,
  notifications?: InProcessNotifications,
): VersionSource {
  return notifications ? notifiedVersion(notifications, channel) : freshRead(read);
}
