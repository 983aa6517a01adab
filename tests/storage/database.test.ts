import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotDatabase, openSqliteDatabase } from '../../src/storage/database.js';
import { SqlInquiryStore } from '../../src/storage/inquiryStore.js';
import { MIGRATIONS } from '../../src/storage/migrations.js';
import { makeTempDir } from '../helpers/tempDir.js';

describe('openSqliteDatabase', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  const opened: BotDatabase[] = [];
  const open = async (...args: Parameters<typeof openSqliteDatabase>): Promise<BotDatabase> => {
    const db = await openSqliteDatabase(...args);
    opened.push(db);
    return db;
  };
  const applied = async (db: BotDatabase): Promise<string[]> =>
    (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db.db)).rows.map(
      (r) => r.name,
    );
  const tableNames = async (db: BotDatabase): Promise<string[]> =>
    (
      await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db.db)
    ).rows.map((r) => r.name);
  const pragma = async (db: BotDatabase, name: string): Promise<unknown> =>
    Object.values((await sql<Record<string, unknown>>`${sql.raw(`PRAGMA ${name}`)}`.execute(db.db)).rows[0] ?? {})[0];

  beforeEach(async () => {
    tmp = await makeTempDir();
  });
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    await tmp.remove();
  });

  it('creates a missing data dir (owner-only) and the database file inside it', async () => {
    const dataDir = path.join(tmp.dir, 'nested', 'data');
    await open(dataDir);
    expect(existsSync(path.join(dataDir, 'bot.sqlite'))).toBe(true);
    if (process.platform !== 'win32') expect(statSync(dataDir).mode & 0o077).toBe(0);
  });

  it('uses WAL, a busy timeout and foreign keys', async () => {
    const db = await open(tmp.dir);
    expect(await pragma(db, 'journal_mode')).toBe('wal');
    expect(await pragma(db, 'busy_timeout')).toBeGreaterThanOrEqual(1000);
    expect(await pragma(db, 'foreign_keys')).toBe(1);
  });

  it('creates the tables and records the migrations', async () => {
    const db = await open(tmp.dir, 'custom.sqlite');
    expect(await tableNames(db)).toEqual(
      expect.arrayContaining(['bot_state', 'inquiries', 'processed_activities', 'inquiry_outbox']),
    );
    expect(await applied(db)).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('applies each migration once, however often the file is opened', async () => {
    await (await openSqliteDatabase(tmp.dir)).close();
    await (await openSqliteDatabase(tmp.dir)).close();
    expect(await applied(await open(tmp.dir))).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('takes over a file made by the earlier migrator and keeps its inquiries', async () => {
    const file = new BetterSqlite3(path.join(tmp.dir, 'bot.sqlite'));
    file.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;
      CREATE TABLE bot_state (key TEXT PRIMARY KEY, etag TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
      CREATE TABLE inquiries (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL, email TEXT,
        preferred_time TEXT NOT NULL, message TEXT, channel TEXT NOT NULL, conversation_id TEXT NOT NULL, activity_id TEXT NOT NULL,
        consent_given INTEGER NOT NULL, consent_at TEXT, UNIQUE (channel, conversation_id, activity_id)) STRICT;
      INSERT INTO schema_migrations VALUES (1, 'bot_state and inquiries', '2025-01-01T00:00:00.000Z');
      INSERT INTO inquiries VALUES ('inq_old', '2025-01-02T00:00:00.000Z', 'Pat', '+15550001111', NULL, 'morning', NULL, 'webchat', 'c', 'a', 1, '2025-01-02T00:00:00.000Z');`);
    file.close();
    const db = await open(tmp.dir);
    // Requests taken before the language was stored were all taken in English, and for the caller.
    expect((await new SqlInquiryStore(db.db).list()).map((i) => [i.id, i.language, i.patientName])).toEqual([
      ['inq_old', 'en', null],
    ]);
    expect(await applied(db)).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('applies only the new migrations to an existing database', async () => {
    await (await openSqliteDatabase(tmp.dir)).close();
    const next = {
      '9999_notes': { up: (db: Kysely<any>) => db.schema.createTable('notes').addColumn('id', 'integer').execute() },
    };
    const db = await open(tmp.dir, undefined, { migrations: { ...MIGRATIONS, ...next } });
    expect(await applied(db)).toEqual([...Object.keys(MIGRATIONS).sort(), '9999_notes']);
    expect(await tableNames(db)).toContain('notes');
  });

  it('rolls back a failing migration completely and names it', async () => {
    await (await openSqliteDatabase(tmp.dir)).close();
    const broken = {
      '9999_half_broken': {
        async up(db: Kysely<any>) {
          await db.schema.createTable('half').addColumn('id', 'integer').execute();
          await sql`INSERT INTO no_such_table VALUES (1)`.execute(db);
        },
      },
    };
    await expect(openSqliteDatabase(tmp.dir, undefined, { migrations: { ...MIGRATIONS, ...broken } })).rejects.toThrow(
      '[database] migration 9999_half_broken failed',
    );
    const db = await open(tmp.dir);
    expect(await tableNames(db)).not.toContain('half');
    expect(await applied(db)).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('refuses a database written by a newer build', async () => {
    const future = { '9999_future': { up: async () => {} } };
    await (await openSqliteDatabase(tmp.dir, undefined, { migrations: { ...MIGRATIONS, ...future } })).close();
    await expect(openSqliteDatabase(tmp.dir)).rejects.toThrow(
      /^\[database\] the database has migrations this build does not know/,
    );
  });

  it('refuses a file name that would escape the data dir', async () => {
    await expect(openSqliteDatabase(tmp.dir, '../elsewhere.sqlite')).rejects.toThrow(
      '[database] fileName must be a plain file name',
    );
  });
});
