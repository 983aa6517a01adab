import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { parsePhone } from '../domain/contactFields.js';
import { type OutboxEntry, SqlOutbox } from '../handoff/outboxStore.js';
import {
  type BotDatabase,
  DEFAULT_DATABASE_FILE,
  openPostgresDatabase,
  openSqliteDatabase,
} from '../storage/database.js';
import { createFieldCipher } from '../storage/fieldCipher.js';
import { type InquiryOrigin, SqlInquiryStore, type SavedInquiry } from '../storage/inquiryStore.js';
import { SqlStorage } from '../storage/stateStorage.js';
import { formatCsv, formatJson, formatTable } from './inquiryFormat.js';
import { parseSince } from './since.js';

/** Where output goes; `process.stdout`/`stderr` in production, string buffers in tests. */
export interface TextSink {
  write(text: string): unknown;
}

export interface InquiriesCliEnv {
  readonly dataDir: string;
  /** PostgreSQL instead of the SQLite file in dataDir (DATABASE_URL). */
  readonly databaseUrl?: string | undefined;
  /** DATA_KEY: needed to read encrypted inquiries and to find them by phone. */
  readonly dataKey?: string | undefined;
  /** INQUIRY_RETENTION_DAYS, for `purge`. */
  readonly retentionDays?: number;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
}

export const USAGE = `Usage: npm run inquiries -- <command> [options]

Commands:
  list [--json] [--since DATE]               Show call-back requests as a table, or as JSON
  export --csv [--excel] [--out FILE] [--since DATE]
                                             Write call-back requests as CSV to stdout, or to FILE
  purge                                      Delete requests older than INQUIRY_RETENTION_DAYS
  delete ID                                  Delete one request and its conversation state
  erase --phone NUMBER                       Delete every request with this phone number, and
                                             conversation state holding it (right to erasure)
  outbox [--json] [--requeue-dead]           Webhook hand-off: each inquiry's delivery status
                                             (pending, delivered, dead); --requeue-dead sends
                                             dead-lettered ones again

Options:
  --since DATE   Only requests created at or after DATE: YYYY-MM-DD (midnight in this
                 computer's time zone) or an ISO date-time, e.g. 2025-03-01T14:00:00Z
  --out FILE     With export: write FILE (readable by you only) instead of stdout
  --excel        With export: for Excel and dialers: a UTF-8 byte-order mark, and US
                 phones as (713) 555-0123 instead of '+17135550123
  -h, --help     Show this help

Reads DATABASE_URL (or else DATA_DIR), DATA_KEY and INQUIRY_RETENTION_DAYS from the environment or .env.
Each deletion is written to stderr as a JSON audit event with ids only.
`;

/** Exit codes: 0 success, 1 could not read or write data, 2 bad command line. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

type Command =
  | { kind: 'help' }
  | { kind: 'list'; json: boolean; since?: Date }
  | { kind: 'export'; out?: string; since?: Date; excel: boolean }
  | { kind: 'purge' }
  | { kind: 'delete'; id: string }
  | { kind: 'erase'; phone: string }
  | { kind: 'outbox'; json: boolean; requeueDead: boolean };

class UsageError extends Error {}

/**
 * The staff CLI without process globals, so tests can run it in-process.
 * Output on stdout is the data only; messages go to stderr.
 */
