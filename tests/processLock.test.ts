import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../src/storage/processLock.js';
import { startHttpBot } from './helpers/httpBot.js';
import { makeTempDir } from './helpers/tempDir.js';

/** Starts `node dist/src/index.js` (built by `npm test`) and resolves once it listens or exits. */
function startProcess(
  dataDir: string,
): Promise<{ ready: boolean; code: number | null; stderr: string; stop: (signal?: NodeJS.Signals) => Promise<void> }> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/src/index.js'], {
    env: { PATH: process.env.PATH, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    child.kill(signal);
    await exited;
  };
  return new Promise((resolve) => {
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('Bot ready')) resolve({ ready: true, code: null, stderr, stop });
    });
    void exited.then((code) => resolve({ ready: false, code, stderr, stop }));
  });
}

/**
 * A small process that only takes the lock, as the bot does first thing, and holds it: cheaper than a third bot
 * for showing that a crash leaves no stale lock.
 */
async function holdLock(dataDir: string): Promise<{ kill: () => Promise<void> }> {
  const script = `import('./dist/src/storage/processLock.js').then((m) => { m.lockDataDir(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 1000); })`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('locked')) resolve();
    });
    void exited.then(() => reject(new Error('the lock holder exited before it took the lock')));
  });
  return {
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe('one process per data folder', () => {
  it('refuses a bot process on a DATA_DIR another process holds, with a clear message, and leaves no stale lock after a crash', async () => {
    const tmp = await makeTempDir();
    try {
      const holder = await holdLock(tmp.dir);
      const refused = await startProcess(tmp.dir);
      expect(refused.ready).toBe(false);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('another bot process is already using DATA_DIR');
      // kill -9: the operating system drops the lock with the process.
      await holder.kill();
      lockDataDir(tmp.dir).release();
    } finally {
      await tmp.remove();
    }
  }, 90_000);

  it('holds the folder while the bot runs and frees it when the bot stops', async () => {
    const h = await startHttpBot();
    try {
      expect(() => lockDataDir(h.dataDir)).toThrow('another bot process is already using DATA_DIR');
      await h.bot.close();
      lockDataDir(h.dataDir).release();
    } finally {
      await h.stop();
    }
  });
});
