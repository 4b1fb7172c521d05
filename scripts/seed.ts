// `npm run seed`: brings the configured database up to date and loads the demo data into it (rows that exist stay).

import { loadConfig } from '../bot/src/platform/config';
import { migrateToLatest } from '../bot/src/platform/db/migrate';
import { openDatabase } from '../bot/src/platform/db/open-database';
import { seedDemoData } from '../bot/src/seed-demo-data';
import { allMigrations } from '../bot/src/start-service';

async function seed(): Promise<void> {
  const config = loadConfig();
  const { db, engine } = await openDatabase(config.database, () => undefined);
  try {
    await migrateToLatest(db, allMigrations);
    const summary = await seedDemoData(db);
    process.stdout.write(`Demo data loaded into ${engine}: ${JSON.stringify(summary)}\n`);
  } finally {
    await db.destroy();
  }
}

void seed().catch((error: unknown) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
