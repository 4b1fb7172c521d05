import { type Kysely, type Migration, Migrator } from 'kysely';
import * as foundation from './migrations/0001-foundation';
import * as outboxDedupe from './migrations/0003-outbox-dedupe';
import * as rateLimits from './migrations/0008-rate-limits';
import * as jobLeases from './migrations/0009-job-leases';
import * as outboxLeaseTokens from './migrations/0010-outbox-lease-tokens';
import * as outboxRecipients from './migrations/0015-outbox-recipients';

/** Platform's own migrations: 0001 predates the split by feature and creates the directory and calendar tables too. */
export const platformMigrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0003-outbox-dedupe': outboxDedupe,
  '0008-rate-limits': rateLimits,
  '0009-job-leases': jobLeases,
  '0010-outbox-lease-tokens': outboxLeaseTokens,
  '0015-outbox-recipients': outboxRecipients,
};

/** Brings the schema up to date with every feature's migrations (run in name order); safe to run at every start and from several instances at once. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
