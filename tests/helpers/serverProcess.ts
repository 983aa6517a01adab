import { type ChildProcess, spawn } from 'node:child_process';
import type { Activity } from 'botbuilder';

/** A real bot server process (`node dist/src/index.js`, as `npm start` runs it). */
export interface ServerProcess {
  readonly url: string;
  /** Everything the process wrote to stdout and stderr (logs), to check nothing personal is there. */
  output(): string;
  /** Posts a message activity with `deliveryMode: "expectReplies"`; returns the reply texts. */
  say(conversationId: string, text: string, id: string): Promise<string[]>;
  /** SIGTERM (graceful shutdown) and wait for the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `dist/src/index.js` (run `npm run build` first) with `env` on a free loopback port. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/src/index.js'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    // A wait, not a measure: two servers starting at once on a busy 2-core machine took over 20 s (CI, round 26).
    const timer = setTimeout(() => reject(new Error('server did not start within 50 s')), 50_000);
    const check = () => {
      const match = /Bot ready: POST (http:\/\/\S+)\/api\/messages/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited during start-up (code ${code}):\n${out}`));
    });
  });
  return {
    url,
    output: () => out,
    async say(conversationId, text, id) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id,
          text,
          channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:9',
          deliveryMode: 'expectReplies',
          from: { id: `user-${conversationId}`, role: 'user' },
          recipient: { id: 'bot-1', role: 'bot' },
          conversation: { id: conversationId },
        }),
      });
      if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}`);
      const body = (await res.json()) as { activities?: Activity[] };
      return (body.activities ?? []).filter((a) => a.type === 'message').map((a) => a.text ?? '');
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
