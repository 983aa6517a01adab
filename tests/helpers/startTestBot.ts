import { type RunningBot, startBot } from '../../src/index.js';
import { makeTempDir } from './tempDir.js';

export interface TestBot {
  readonly bot: RunningBot;
  stop(): Promise<void>;
}

/** The real bot on 127.0.0.1 and a random port, with its own SQLite folder and silent logs. */
export async function startTestBot(env: Record<string, string> = {}): Promise<TestBot> {
  const data = await makeTempDir('bot-channels-');
  const bot = await startBot({ env: { PORT: '0', DATA_DIR: data.dir, LOG_LEVEL: 'silent', ...env } });
  return {
    bot,
    async stop() {
      await bot.close();
      await data.remove();
    },
  };
}

/** Polls `check` until it returns a value (not undefined) or the deadline passes. */
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
