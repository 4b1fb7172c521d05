import { type Kysely, sql } from 'kysely';

/** Rows per table, keyed "schema.table". */
export type RowCounts = Record<string, number>;

/** Every ordinary or partitioned table of the database outside the system schemas, as the catalog lists them. */
export async function userTables<DB>(db: Kysely<DB>): Promise<{ schema: string; table: string }[]> {
  const { rows } = await sql<{ schema: string; table: string }>`
    select n.nspname as schema, c.relname as table
    from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'
    order by 1, 2`.execute(db);
  return rows;
}

/** A function that counts the rows of every given table exactly (count(*)), in one statement. */
export function rowCounter<DB>(db: Kysely<DB>, tables: { schema: string; table: string }[]): () => Promise<RowCounts> {
  if (tables.length === 0) throw new Error('The database has no tables to count');
  const union = sql.join(
    tables.map(
      ({ schema, table }) =>
        sql`select ${`${schema}.${table}`}::text as name, count(*)::int as rows from ${sql.table(`${schema}.${table}`)}`,
    ),
    sql` union all `,
  );
  return async () => {
    const { rows } = await sql<{ name: string; rows: number }>`${union}`.execute(db);
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.rows)]));
  };
}

/** The tables whose count differs, with before and after. */
export function changedCounts(before: RowCounts, after: RowCounts): Record<string, { before: number; after: number }> {
  const changed: Record<string, { before: number; after: number }> = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[name] !== after[name]) changed[name] = { before: before[name] ?? 0, after: after[name] ?? 0 };
  }
  return changed;
}
