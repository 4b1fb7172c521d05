import type { Kysely } from 'kysely';
import { EventsRepository } from '../../bot/src/events/store/events-repository';
import { migrateToLatest } from '../../bot/src/platform/db/migrate';
import { openDatabase } from '../../bot/src/platform/db/open-database';
import type { Database } from '../../bot/src/platform/db/schema';
import { seedDemoData } from '../../bot/src/seed-demo-data';
import { allMigrations } from '../../bot/src/start-service';
import { createThrowawayDatabase } from './database-targets';

/** The events store over a throwaway database, migrated and seeded with the demo data, and who its tests act as. */
export interface SeededEventsStore {
  db: Kysely<Database>;
  events: EventsRepository;
  /** The demo officer, who creates the events. */
  officerId: string;
  /** Every representative's role, in role order: the people who book. */
  representatives: { person_id: string; school_id: string | null }[];
  close(): Promise<void>;
}

/** Opens the events store on an engine, with the demo data seeded. */
export async function openSeededEventsStore(engine: 'pglite' | 'postgres'): Promise<SeededEventsStore> {
  const throwaway = await createThrowawayDatabase(engine);
  const { db } = await openDatabase(throwaway.target);
  await migrateToLatest(db, allMigrations);
  await seedDemoData(db);
  const officerId = (
    await db.selectFrom('roles').select('person_id').where('role', '=', 'officer').executeTakeFirstOrThrow()
  ).person_id;
  const representatives = await db
    .selectFrom('roles')
    .select(['person_id', 'school_id'])
    .where('role', '=', 'representative')
    .orderBy('id')
    .execute();
  return {
    db,
    events: new EventsRepository(db),
    officerId,
    representatives,
    async close() {
      await db.destroy();
      await throwaway.drop();
    },
  };
}
