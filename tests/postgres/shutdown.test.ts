import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledge } from '../helpers/botHarness.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { startServerProcess } from '../helpers/serverProcess.js';
import { waitFor } from '../helpers/startTestBot.js';
import { makeTempDir } from '../helpers/tempDir.js';

/**
 * Graceful shutdown: a turn in flight when SIGTERM arrives still gets its answer. The
 * test holds the conversation's lock (as another instance's turn would), so the turn is
 * certainly in flight when the signal comes.
 */
describe('graceful shutdown', () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    target = await createTestDatabase();
    dataDir = await makeTempDir();
  });
  afterAll(async () => {
    await target.drop();
    await dataDir.remove();
  });

  it('finishes the turn in flight, then exits 0', async () => {
    const server = await startServerProcess({ DATABASE_URL: target.url, DATA_DIR: dataDir.dir });
    const holder = new pg.Client({ connectionString: target.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', ['emulator/shutdown-1']);
      const reply = server.say('shutdown-1', 'hello', 'shutdown-act-1');
      // The turn is waiting for the lock: the server sees the waiting session.
      await waitFor(async () => {
        const { rows } = await holder.query(
          "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
        );
        return (rows[0] as { n: number }).n > 0 ? true : undefined;
      }, 'the turn to wait for the conversation lock');
      const exited = server.stop();
      await holder.query('COMMIT');
      expect((await reply)[0]).toBe(knowledge.messages.greeting);
      expect(await exited).toBe(0);
    } finally {
      await holder.end();
      await server.stop();
    }
  });

  it('refuses to start, naming DATABASE_URL, when PostgreSQL cannot be reached', async () => {
    const url = new URL(target.url);
    url.port = '1';
    url.password = 'never-printed';
    const error = await startServerProcess({ DATABASE_URL: url.toString(), DATA_DIR: dataDir.dir }).catch(
      (e: unknown) => e,
    );
    const message = (error as Error).message;
    expect(message).toMatch(/exited during start-up \(code 1\)/);
    expect(message).toContain('cannot connect to the PostgreSQL server given in DATABASE_URL (ECONNREFUSED)');
    expect(message).not.toContain('never-printed');
  });
});
