import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** Thrown when another process already serves this data folder. */
export class DataDirLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `[database] another bot process is already using DATA_DIR ${path.resolve(dataDir)}; run one process per data folder (stop the other one, or give this one its own DATA_DIR)`,
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * One bot process per data folder. Turn serialization and retry de-duplication live in
 * memory, so two processes on one folder lose updates. The lock is SQLite's own
 * exclusive lock on a small side file (`bot.lock`), held until `release()`: the
 * operating system drops it when the process dies, so a crash (even kill -9) never
 * leaves a stale lock. The staff CLI does not take it; it only reads and deletes rows.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  const file = path.join(dataDir, 'bot.lock');
  // Taken before the database is opened, so the folder may not exist yet (the database checks its mode).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const db = new BetterSqlite3(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock; EXCLUSIVE mode keeps it until close.
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER)');
    db.exec('DELETE FROM holder');
    db.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new DataDirLockedError(dataDir);
    throw error;
  }
  return {
    release() {
      if (db.open) db.close();
    },
  };
}
