import { config as loadDotenv } from 'dotenv';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { ConversationState } from 'botbuilder';
import type { DestinationStream } from 'pino';
import { createAdapter } from './adapter.js';
import { VertebroplastyBot } from './bot.js';
import { registerChannelRoutes } from './channels/routes.js';
import { type Config, loadConfig } from './config.js';
import { loadKnowledge } from './domain/knowledge.js';
import { Responder } from './domain/responder.js';
import { createLogger } from './logger.js';
import { limitInquiries } from './inquiryLimits.js';
import { createLimits } from './rateLimits.js';
import { startRetentionSweep } from './retention.js';
import { createServer } from './server.js';
import { closeDatabase, openDatabase } from './storage/database.js';
import { createFieldCipher } from './storage/fieldCipher.js';
import { SqliteInquiryStore } from './storage/inquiryStore.js';
import { lockDataDir } from './storage/processLock.js';
import { SqliteStorage } from './storage/sqliteStorage.js';
import { RootDialog } from '../dialogs/rootDialog.js';
import { ContactDialog } from '../dialogs/contactDialog.js';

export interface RunningBot {
  readonly url: string;
  readonly config: Config;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Environment to read settings from (defaults to `process.env`). */
  readonly env?: Record<string, string | undefined>;
  /** Where structured logs go (defaults to stdout). */
  readonly logDestination?: DestinationStream;
}

/**
 * The composition root: config, knowledge, storage, bot, adapter and server are created
 * and wired here and nowhere else. Tests and `npm run chat` start the bot through it.
 */
export async function startBot(options: StartOptions = {}): Promise<RunningBot> {
  const config = loadConfig(options.env ?? process.env);
  const logger = createLogger(config.logLevel, options.logDestination);
  const knowledge = loadKnowledge(path.resolve(config.knowledgeDir));
  const responder = new Responder(knowledge);

  const dataDir = path.resolve(config.dataDir);
  const db = openDatabase(dataDir, undefined, { logger });
  let lock: { release(): void };
  try {
    lock = lockDataDir(dataDir);
  } catch (err) {
    closeDatabase(db);
    throw err;
  }
  // Production refuses to start without DATA_KEY (config); local mode says so once.
  if (!config.dataKey) logger.warn({ event: 'storage.unencrypted' }, 'DATA_KEY is not set: inquiries are stored without encryption (local mode only)');
  const cipher = config.dataKey ? createFieldCipher(config.dataKey) : undefined;
  const stateStorage = new SqliteStorage(db, undefined, config.stateTtlMs);
  const conversationState = new ConversationState(stateStorage);
  const inquiryStore = new SqliteInquiryStore(db, undefined, cipher);
  const limits = createLimits(config);
  const inquiries = limitInquiries(inquiryStore, limits.inquiries, logger);
  const contactDialog = new ContactDialog({ responder, logger, inquiries });
  const rootDialog = new RootDialog(responder, logger, contactDialog);
  const bot = new VertebroplastyBot({ conversationState, responder, rootDialog, logger });
  const adapter = createAdapter(config, logger, knowledge.messages.error);
  const server = createServer({ config, adapter, bot, logger, limits });
  const channels = registerChannelRoutes(server, { config, bot, logger, knowledge, limits, publicDir: path.resolve('public') });
  const sweep = startRetentionSweep({ state: stateStorage, inquiries: inquiryStore, retentionDays: config.inquiryRetentionDays, logger });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    sweep.stop();
    closeDatabase(db);
    lock.release();
    throw err;
  }
  const address = server.address();
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info({ event: 'server.listening', url, localMode: config.localMode }, 'bot listening');

  let closed = false;
  return {
    url,
    config,
    async close() {
      if (closed) return;
      closed = true;
      sweep.stop();
      channels.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      closeDatabase(db);
      lock.release();
      logger.info({ event: 'server.closed' }, 'bot stopped');
    },
  };
}

async function main(): Promise<void> {
  // quiet: dotenv 17 otherwise prints a banner on stdout.
  loadDotenv({ quiet: true });
  let running: RunningBot;
  try {
    running = await startBot();
  } catch (err) {
    // Config and knowledge errors name the variable or file and field, never a secret.
    process.stderr.write(`Cannot start the bot.\n${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  process.stdout.write(`Bot ready: POST ${running.url}/api/messages (Bot Framework Emulator), GET ${running.url}/healthz\nChat page: ${running.url}/\n`);
  const stop = (signal: string) => {
    process.stdout.write(`${signal} received, shutting down.\n`);
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
