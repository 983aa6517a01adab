/**
 * `npm run chat`: talk to the real bot in a terminal, for anyone without Bot Framework
 * Emulator. It starts the same server as `npm start` (same knowledge, storage and
 * DATA_DIR) on a free loopback port and sends each line over HTTP with
 * `deliveryMode: "expectReplies"`. Buttons are numbered: type the number to press one.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { config as loadDotenv } from 'dotenv';
import { startBot } from '../index.js';

interface ReplyActivity {
  type: string;
  text?: string;
  suggestedActions?: { actions: Array<{ title?: string; value?: unknown }> };
  attachments?: Array<{ content?: { text?: string; buttons?: Array<{ title: string; value?: unknown }> } }>;
}

loadDotenv({ quiet: true });
const bot = await startBot({
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.CHAT_LOG_LEVEL ?? 'silent' },
});
const conversationId = `chat-${randomUUID()}`;
let buttons: string[] = [];

async function send(activity: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'terminal',
      serviceUrl: bot.url,
      deliveryMode: 'expectReplies',
      from: { id: 'terminal-user', role: 'user' },
      recipient: { id: 'bot', role: 'bot' },
      conversation: { id: conversationId },
      id: randomUUID(),
      ...activity,
    }),
  });
  const body = (await res.json()) as { activities?: ReplyActivity[]; error?: string };
  if (!res.ok) {
    process.stdout.write(`(the bot answered ${res.status}: ${body.error ?? 'error'})\n`);
    return;
  }
  buttons = [];
  for (const a of body.activities ?? []) {
    if (a.type !== 'message') continue;
    const text = a.text ?? a.attachments?.[0]?.content?.text ?? '';
    if (text) process.stdout.write(`\nBot: ${text}\n`);
    const titles =
      a.suggestedActions?.actions.map((b) => b.title ?? String(b.value)) ??
      a.attachments?.[0]?.content?.buttons?.map((b) => b.title) ??
      [];
    for (const title of titles) {
      buttons.push(title);
      process.stdout.write(`  [${buttons.length}] ${title}\n`);
    }
  }
}

await send({ type: 'conversationUpdate', membersAdded: [{ id: 'terminal-user' }] });
process.stdout.write('\n(Type your message. A number presses a button. Ctrl+D or "/quit" leaves.)\n\nYou: ');
// The async iterator buffers lines, so piped input (a script of messages) works too.
const rl = createInterface({ input: process.stdin, terminal: false });
for await (const line of rl) {
  if (line.trim() === '/quit') break;
  const pressed = /^\d+$/.test(line.trim()) ? buttons[Number(line.trim()) - 1] : undefined;
  if (pressed) process.stdout.write(`(pressed: ${pressed})\n`);
  await send({ type: 'message', text: pressed ?? line });
  process.stdout.write('\nYou: ');
}
rl.close();
await bot.close();
process.stdout.write('\nGoodbye.\n');
