import { type Kysely, type Migration, Migrator } from 'kysely';
import * as funding from '../../funding/store/migrations/0004-funding';
import * as questionsFaq from '../../questions/store/migrations/0005-questions-faq';
import * as meetings from '../../scheduling/store/migrations/0002-meetings';
import * as foundation from './migrations/0001-foundation';
import * as outboxDedupe from './migrations/0003-outbox-dedupe';

/** Every migration, in order; a new one is a new file added here. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-meetings': meetings,
  '0003-outbox-dedupe': outboxDedupe,
  '0004-funding': funding,
  '0005-questions-faq': questionsFaq,
};

/** Brings the schema up to date; safe to run at every start and from several instances at once. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
