import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DatabaseTarget } from '../../bot/src/platform/db/open-database';

/** A database a test can use and throw away afterwards. */
export interface ThrowawayDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** The engines every store test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL names a server. */
export function databaseEngines(): ('pglite' | 'postgres')[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.CI || process.env.REQUIRE_POSTGRES) {
    throw new Error('TEST_DATABASE_URL is not set: CI must run every store test on PostgreSQL too (see .ci/run).');
  }
  return ['pglite'];
}

/** Creates an empty database on an engine: a temporary PGlite folder, or a fresh database on the server. */
export async function createThrowawayDatabase(engine: 'pglite' | 'postgres'): Promise<ThrowawayDatabase> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cos-pglite-'));
    return { target: { kind: 'pglite', dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `cos_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: () => withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin(url: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
