// `npm run seed`: brings the configured database up to date and loads the demo data into it (rows that exist stay).
// `npm run seed -- --scale=10` then tops it up to ten times Kent (530 communities, 5,500 schools, 50,000 requests).

import { loadConfig } from '../bot/src/platform/config';
import { migrateToLatest } from '../bot/src/platform/db/migrate';
import { openDatabase } from '../bot/src/platform/db/open-database';
import { seedDemoData } from '../bot/src/seed-demo-data';
import { scaleTargets, seedScaleData } from '../bot/src/seed-scale-data';
import { allMigrations } from '../bot/src/start-service';

/** The factor of `--scale=<factor>`, if given. */
function scaleFactor(args: string[]): number | undefined {
  const flag = args.find((a) => a.startsWith('--scale'));
  if (!flag) return undefined;
  const factor = Number(flag.split('=')[1]);
  scaleTargets(factor); // Refuses a factor it cannot build before the database is touched.
  return factor;
}

async function seed(): Promise<void> {
  const factor = scaleFactor(process.argv.slice(2));
  const config = loadConfig();
  const { db, engine } = await openDatabase(config.database, () => undefined);
  try {
    await migrateToLatest(db, allMigrations);
    const summary = await seedDemoData(db);
    process.stdout.write(`Demo data loaded into ${engine}: ${JSON.stringify(summary)}\n`);
    if (factor !== undefined) {
      const targets = scaleTargets(factor);
      const started = performance.now();
      const added = await seedScaleData(db, targets);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `Scaled ×${factor} in ${seconds} s to ${JSON.stringify(targets)}; added ${JSON.stringify(added)}\n`,
      );
    }
  } finally {
    await db.destroy();
  }
}

void seed().catch((error: unknown) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
