import { ActivityHandler } from 'botbuilder';
import { pino } from 'pino';
import type restify from 'restify';
import { createAdapter } from '../src/adapter.js';
import { loadConfig } from '../src/config.js';
import { createServer } from '../src/server.js';
import { createLimits } from '../src/rateLimits.js';

/**
 * The baseline for `npm run bench`: a minimal ActivityHandler that echoes the text,
 * behind the bot's own restify server (src/server.ts) and CloudAdapter (src/adapter.ts).
 * The bot/echo throughput ratio is therefore what the bot's own work costs per turn
 * (emergency check, dialogs, FAQ matcher, SQLite conversation state), not HTTP or
 * botbuilder plumbing.
 */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

export async function startEcho(
  env: Record<string, string | undefined> = { PORT: '0' },
): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig(env);
  const logger = pino({ level: 'silent' });
  const server: restify.Server = createServer({
    config,
    adapter: createAdapter(config, logger, 'error'),
    bot: new EchoBot(),
    logger,
    limits: createLimits(config),
    ready: async () => {},
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  return {
    url: `http://${address.address}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}
