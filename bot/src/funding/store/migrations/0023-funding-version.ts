import { versionCounterMigration } from '../../../platform/db/version-counter-migration';

/**
 * One counter that changes, in the same transaction, with every write to what a budget page or a list of requests
 * shows, so each instance's kept pages can tell at once that they are stale; triggers bump it, so no write can forget
 * to (as the directory's, migration 0018). They also notify `funding_changed`, which PGlite delivers at commit.
 */
export const { up } = versionCounterMigration({
  counterTable: 'funding_version',
  bumpFunction: 'bump_funding_version',
  channel: 'funding_changed',
  // The tables budget pages and lists of requests are read from: budgets and protections, the ledger, the requests
  // and their decisions, the meetings they are placed at, and the names of schools, communities and PRG services.
  watchedTables: [
    'budgets',
    'budget_protections',
    'ledger_entries',
    'funding_requests',
    'funding_decisions',
    'meetings',
    'schools',
    'communities',
    'prg_services',
  ],
});
