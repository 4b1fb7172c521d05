import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The file that says which process has a PGlite data directory open. */
const LOCK_FILE = 'communities-of-schools.pid';

/** Raised when another running service already has the data directory open (two would corrupt it). */
class DataDirectoryInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The database folder ${dataDir} is in use by another Communities of Schools service (process ${pid}). ` +
        'Stop that one first, or give this one its own folder with PGLITE_DATA_DIR. ' +
        `If no other service is running, delete ${path.join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirectoryInUseError';
  }
}

/**
 * Claims an embedded database folder for this process, refusing at once when a live process holds it; a lock left
 * by a process that died (kill -9, a crash) is taken over. Returns the release.
 */
export function lockDataDirectory(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new DataDirectoryInUseError(dataDir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not claim the database folder ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
