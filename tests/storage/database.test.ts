import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Database } from '../../src/storage/database.js';
import { MIGRATIONS, type Migration } from '../../src/storage/migrations.js';
import { makeTempDir } from '../helpers/tempDir.js';

describe('openDatabase', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  const opened: Database[] = [];
  const open = (...args: Parameters<typeof openDatabase>): Database => {
    const db = openDatabase(...args);
    opened.push(db);
    return db;
  };
  const appliedVersions = (db: Database): number[] =>
    (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
  const tableNames = (db: Database): string[] =>
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

  beforeEach(async () => {
    tmp = await makeTempDir();
  });
  afterEach(async () => {
    opened.splice(0).forEach(closeDatabase);
    await tmp.remove();
  });

  it('creates a missing data dir (owner-only) and the database file inside it', () => {
    const dataDir = path.join(tmp.dir, 'nested', 'data');
    open(dataDir);
    expect(existsSync(path.join(dataDir, 'bot.sqlite'))).toBe(true);
    if (process.platform !== 'win32') expect(statSync(dataDir).mode & 0o077).toBe(0);
  });

  it('uses WAL, a busy timeout and foreign keys', () => {
    const db = open(tmp.dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('creates the bot_state and inquiries tables and records the migration', () => {
    const db = open(tmp.dir, 'custom.sqlite');
    expect(tableNames(db)).toEqual(expect.arrayContaining(['bot_state', 'inquiries', 'schema_migrations']));
    expect(appliedVersions(db)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('applies each migration once, however often the file is opened', () => {
    closeDatabase(open(tmp.dir));
    closeDatabase(open(tmp.dir));
    const db = open(tmp.dir);
    expect(appliedVersions(db)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('applies only the new migrations to an existing database', () => {
    closeDatabase(open(tmp.dir));
    const next: Migration = { version: MIGRATIONS.length + 1, name: 'add notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY)' };
    const db = open(tmp.dir, undefined, { migrations: [...MIGRATIONS, next] });
    expect(appliedVersions(db)).toEqual([...MIGRATIONS.map((m) => m.version), next.version]);
    expect(tableNames(db)).toContain('notes');
  });

  it('rolls back a failing migration completely and names it', () => {
    closeDatabase(open(tmp.dir));
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'half broken',
      sql: 'CREATE TABLE half (id INTEGER); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => openDatabase(tmp.dir, undefined, { migrations: [...MIGRATIONS, broken] })).toThrow(
      `[database] migration ${broken.version} (half broken) failed`,
    );
    const db = open(tmp.dir);
    expect(tableNames(db)).not.toContain('half');
    expect(appliedVersions(db)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses a database written by a newer build', () => {
    const next: Migration = { version: MIGRATIONS.length + 1, name: 'future', sql: 'SELECT 1' };
    closeDatabase(open(tmp.dir, undefined, { migrations: [...MIGRATIONS, next] }));
    expect(() => openDatabase(tmp.dir)).toThrow(new RegExp(`^\\[database\\] schema version ${MIGRATIONS.length + 1} is newer than this build supports \\(${MIGRATIONS.length}\\)`));
  });

  it('refuses a file name that would escape the data dir', () => {
    expect(() => openDatabase(tmp.dir, '../elsewhere.sqlite')).toThrow('[database] fileName must be a plain file name');
  });
});
