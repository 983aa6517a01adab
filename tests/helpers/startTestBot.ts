import type { RunningBot } from '../../src/index.js';
import { startHttpBot } from './httpBot.js';

export interface TestBot {
  readonly bot: RunningBot;
  stop(): Promise<void>;
}

/** The real bot on 127.0.0.1 and a random port, with its own SQLite folder and silent logs. */
export async function startTestBot(env: Record<string, string> = {}): Promise<TestBot> {
  const http = await startHttpBot({ LOG_LEVEL: 'silent', ...env });
  return { bot: http.bot, stop: () => http.stop() };
}

/** Polls `check` until it returns a value (not undefined) or the deadline passes. */
export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
