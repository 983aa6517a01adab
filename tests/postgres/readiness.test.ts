import { describe, expect, it } from 'vitest';
import { startHttpBot } from '../helpers/httpBot.js';
import { createTestDatabase } from '../helpers/postgres.js';

describe('GET /readyz on PostgreSQL', () => {
  it('is 200 while the database answers and 503 once it is gone, without internals', async () => {
    const target = await createTestDatabase();
    const h = await startHttpBot({ DATABASE_URL: target.url });
    try {
      expect((await fetch(`${h.bot.url}/readyz`)).status).toBe(200);
      expect(await h.say('ready-1', 'will I be awake?')).not.toEqual([]);

      await target.drop(); // terminates the bot's connections too
      const res = await fetch(`${h.bot.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable' });
      expect(h.logs.events()).toContain('readyz.failed');
    } finally {
      await h.stop();
    }
  });
});
