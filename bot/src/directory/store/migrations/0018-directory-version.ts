import { versionCounterMigration } from '../../../platform/db/version-counter-migration';

/**
 * One counter that changes, in the same transaction, with every write to the directory's people, roles, staff lists
 * and the names of communities and schools, so each instance's cache of people can tell at once that it is stale.
 * Triggers bump it, so no write can forget to: the app's, the demo seed's, a migration's or an administrator's SQL.
 * They also notify `directory_changed`, which an embedded database (PGlite) delivers to this process at commit.
 */
export const { up } = versionCounterMigration({
  counterTable: 'directory_version',
  bumpFunction: 'bump_directory_version',
  channel: 'directory_changed',
  // The tables whose rows make up a person as the app sees them: who they are, their roles and where they hold them.
  watchedTables: ['people', 'roles', 'school_staff', 'communities', 'schools'],
});
