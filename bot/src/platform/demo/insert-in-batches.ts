import type { Insertable, InsertObject, Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

/** Inserts demo rows a batch at a time (one statement per batch), leaving any row that already exists as it is. */
export async function insertInBatches<T extends keyof Database & string>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  batchSize: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + batchSize) as InsertObject<Database, T>[])
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
