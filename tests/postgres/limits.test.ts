import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Limit } from '../../src/rateLimits.js';
import { openPostgresDatabase } from '../../src/storage/database.js';
import { createTestDatabase } from '../helpers/postgres.js';

describe('rate limits on PostgreSQL', () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  const pools: pg.Pool[] = [];
  const pool = (): pg.Pool => {
    const p = new pg.Pool({ connectionString: target.url, max: 2 });
    pools.push(p);
    return p;
  };

  beforeAll(async () => {
    target = await createTestDatabase();
    // The rate_limits table comes with the migrations, as at start-up.
    await (await openPostgresDatabase(target.url)).close();
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await target.drop();
  });

  it('two instances share one budget: the third request is refused whichever instance gets it', async () => {
    const a = new Limit('inquiries', 2, 3600, { pool: pool() });
    const b = new Limit('inquiries', 2, 3600, { pool: pool() });
    expect(await a.take('phone:hash-a')).toBeUndefined();
    expect(await b.take('phone:hash-a')).toBeUndefined();
    const wait = await a.take('phone:hash-a');
    expect(wait).toBeGreaterThan(0);
    expect(await b.take('phone:hash-a')).toBeGreaterThan(0);
    // Another key has its own budget.
    expect(await b.take('phone:hash-b')).toBeUndefined();
    const { rows } = await pools[0]!.query<{ key: string }>('SELECT key FROM rate_limits ORDER BY key');
    expect(rows.map((r) => r.key)).toEqual(['inquiries:phone:hash-a', 'inquiries:phone:hash-b']);
  });
});
