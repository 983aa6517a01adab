import { config as loadDotenv } from 'dotenv';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { DestinationStream } from 'pino';
import { createAdapter } from './adapter.js';
import { VertebroplastyBot } from './bot.js';
import { registerChannelRoutes } from './channels/routes.js';
import { LeanConversationState } from './conversationState.js';
import { type Config, loadConfig } from './config.js';
import { type Knowledge, loadKnowledge } from './domain/knowledge.js';
import { Responder } from './domain/responder.js';
import { createLogger, describeError } from './logger.js';
import { limitInquiries } from './inquiryLimits.js';
import { createLimits } from './rateLimits.js';
import { startRetentionSweep } from './retention.js';
import { createServer } from './server.js';
import { deliverNow, OutboxDeliverer } from './handoff/outboxDeliverer.js';
import { SqlOutbox } from './handoff/outboxStore.js';
import { type BotDatabase, openBotDatabase } from './storage/database.js';
import { createFieldCipher } from './storage/fieldCipher.js';
import { SqlInquiryStore } from './storage/inquiryStore.js';
import { lockDataDir } from './storage/processLock.js';
import { SqlStorage } from './storage/stateStorage.js';
import { TurnScope } from './storage/turnScope.js';
import { LocalTurnCoordinator, PostgresTurnCoordinator, type TurnCoordinator } from './turnCoordinator.js';
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
  /**
   * Knowledge already loaded and checked (defaults to reading `KNOWLEDGE_DIR`). Tests that start
   * dozens of servers pass one shared copy instead of loading and checking the files each time.
   */
  readonly knowledge?: Knowledge;
}

/**
 * The composition root: config, knowledge, storage, bot, adapter and server are created
 * and wired here and nowhere else. Tests and `npm run chat` start the bot through it.
 */
export async function startBot(options: StartOptions = {}): Promise<RunningBot> {
  const config = loadConfig(options.env ?? process.env);
  const logger = createLogger(config.logLevel, options.logDestination);
  const dataDir = path.resolve(config.dataDir);
  // SQLite: one process per data folder (turns and retry ids are coordinated in memory). Taken
  // first, so a second process stops at once, before it loads knowledge or migrates the database.
  // PostgreSQL: any number of instances; the database coordinates them.
  const lock = config.databaseUrl ? undefined : lockDataDir(dataDir);
  let knowledge: Knowledge;
  let database: BotDatabase;
  try {
    knowledge = options.knowledge ?? loadKnowledge(path.resolve(config.knowledgeDir));
    database = await openBotDatabase(
      { dataDir, databaseUrl: config.databaseUrl },
      { logger, poolSize: config.databasePoolSize, turnPoolSize: config.databasePoolSize },
    );
  } catch (err) {
    lock?.release();
    throw err;
  }
  const responder = new Responder(knowledge, { cacheSize: config.answerCacheSize });

  // Production refuses to start without DATA_KEY (config); local mode says so once.
  if (!config.dataKey)
    logger.warn(
      { event: 'storage.unencrypted' },
      'DATA_KEY is not set: inquiries are stored without encryption (local mode only)',
    );
  const cipher = config.dataKey ? createFieldCipher(config.dataKey) : undefined;
  const scope = new TurnScope();
  // On SQLite this process is the one writer (process lock): a conversation without state is remembered as such.
  const stateStorage = new SqlStorage(
    database.db,
    scope,
    undefined,
    config.stateTtlMs,
    database.dialect === 'sqlite' ? MISSING_STATE_KEYS : 0,
  );
  const conversationState = new LeanConversationState(stateStorage);
  const inquiryStore = new SqlInquiryStore(database.db, { cipher, outbox: config.webhook !== undefined });
  const limits = createLimits(config, database.limitPool ? { pool: database.limitPool } : undefined);
  const inquiries = limitInquiries(
    inquiryStore,
    limits.inquiries,
    logger,
    cipher ? (phone) => cipher.lookupHash(phone) : undefined,
  );
  const postgresTurns = database.turnDb ? new PostgresTurnCoordinator(database.turnDb, scope) : undefined;
  const turns: TurnCoordinator = postgresTurns ?? new LocalTurnCoordinator();
  // Every instance delivers; row leases keep two from sending the same inquiry at once.
  const deliverer = config.webhook
    ? new OutboxDeliverer(new SqlOutbox(database.db), inquiryStore, logger, config.webhook)
    : undefined;
  const contactDialog = new ContactDialog({ responder, logger, inquiries: deliverNow(inquiries, deliverer) });
  const rootDialog = new RootDialog(responder, logger, contactDialog);
  const bot = new VertebroplastyBot({ conversationState, responder, rootDialog, logger, turns });
  const adapter = createAdapter(config, logger, knowledge.messages.error);
  const server = createServer({ config, adapter, bot, logger, limits, ready: () => database.ping() });
  const channels = registerChannelRoutes(server, {
    config,
    bot,
    logger,
    knowledge,
    limits,
    publicDir: path.resolve('public'),
  });
  const sweep = startRetentionSweep({
    state: stateStorage,
    inquiries: inquiryStore,
    retentionDays: config.inquiryRetentionDays,
    logger,
  });

  // Retry ids are needed for minutes; forget them after a day (every instance may do it).
  const pruneTimer = postgresTurns
    ? setInterval(() => {
        postgresTurns.prune(database.db, new Date(Date.now() - PROCESSED_ID_TTL_MS)).catch((err: unknown) => {
          logger.warn({ event: 'db.pruneFailed', ...describeError(err) }, 'could not prune processed activity ids');
        });
      }, PRUNE_INTERVAL_MS).unref()
    : undefined;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    sweep.stop();
    clearInterval(pruneTimer);
    await database.close();
    lock?.release();
    throw err;
  }
  deliverer?.start();
  const address = server.address();
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info(
    { event: 'server.listening', url, localMode: config.localMode, store: database.dialect },
    'bot listening',
  );

  let closing: Promise<void> | undefined;
  return {
    url,
    config,
    /**
     * Graceful: stops accepting connections, lets requests in flight (and so their turns)
     * finish, for at most SHUTDOWN_GRACE_MS, then closes the database.
     */
    close() {
      closing ??= (async () => {
        sweep.stop();
        channels.close();
        clearInterval(pruneTimer);
        await deliverer?.stop();
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
        });
        await database.close();
        lock?.release();
        logger.info({ event: 'server.closed' }, 'bot stopped');
      })();
      return closing;
    },
  };
}

const PROCESSED_ID_TTL_MS = 24 * 60 * 60 * 1000;
/** Conversations remembered as keeping no state (SQLite): a few hundred bytes each. */
const MISSING_STATE_KEYS = 10_000;
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
/** Longest wait for turns in flight at shutdown; load balancers usually allow 30 s. */
const SHUTDOWN_GRACE_MS = 20_000;

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
  process.stdout.write(
    `Bot ready: POST ${running.url}/api/messages (Bot Framework Emulator), GET ${running.url}/healthz\nChat page: ${running.url}/\n`,
  );
  const stop = (signal: string) => {
    process.stdout.write(`${signal} received, shutting down.\n`);
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
