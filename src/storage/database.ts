import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type Migration, Migrator, PostgresDialect, sql, SqliteDialect, type SqliteDatabase } from 'kysely';
import type pg from 'pg';
import type { Logger } from '../logger.js';
import { MIGRATIONS, migrationProvider } from './migrations.js';
import type { BotDb } from './schema.js';

/** File name used by the bot server and the staff CLI unless told otherwise. */
export const DEFAULT_DATABASE_FILE = 'bot.sqlite';

export type DialectName = 'sqlite' | 'postgres';

/** The bot's database, whichever engine holds it. */
export interface BotDatabase {
  readonly dialect: DialectName;
  /** Queries outside a turn's transaction (inquiries, outbox, reads). */
  readonly db: BotDb;
  /**
   * PostgreSQL only: a second pool for the per-turn transactions that hold a
   * conversation's lock. A turn holding one of these may still need a connection from
   * `db` (to save an inquiry), never the other way round, so the pools cannot starve
   * each other.
   */
  readonly turnDb: BotDb | undefined;
  /** PostgreSQL only: the pool rate limits count in, shared by every instance. */
  readonly limitPool?: pg.Pool;
  /** Throws when the database does not answer (for `GET /readyz`). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Receives one `info` line per migration applied; nothing personal is logged. */
  readonly logger?: Logger;
  /** Override for tests; production code uses the built-in list. */
  readonly migrations?: Record<string, Migration>;
}

/**
 * How long a SQLite connection waits for another one's write lock before failing with
 * SQLITE_BUSY. The bot server and the staff CLI share the file, so a short wait is normal.
 */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating if needed) the bot's SQLite file under `dataDir` and brings its schema
 * up to date. WAL lets the staff CLI read while the bot writes; `synchronous` stays at
 * SQLite's default FULL because call-back requests must survive a power cut.
 */
export async function openSqliteDatabase(
  dataDir: string,
  fileName = DEFAULT_DATABASE_FILE,
  options: OpenOptions = {},
): Promise<BotDatabase> {
  if (fileName !== path.basename(fileName) || fileName === '' || fileName === '.' || fileName === '..') {
    throw new Error('[database] fileName must be a plain file name inside dataDir');
  }
  const filePath = path.join(dataDir, fileName);
  protectDataFiles(dataDir, filePath);
  const file = new BetterSqlite3(filePath);
  let db: BotDb;
  try {
    file.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Deleted rows (erased inquiries, expired forms) are overwritten, not left in free pages.
    file.pragma('secure_delete = ON');
    file.pragma('journal_mode = WAL');
    file.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: reusingStatements(file) }) });
  } catch (error) {
    file.close();
    throw error;
  }
  // Kysely's migrator runs SQLite migrations outside a transaction; wrap the whole run in an
  // IMMEDIATE one on the same connection, so a failing migration rolls back whole and two
  // processes opening the file together cannot both apply it.
  const atomically = async <T>(run: () => Promise<T>): Promise<T> => {
    file.exec('BEGIN IMMEDIATE');
    try {
      const result = await run();
      file.exec('COMMIT');
      return result;
    } catch (error) {
      if (file.inTransaction) file.exec('ROLLBACK');
      throw error;
    }
  };
  return finishOpening('sqlite', db, undefined, options, atomically);
}

/** Prepared statements kept per SQL text; the bot runs a few dozen distinct statements. */
const STATEMENTS_KEPT = 200;

/**
 * The SQLite file as Kysely sees it, but preparing each distinct SQL text once: Kysely's
 * driver calls `prepare` for every query, and compiling the SQL again cost more than running
 * it (a FAQ turn's state read). Safe to share: Kysely runs one query at a time on its one
 * SQLite connection, and SQLite re-prepares a kept statement itself after a schema change.
 */
function reusingStatements(file: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => file.close(),
    prepare(sqlText: string) {
      let statement = statements.get(sqlText);
      if (statement === undefined) {
        statement = file.prepare(sqlText);
        // Queries with a varying number of parameters ("IN (?, ?, …)") must not grow it forever.
        if (statements.size >= STATEMENTS_KEPT) statements.clear();
        statements.set(sqlText, statement);
      }
      return statement;
    },
  };
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
      throw new Error(
        `[database] DATA_DIR ${path.resolve(dataDir)} is accessible to other users (mode ${(mode & 0o777).toString(8)}); run chmod 700 on it and check who copied its files`,
      );
    }
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  // SQLite gives the -wal and -shm files the main file's mode, so create that one first.
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** Pool sizes and timeouts for PostgreSQL; defaults suit one bot instance. */
export interface PostgresOptions extends OpenOptions {
  /** Connections for turn transactions (each holds a conversation's lock). */
  readonly turnPoolSize?: number;
  /** Connections for everything else. */
  readonly poolSize?: number;
}

