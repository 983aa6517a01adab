import type { Activity } from 'botbuilder';
import { startBot, type RunningBot } from '../../src/index.js';
import { shippedKnowledge } from './knowledgeCopy.js';
import { makeTempDir } from './tempDir.js';

/** Everything the bot logged, as text, to check that no personal detail got there. */
export class LogCapture {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  get text(): string {
    return this.lines.join('');
  }
  events(): string[] {
    return this.lines.map((l) => (JSON.parse(l) as { event?: string }).event ?? '');
  }
}

export interface HttpBot {
  readonly bot: RunningBot;
  readonly logs: LogCapture;
  readonly dataDir: string;
  /** Posts an activity with `deliveryMode: "expectReplies"` and returns the reply texts. */
  say(conversationId: string, text: string, extra?: Partial<Activity>): Promise<Activity[]>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

let nextId = 1;

/** The real server from the composition root, on an ephemeral loopback port, over a temp DATA_DIR. */
export async function startHttpBot(env: Record<string, string> = {}, dataDir?: string): Promise<HttpBot> {
  const temp = dataDir ? undefined : await makeTempDir();
  const dir = dataDir ?? temp!.dir;
  const logs = new LogCapture();
  const fullEnv = { PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'info', ...env };
  // The shipped knowledge is loaded once per test process; a test's own KNOWLEDGE_DIR is read at start.
  const knowledge = env.KNOWLEDGE_DIR === undefined ? shippedKnowledge : undefined;
  let bot = await startBot({ env: fullEnv, logDestination: logs, knowledge });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    get bot() {
      return bot;
    },
    logs,
    dataDir: dir,
    post,
    async say(conversationId, text, extra = {}) {
      const res = await post({
        type: 'message',
        id: `act-${nextId++}`,
        text,
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        from: { id: 'user-1', role: 'user' },
        recipient: { id: 'bot-1', role: 'bot' },
        conversation: { id: conversationId },
        ...extra,
      });
      if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}`);
      const body = (await res.json()) as { activities?: Activity[] };
      return (body.activities ?? []).filter((a) => a.type === 'message');
    },
    async restart() {
      await bot.close();
      bot = await startBot({ env: fullEnv, logDestination: logs, knowledge });
    },
    async stop() {
      await bot.close();
      await temp?.remove();
    },
  };
}
