import { type Kysely, sql } from 'kysely';

/**
 * The tables budget pages and lists of requests are read from: budgets and protections, the ledger, the requests and
 * their decisions, the meetings they are placed at, and the names of schools, communities and PRG services.
 */
const FUNDING_READ_TABLES = [
  'budgets',
  'budget_protections',
  'ledger_entries',
  'funding_requests',
  'funding_decisions',
  'meetings',
  'schools',
  'communities',
  'prg_services',
];

/**
 * One counter that changes, in the same transaction, with every write to what a budget page or a list of requests
 * shows, so each instance's kept pages can tell at once that they are stale; triggers bump it, so no write can forget
 * to (as the directory's, migration 0018). They also notify `funding_changed`, which PGlite delivers at commit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table funding_version (
      id boolean primary key default true check (id),
      version bigint not null default 0
    )
  `.execute(db);
  await sql`insert into funding_version default values`.execute(db);
  await sql`
    create function bump_funding_version() returns trigger language plpgsql as $$
    begin
      update funding_version set version = version + 1;
      perform pg_notify('funding_changed', '');
      return null;
    end
    $$
  `.execute(db);
  for (const table of FUNDING_READ_TABLES) {
    await sql`
      create trigger ${sql.id(`${table}_bump_funding_version`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_funding_version()
    `.execute(db);
  }
}
