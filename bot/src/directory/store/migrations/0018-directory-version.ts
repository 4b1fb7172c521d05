import { type Kysely, sql } from 'kysely';

/** The tables whose rows make up a person as the app sees them: who they are, their roles and where they hold them. */
const DIRECTORY_TABLES = ['people', 'roles', 'school_staff', 'communities', 'schools'];

/**
 * One counter that changes, in the same transaction, with every write to the directory's people, roles, staff lists
 * and the names of communities and schools, so each instance's cache of people can tell at once that it is stale.
 * Triggers bump it, so no write can forget to: the app's, the demo seed's, a migration's or an administrator's SQL.
 * They also notify `directory_changed`, which an embedded database (PGlite) delivers to this process at commit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table directory_version (
      id boolean primary key default true check (id),
      version bigint not null default 0
    )
  `.execute(db);
  await sql`insert into directory_version default values`.execute(db);
  await sql`
    create function bump_directory_version() returns trigger language plpgsql as $$
    begin
      update directory_version set version = version + 1;
      perform pg_notify('directory_changed', '');
      return null;
    end
    $$
  `.execute(db);
  for (const table of DIRECTORY_TABLES) {
    await sql`
      create trigger ${sql.id(`${table}_bump_directory_version`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_directory_version()
    `.execute(db);
  }
}
