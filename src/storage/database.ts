import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Logger } from '../logger.js';
import { MIGRATIONS, type Migration } from './migrations.js';

export type Database = BetterSqlite3.Database;

/** File name used by the bot server and the staff CLI unless told otherwise. */
export const DEFAULT_DATABASE_FILE = 'bot.sqlite';

export interface OpenDatabaseOptions {
  /** Receives one `info` line per migration applied; nothing personal is logged. */
  readonly logger?: Logger;
  /** Override for tests; production code uses the built-in list. */
  readonly migrations?: readonly Migration[];
}

/**
 * How long a connection waits for another one's write lock before failing with
 * SQLITE_BUSY. The bot server and the staff CLI share the file, so a short wait is normal.
 */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating if needed) the bot's SQLite file under `dataDir` and brings its schema
 * up to date. WAL lets the staff CLI read while the bot writes; `synchronous` stays at
 * SQLite's default FULL because call-back requests must survive a power cut.
 */
export function openDatabase(dataDir: string, fileName = DEFAULT_DATABASE_FILE, options: OpenDatabaseOptions = {}): Database {
  if (fileName !== path.basename(fileName) || fileName === '' || fileName === '.' || fileName === '..') {
    throw new Error('[database] fileName must be a plain file name inside dataDir');
  }
  const file = path.join(dataDir, fileName);
  protectDataFiles(dataDir, file);
  const db = new BetterSqlite3(file);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Deleted rows (erased inquiries, expired forms) are overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, options.migrations ?? MIGRATIONS, options.logger);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Owner-only data: the folder 0700 and the files 0600, also when they already exist.
 * A folder other users can read is refused rather than fixed silently: its files may
 * already have been copied, and the operator should know.
 */
export function protectDataFiles(dataDir: string, file: string): void {
  if (existsSync(dataDir)) {
    const mode = statSync(dataDir).mode;
    if ((mode & 0o007) !== 0) {
      throw new Error(`[database] DATA_DIR ${path.resolve(dataDir)} is accessible to other users (mode ${(mode & 0o777).toString(8)}); run chmod 700 on it and check who copied its files`);
    }
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  // SQLite gives the -wal and -shm files the main file's mode, so create that one first.
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** Closes the connection; safe to call twice so shutdown paths need not track state. */
export function closeDatabase(db: Database): void {
  if (db.open) db.close();
}

/**
 * Applies each pending migration once, in order, each in its own IMMEDIATE transaction:
 * the write lock is taken before re-checking what is applied, so two processes starting
 * together cannot both apply the same migration. A failing migration rolls back whole.
 *
 * @returns the versions applied by this call.
 */
export function migrate(db: Database, migrations: readonly Migration[], logger?: Logger): number[] {
  assertOrdered(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const current = (): number =>
    (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
  const known = migrations.at(-1)?.version ?? 0;
  if (current() > known) {
    // An older build must not write into a schema it does not understand.
    throw new Error(`[database] schema version ${current()} is newer than this build supports (${known}); upgrade the bot`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      if (current() >= migration.version) return false;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    let ran: boolean;
    try {
      ran = apply.immediate();
    } catch (error) {
      throw new Error(`[database] migration ${migration.version} (${migration.name}) failed`, { cause: error });
    }
    if (ran) {
      applied.push(migration.version);
      logger?.info({ event: 'db.migrated', version: migration.version, migration: migration.name }, 'database migration applied');
    }
  }
  return applied;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`[database] migrations must be numbered 1..n without gaps; found ${m.version} at position ${i + 1}`);
  });
}