export async function runInquiriesCli(argv: readonly string[], env: InquiriesCliEnv): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    env.stderr.write(`[inquiries] ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (command.kind === 'help') {
    env.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (command.kind === 'outbox') return runOutbox(command, env);
  if (command.kind === 'purge' || command.kind === 'delete' || command.kind === 'erase') {
    try {
      return await withDatabase(env, (database) => runDeletion(command, database, env));
    } catch (error) {
      env.stderr.write(`[inquiries] ${(error as Error).message}\n`);
      return EXIT.failure;
    }
  }

  let inquiries: SavedInquiry[];
  try {
    inquiries = await readInquiries(env, command.since);
  } catch (error) {
    env.stderr.write(`[inquiries] ${(error as Error).message}\n`);
    return EXIT.failure;
  }

  if (command.kind === 'list') {
    env.stdout.write(command.json ? formatJson(inquiries) : listText(inquiries, command.since));
    return EXIT.ok;
  }
  const csv = formatCsv(inquiries, { excel: command.excel });
  if (command.out === undefined) {
    env.stdout.write(csv);
    return EXIT.ok;
  }
  try {
    // Owner-only on creation: the export holds patients' contact details.
    await writeFile(command.out, csv, { mode: 0o600 });
  } catch (error) {
    env.stderr.write(
      `[inquiries] could not write ${command.out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`,
    );
    return EXIT.failure;
  }
  env.stderr.write(`[inquiries] wrote ${inquiries.length} ${plural(inquiries.length)} to ${command.out}\n`);
  return EXIT.ok;
}

function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        excel: { type: 'boolean' },
        out: { type: 'string' },
        since: { type: 'string' },
        phone: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        'requeue-dead': { type: 'boolean' },
      },
    });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; keep its first sentence.
    throw new UsageError((error as Error).message.split('. ')[0] ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [name, ...extra] = positionals;
  if (name === undefined) throw new UsageError('missing command');
  if (name === 'delete') {
    if (extra.length !== 1 || !extra[0]) throw new UsageError('delete needs one inquiry id');
    return { kind: 'delete', id: extra[0] };
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (name === 'erase') {
    // The number is not echoed back: it is personal data.
    const phone = values.phone === undefined ? undefined : parsePhone(values.phone);
    if (!phone?.ok)
      throw new UsageError('erase needs --phone with a valid phone number, e.g. 713-555-0123 or +447700900123');
    return { kind: 'erase', phone: phone.value };
  }
  if (name === 'purge') return { kind: 'purge' };
  if (name === 'outbox') {
    if (values.csv || values.out !== undefined || values.since !== undefined)
      throw new UsageError('outbox takes --json and --requeue-dead only');
    return { kind: 'outbox', json: values.json === true, requeueDead: values['requeue-dead'] === true };
  }

  let since: Date | undefined;
  if (values.since !== undefined) {
    since = parseSince(values.since);
    if (since === undefined)
      throw new UsageError(`--since must be YYYY-MM-DD or an ISO date-time, got "${values.since}"`);
  }
  const withSince = since === undefined ? {} : { since };

  switch (name) {
    case 'help':
      return { kind: 'help' };
    case 'list':
      if (values.csv || values.excel || values.out !== undefined)
        throw new UsageError('list takes --json, not --csv, --excel or --out; use export for CSV');
      return { kind: 'list', json: values.json === true, ...withSince };
    case 'export':
      if (!values.csv) throw new UsageError('export needs a format: --csv');
      if (values.json) throw new UsageError('export writes CSV; use list --json for JSON');
      return {
        kind: 'export',
        excel: values.excel === true,
        ...(values.out === undefined ? {} : { out: values.out }),
        ...withSince,
      };
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

/**
 * Opens the bot's database: PostgreSQL with DATABASE_URL, else the SQLite file, only if
 * it exists: creating an empty one would let a wrong DATA_DIR look like "no inquiries".
 */
export async function openExistingDatabase(
  env: Pick<InquiriesCliEnv, 'dataDir' | 'databaseUrl'>,
): Promise<BotDatabase> {
  if (env.databaseUrl) return openPostgresDatabase(env.databaseUrl, { poolSize: 2, turnPoolSize: 1 });
  const file = path.join(env.dataDir, DEFAULT_DATABASE_FILE);
  if (!existsSync(file)) throw new Error(`no database at ${path.resolve(file)}; check DATA_DIR`);
  return openSqliteDatabase(env.dataDir);
}

async function withDatabase<T>(env: InquiriesCliEnv, work: (database: BotDatabase) => Promise<T>): Promise<T> {
  const database = await openExistingDatabase(env);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function readInquiries(env: InquiriesCliEnv, since: Date | undefined): Promise<SavedInquiry[]> {
  return withDatabase(env, (database) => storeFor(database, env.dataKey).list(since === undefined ? {} : { since }));
}

function storeFor(database: BotDatabase, dataKey: string | undefined): SqlInquiryStore {
  return new SqlInquiryStore(database.db, { cipher: dataKey ? createFieldCipher(dataKey) : undefined });
}

/** State key botbuilder's ConversationState uses for a conversation. */
const stateKey = (o: InquiryOrigin): string => `${o.channel}/conversations/${o.conversationId}`;

/** purge, delete and erase: deletes rows, logs one audit event per inquiry (ids only), reports counts. */
async function runDeletion(
  command: { kind: 'purge' } | { kind: 'delete'; id: string } | { kind: 'erase'; phone: string },
  database: BotDatabase,
  env: InquiriesCliEnv,
): Promise<number> {
  const audit = pino({ base: { service: 'inquiries-cli' } }, { write: (line: string) => env.stderr.write(line) });
  const store = storeFor(database, env.dataKey);
  const state = new SqlStorage(database.db);
  let origins: InquiryOrigin[];
  let states = 0;
  if (command.kind === 'purge') {
    const days = env.retentionDays ?? 30;
    origins = (await store.purgeCreatedBefore(new Date(Date.now() - days * 86_400_000))).map((id) => ({
      id,
      channel: '',
      conversationId: '',
    }));
  } else if (command.kind === 'delete') {
    const origin = await store.delete(command.id);
    origins = origin ? [origin] : [];
    if (origin) states = await state.erase([stateKey(origin)], '');
  } else {
    origins = await store.eraseByPhone(command.phone);
    states = await state.erase(origins.map(stateKey), command.phone);
  }
  for (const o of origins)
    audit.info({ event: 'audit.inquiry.deleted', inquiryId: o.id, cause: command.kind }, 'inquiry deleted');
  if (states > 0)
    audit.info({ event: 'audit.state.deleted', rows: states, cause: command.kind }, 'conversation state deleted');
  if (command.kind === 'delete' && origins.length === 0) {
    env.stderr.write(`[inquiries] no inquiry with id ${command.id}\n`);
    return EXIT.failure;
  }
  env.stdout.write(
    `Deleted ${origins.length} ${plural(origins.length)} and ${states} conversation state ${states === 1 ? 'row' : 'rows'}.\n`,
  );
  return EXIT.ok;
}

/** Delivery ids, inquiry ids, states and error kinds only: nothing personal. */
async function runOutbox(command: { json: boolean; requeueDead: boolean }, env: InquiriesCliEnv): Promise<number> {
  let entries: OutboxEntry[];
  let requeued = 0;
  try {
    const database = await openExistingDatabase(env);
    try {
      const outbox = new SqlOutbox(database.db);
      if (command.requeueDead) requeued = await outbox.requeueDead(new Date());
      entries = await outbox.list();
    } finally {
      await database.close();
    }
  } catch (error) {
    env.stderr.write(`[inquiries] ${(error as Error).message}\n`);
    return EXIT.failure;
  }
  if (command.requeueDead)
    env.stderr.write(`[inquiries] requeued ${requeued} dead-lettered ${requeued === 1 ? 'delivery' : 'deliveries'}\n`);
  if (command.json) {
    env.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return EXIT.ok;
  }
  if (entries.length === 0) {
    env.stdout.write('No webhook deliveries (INQUIRY_WEBHOOK_URL was never set, or no inquiry since).\n');
    return EXIT.ok;
  }
  const rows = entries.map((e) => [
    e.id,
    e.inquiryId,
    e.status,
    String(e.attempts),
    e.status === 'pending' ? e.nextAttemptAt.toISOString() : '',
    e.lastError ?? '',
    e.deliveredAt?.toISOString() ?? '',
  ]);
  const header = ['delivery', 'inquiry', 'status', 'attempts', 'next attempt', 'last error', 'delivered at'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const counts = (['pending', 'delivered', 'dead'] as const)
    .map((s) => `${entries.filter((e) => e.status === s).length} ${s}`)
    .join(', ');
  env.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n\n${counts}\n`);
  return EXIT.ok;
}

function listText(inquiries: readonly SavedInquiry[], since: Date | undefined): string {
  const scope = since === undefined ? '' : ` since ${since.toISOString()}`;
  if (inquiries.length === 0) return `No inquiries${scope}.\n`;
  return `${formatTable(inquiries)}\n${inquiries.length} ${plural(inquiries.length)}${scope}\n`;
}

const plural = (n: number): string => (n === 1 ? 'inquiry' : 'inquiries');
