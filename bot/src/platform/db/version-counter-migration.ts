import { type Kysely, type Migration, sql } from 'kysely';

/** What a version counter is called and which tables' writes bump it. */
export interface VersionCounter {
  /** The one-row table holding the counter, e.g. `directory_version`. */
  counterTable: string;
  /** The trigger function that bumps it; each table's trigger is named `<table>_<bumpFunction>`. */
  bumpFunction: string;
  /** The NOTIFY channel told of every bump, e.g. `directory_changed`. */
  channel: string;
  /** The tables whose every insert, update, delete or truncate bumps the counter. */
  watchedTables: readonly string[];
}

/**
 * A migration that creates a counter changing in the same transaction as every write to some tables, and a
 * notification of it, so each instance's cache of what those tables hold can tell at once that it is stale.
 */
export function versionCounterMigration(counter: VersionCounter): Migration {
  for (const name of [counter.counterTable, counter.bumpFunction, counter.channel]) assertPlainName(name);
  return { up: (db) => createVersionCounter(db, counter) };
}

// The names are written into the SQL as they are (the function body is a string), so only plain names are taken.
function assertPlainName(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain SQL name: ${name}`);
}

/** A migration that makes writes to more tables bump a counter an earlier `versionCounterMigration` created. */
export function watchMoreTables(bumpFunction: string, tables: readonly string[]): Migration {
  assertPlainName(bumpFunction);
  return { up: (db) => createBumpTriggers(db, bumpFunction, tables) };
}

async function createVersionCounter(db: Kysely<unknown>, counter: VersionCounter): Promise<void> {
  const table = sql.raw(counter.counterTable);
  const bump = sql.raw(counter.bumpFunction);
  await sql`
    create table ${table} (
      id boolean primary key default true check (id),
      version bigint not null default 0
    )
  `.execute(db);
  await sql`insert into ${table} default values`.execute(db);
  await sql`
    create function ${bump}() returns trigger language plpgsql as $$
    begin
      update ${table} set version = version + 1;
      perform pg_notify('${sql.raw(counter.channel)}', '');
      return null;
    end
    $$
  `.execute(db);
  await createBumpTriggers(db, counter.bumpFunction, counter.watchedTables);
}

async function createBumpTriggers(db: Kysely<unknown>, bumpFunction: string, tables: readonly string[]): Promise<void> {
  for (const watched of tables) {
    await sql`
      create trigger ${sql.id(`${watched}_${bumpFunction}`)}
      after insert or update or delete or truncate on ${sql.table(watched)}
      for each statement execute function ${sql.raw(bumpFunction)}()
    `.execute(db);
  }
}