/**
 * Connects to PostgreSQL at `url` (the value of DATABASE_URL), checks it answers and
 * migrates. Errors name DATABASE_URL and an error code, never the URL (it holds a password).
 */
export async function openPostgresDatabase(url: string, options: PostgresOptions = {}): Promise<BotDatabase> {
  // Loaded here, not at start-up: a bot on SQLite never needs the PostgreSQL client.
  const { Pool } = (await import('pg')).default;
  const pool = (max: number, name: string): pg.Pool => {
    const p = new Pool({
      connectionString: url,
      max,
      application_name: `vertebroplasty-bot ${name}`,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // A stuck statement or a turn that never ends must not hold a conversation forever.
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 60_000,
    });
    // An idle connection dropped by the server: pg reports it here; the pool replaces it.
    p.on('error', (err: Error & { code?: string }) =>
      options.logger?.warn({ event: 'db.connectionLost', pool: name, code: err.code }, 'database connection lost'),
    );
    return p;
  };
  const mainPool = pool(options.poolSize ?? 10, 'main');
  const turnPool = pool(options.turnPoolSize ?? 10, 'turns');
  try {
    await mainPool.query('SELECT 1');
  } catch (error) {
    await Promise.allSettled([mainPool.end(), turnPool.end()]);
    // No cause attached on purpose: pg's error text can quote the user and host of the URL.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`[database] cannot connect to the PostgreSQL server given in DATABASE_URL (${errorCode(error)})`);
  }
  const db: BotDb = new Kysely({ dialect: new PostgresDialect({ pool: mainPool }) });
  const turnDb: BotDb = new Kysely({ dialect: new PostgresDialect({ pool: turnPool }) });
  try {
    return { ...(await finishOpening('postgres', db, turnDb, options)), limitPool: mainPool };
  } catch (error) {
    await turnDb.destroy();
    throw error;
  }
}

/** PostgreSQL when `databaseUrl` is set, else the SQLite file in `dataDir`. */
export function openBotDatabase(
  settings: { dataDir: string; databaseUrl: string | undefined },
  options: PostgresOptions = {},
): Promise<BotDatabase> {
  return settings.databaseUrl
    ? openPostgresDatabase(settings.databaseUrl, options)
    : openSqliteDatabase(settings.dataDir, undefined, options);
}

async function finishOpening(
  dialect: DialectName,
  db: BotDb,
  turnDb: BotDb | undefined,
  options: OpenOptions,
  atomically: <T>(run: () => Promise<T>) => Promise<T> = (run) => run(),
): Promise<BotDatabase> {
  try {
    await atomically(() => migrate(db, options.migrations ?? MIGRATIONS, options.logger));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closed = false;
  return {
    dialect,
    db,
    turnDb,
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([db.destroy(), turnDb?.destroy()]);
    },
  };
}

/**
 * Applies pending migrations in name order. A failing migration is named; on SQLite it
 * rolls back whole, on PostgreSQL too (DDL is transactional there). A database that
 * holds migrations this build does not know (written by a newer build) is refused.
 *
 * @returns the names applied by this call.
 */
export async function migrate(db: BotDb, migrations: Record<string, Migration>, logger?: Logger): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider(migrations) });
  const { error, results = [] } = await migrator.migrateToLatest();
  const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  for (const name of applied) logger?.info({ event: 'db.migrated', migration: name }, 'database migration applied');
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    if (failed) throw new Error(`[database] migration ${failed.migrationName} failed`, { cause: error });
    const known = Object.keys(migrations).sort().at(-1) ?? 'none';
    throw new Error(
      `[database] the database has migrations this build does not know (newest known: ${known}); upgrade the bot`,
      { cause: error },
    );
  }
  return applied;
}

/** A short, value-free description of a connection error (code such as ECONNREFUSED or 28P01). */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  if (error instanceof Error && /timeout/i.test(error.message)) return 'timeout';
  return 'connection failed';
}
