import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../platform/config';
import { openDatabase } from '../../platform/db/open-database';
import { createLogger } from '../../platform/logging/logger';
import { startService } from '../../start-service';
import { seededFaqId } from './seed-faq';

describe('the starting FAQ', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cos-starting-faq-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Starts and stops the service on the same data folder, as a deployment would, with or without demo data. */
  async function startAndStop(seedDemoData: boolean): Promise<void> {
    const config = {
      ...loadConfig({ PORT: '0', HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
      seedDemoData,
    };
    const service = await startService(config, createLogger('silent'));
    await service.stop();
  }

  /** The FAQ entries as they stand in the data folder, by status. */
  async function faqRows() {
    const { db } = await openDatabase({ kind: 'pglite', dataDir });
    try {
      return await db.selectFrom('faq_entries').select(['id', 'status', 'updated_by']).execute();
    } finally {
      await db.destroy();
    }
  }

  it('is empty in production (no demo data), as officers publish or import it', async () => {
    await startAndStop(false);
    expect(await faqRows()).toEqual([]);
  });

  it('comes with the demo data in local mode, and leaves again when the same database runs without it', async () => {
    await startAndStop(true);
    const local = await faqRows();
    expect(local.length).toBeGreaterThan(30);
    expect(local.every((r) => r.status === 'published')).toBe(true);

    // An officer edits one starting entry: from then on it is theirs, and stays.
    const kept = seededFaqId('who-attends');
    const { db } = await openDatabase({ kind: 'pglite', dataDir });
    const officer = await db
      .selectFrom('roles')
      .select('person_id')
      .where('role', '=', 'officer')
      .executeTakeFirstOrThrow();
    await db.updateTable('faq_entries').set({ updated_by: officer.person_id }).where('id', '=', kept).execute();
    await db.destroy();

    await startAndStop(false);
    const production = await faqRows();
    expect(production.filter((r) => r.status === 'published').map((r) => r.id)).toEqual([kept]);
    expect(production).toHaveLength(local.length); // withdrawn, never deleted: the history stays
  });
});
