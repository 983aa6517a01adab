import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDatabase } from '../../src/storage/database.js';
import { MIGRATIONS } from '../../src/storage/migrations.js';
import { SqlStorage } from '../../src/storage/stateStorage.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { describeInquiryStore } from '../storage/inquiryStoreSuite.js';
import { describeStorageConformance } from '../storage/storageConformance.js';

// Two databases (pools) on one PostgreSQL database, as two bot instances have.
describeStorageConformance('SqlStorage on PostgreSQL, two instances', async () => {
  const target = await createTestDatabase();
  const a = await openPostgresDatabase(target.url);
  const b = await openPostgresDatabase(target.url);
  return {
    storage: new SqlStorage(a.db),
    other: new SqlStorage(b.db),
    cleanup: async () => {
      await a.close();
      await b.close();
      await target.drop();
    },
  };
});

describeInquiryStore('PostgreSQL', async () => {
  const target = await createTestDatabase();
  return { open: () => openPostgresDatabase(target.url), cleanup: () => target.drop() };
});

describe('SqlStorage expiry and erasure on PostgreSQL', () => {
  it('hides and sweeps idle state, and erases keys and state holding a phone number', async () => {
    const target = await createTestDatabase();
    const database = await openPostgresDatabase(target.url);
    try {
      let now = new Date('2026-03-01T00:00:00Z');
      const storage = new SqlStorage(database.db, undefined, () => now, 86_400_000);
      await storage.write({
        'c/idle': { n: 1 },
        'c/form': { dialogState: { phone: '+17135550111' } },
        'c/other': { n: 2 },
      });
      now = new Date('2026-03-01T23:00:00Z');
      await storage.write({ 'c/other': { n: 3 } });
      now = new Date('2026-03-02T01:00:00Z');
      expect(Object.keys(await storage.read(['c/idle', 'c/other']))).toEqual(['c/other']);
      expect(await storage.deleteIdle()).toBe(2);
      await storage.write({ 'c/form': { dialogState: { phone: '+17135550111' } }, 'c/key': { n: 4 } });
      expect(await storage.erase(['c/key'], '+17135550111')).toBe(2);
      expect(Object.keys(await storage.read(['c/form', 'c/key', 'c/other']))).toEqual(['c/other']);
    } finally {
      await database.close();
      await target.drop();
    }
  });
});

describe('openPostgresDatabase', () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    target = await createTestDatabase();
  });
  afterAll(async () => {
    await target.drop();
  });

  it('applies each migration once when several instances start together', async () => {
    const instances = await Promise.all([1, 2, 3].map(() => openPostgresDatabase(target.url)));
    try {
      const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
        instances[0]!.db,
      );
      expect(rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS).sort());
      await instances[1]!.ping();
    } finally {
      await Promise.all(instances.map((i) => i.close()));
    }
  });

  it('names DATABASE_URL, never its value, when the server cannot be reached', async () => {
    const url = new URL(target.url);
    url.password = 'secret-password';
    url.port = '1'; // nothing listens there
    const error = await openPostgresDatabase(url.toString()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^\[database\] cannot connect to the PostgreSQL server given in DATABASE_URL \(ECONNREFUSED\)$/,
    );
    expect((error as Error).message).not.toContain('secret-password');
  });

  it('names DATABASE_URL when the database does not exist', async () => {
    const url = new URL(target.url);
    url.pathname = '/no_such_database';
    await expect(openPostgresDatabase(url.toString())).rejects.toThrow(/DATABASE_URL \(3D000\)/);
  });
});
