import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Limit } from '../../src/rateLimits.js';
import { createTestDatabase } from '../helpers/postgres.js';

describe('rate limits on PostgreSQL', () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  const pools: pg.Pool[] = [];
  const logger = pino({ level: 'silent' });
  const pool = (): pg.Pool => {
    const p = new pg.Pool({ connectionString: target.url, max: 2 });
    pools.push(p);
    return p;
  };

  beforeAll(async () => {
    target = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await target.drop();
  });

  it('two instances share one budget: the third request is refused whichever instance gets it', async () => {
    const a = new Limit('inquiries', 2, 3600, { pool: pool(), logger });
    const b = new Limit('inquiries', 2, 3600, { pool: pool(), logger });
    // Each limiter creates the table on start and counts in memory until its own creation is
    // done (waiting for the table alone let b's first take land in memory now and then).
    await Promise.all([a.ready, b.ready]);
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
