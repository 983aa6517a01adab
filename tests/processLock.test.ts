import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../src/storage/processLock.js';
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

describe('one process per data folder', () => {
  it('refuses a second bot process on the same DATA_DIR with a clear message, and allows one after the first is killed or stops', async () => {
    const tmp = await makeTempDir();
    try {
      const first = await startProcess(tmp.dir);
      expect(first.ready).toBe(true);
      const second = await startProcess(tmp.dir);
      expect(second.ready).toBe(false);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain('another bot process is already using DATA_DIR');
      // A crash leaves no stale lock: the operating system drops it with the process.
      await first.stop('SIGKILL');
      const third = await startProcess(tmp.dir);
      expect(third.ready).toBe(true);
      // A normal stop releases it too: the folder can be locked again at once.
      await third.stop();
      lockDataDir(tmp.dir).release();
    } finally {
      await tmp.remove();
    }
  }, 90_000);
});
