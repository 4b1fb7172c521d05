import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Person, RoleKind } from '../../bot/src/directory/domain/person';
import { DirectoryRepository } from '../../bot/src/directory/store/directory-repository';
import { migrateToLatest } from '../../bot/src/platform/db/migrate';
import { openDatabase } from '../../bot/src/platform/db/open-database';
import type { Database } from '../../bot/src/platform/db/schema';
import { FaqCatalog } from '../../bot/src/questions/app/faq-catalog';
import type { QuestionChanged } from '../../bot/src/questions/app/ports';
import { type QuestionsService, questionsService } from '../../bot/src/questions/app/questions-service';
import { seedStartingFaq } from '../../bot/src/questions/demo/seed-faq';
import { FaqRepository } from '../../bot/src/questions/store/faq-repository';
import { QuestionsRepository } from '../../bot/src/questions/store/questions-repository';
import { seedDemoData } from '../../bot/src/seed-demo-data';
import { allMigrations } from '../../bot/src/start-service';
import { createThrowawayDatabase } from './database-targets';
import { demoPersonWith } from './demo-people';

/** The question use cases over a throwaway, migrated database with the demo data and the seeded FAQ. */
export interface QuestionsHarness {
  db: Kysely<Database>;
  questions: QuestionsService;
  /** What the use cases told the channel, in order. */
  changes: QuestionChanged[];
  /** How many FAQ entries the seed published. */
  seeded: number;
  /** Sets the instant the use cases see as now (FAQ answers age against it). */
  setNow(instantMs: number): void;
  /** The first seeded person with a role, as the app reads them. */
  personWith(role: RoleKind): Promise<Person>;
  close(): Promise<void>;
}

/** Opens a harness on an engine; `startingFaq: false` leaves the FAQ empty, as production starts. */
export async function openQuestionsHarness(
  engine: 'pglite' | 'postgres',
  options: { startingFaq?: boolean } = {},
): Promise<QuestionsHarness> {
  const database = await createThrowawayDatabase(engine);
  const { db } = await openDatabase(database.target);
  await migrateToLatest(db, allMigrations);
  await seedDemoData(db);
  const seeded = options.startingFaq === false ? 0 : await seedStartingFaq(db);
  let now = Date.now();
  const directory = new DirectoryRepository(db);
  const faq = new FaqRepository(db);
  const changes: QuestionChanged[] = [];
  const questions = questionsService({
    questions: new QuestionsRepository(db),
    faq,
    catalog: new FaqCatalog(faq, 0),
    changed: (change) => changes.push(change),
    newId: randomUUID,
    now: () => now,
  });
  return {
    db,
    questions,
    changes,
    seeded,
    setNow(instantMs) {
      now = instantMs;
    },
    async personWith(role) {
      const found = await directory.findById(demoPersonWith(role).id);
      if (!found) throw new Error(`No seeded person with role ${role}`);
      return found;
    },
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
}
