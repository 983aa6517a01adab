import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Responder } from '../src/domain/responder.js';
import { percentile } from './stats.js';

/**
 * Load generation shared by `npm run bench` and `npm run profile`: a server in a child
 * process (serve.ts) and autocannon in this one, POSTing Bot Framework message
 * activities with `deliveryMode: "expectReplies"` to 127.0.0.1 only.
 */

/**
 * The labeled questions the bot routes to the FAQ (an answer, "Did you mean" or "I don't
 * know"), leaving out emergencies, small talk and contact requests, so load measures FAQ turns.
 */
export function faqRoutedQuestions(responder: Responder, texts: readonly string[]): string[] {
  return texts.filter((text) => {
    if (responder.assess(text).tier !== 'none' && responder.assess(text).tier !== 'mention') return false;
    const d = responder.decide(text);
    return d.action === 'reply' && d.event.startsWith('faq.');
  });
}

/** A message activity as a channel would send it; replies come back in the HTTP response. */
export function messageActivity(conversationId: string, text: string, id: string): Record<string, unknown> {
  return {
    type: 'message',
    id,
    text,
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, name: 'bench' },
    recipient: { id: 'bot', name: 'bot' },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
  };
}

export interface ServerProcess {
  readonly url: string;
  /** Time for startBot()/startEcho() to resolve, measured inside the child. */
  readonly startMs: number;
  /** From fork() to the child's ready message, measured here. */
  readonly spawnToReadyMs: number;
  readonly child: ChildProcess;
  /** Memory now; `liveHeap` is the heap after a full GC (needs --expose-gc in execArgv). */
  stats(): Promise<{ rss: number; heapUsed: number; liveHeap?: number }>;
  /** CPU time (user + system, µs) the server process has used so far. */
  cpuMicros(): Promise<number>;
  /** Asks the child for a message and waits for its answer. */
  request(message: unknown): Promise<unknown>;
  close(): Promise<void>;
}

const SERVE = fileURLToPath(new URL('./serve.js', import.meta.url));

/**
 * `bot` keeps its state in a fresh SQLite folder; with `databaseUrl` the bot uses that
 * PostgreSQL database instead (DATABASE_URL), as a multi-instance deployment does. With
 * `answerCacheSize` the bot keeps that many messages' results (ANSWER_CACHE_SIZE; else the default).
 */
export async function startServerProcess(
  kind: 'bot' | 'echo',
  execArgv: string[] = [],
  databaseUrl?: string,
  answerCacheSize?: number,
): Promise<ServerProcess> {
  const t0 = performance.now();
  const env = {
    ...process.env,
    BENCH_DATABASE_URL: databaseUrl ?? '',
    BENCH_ANSWER_CACHE_SIZE: answerCacheSize === undefined ? '' : String(answerCacheSize),
  };
  const child = fork(SERVE, [kind], { execArgv, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<{ url: string; startMs: number }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited early (code ${code})`)));
    child.once('message', (m) => resolve(m as { url: string; startMs: number }));
  });
  const spawnToReadyMs = performance.now() - t0;
  child.removeAllListeners('exit');
  return {
    url: ready.url,
    startMs: ready.startMs,
    spawnToReadyMs,
    child,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as { rss: number; heapUsed: number; liveHeap?: number }));
        child.send('stats');
      }),
    cpuMicros: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve((m as { micros: number }).micros));
        child.send('cpu');
      }),
    request: (message) =>
      new Promise((resolve) => {
        child.once('message', resolve);
        child.send(message as string);
      }),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
}

/** POSTs one message and returns the reply activities (for a sanity check before load). */
export async function sendMessage(
  url: string,
  conversationId: string,
  text: string,
): Promise<Array<{ type: string; text?: string }>> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageActivity(conversationId, text, 'preflight')),
  });
  if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}`);
  const body = (await res.json()) as { activities?: Array<{ type: string; text?: string }> };
  return body.activities ?? [];
}

export interface LoadOptions {
  readonly connections: number;
  readonly durationSec: number;
  /** Messages per conversation; each connection runs its conversations one turn at a time. */
  readonly turnsPerConversation: number;
  /** Makes conversation ids unique across rounds and processes. */
  readonly tag: string;
}

export interface LoadResult {
  readonly durationSec: number;
  readonly completed: number;
  readonly turnsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Non-2xx responses, socket errors and timeouts: must be 0 for a valid round. */
  readonly failures: number;
  readonly conversations: number;
}

/**
 * One autocannon round. Each connection loops over a sequence of `turnsPerConversation`
 * requests; the first of each sequence opens a new conversation id, and every request
 * takes the next question in turn, so ids and texts vary across the whole run.
 * Latency percentiles are computed here from every 2xx response time (autocannon's own
 * histogram rounds to whole milliseconds).
 */
export async function runLoad(url: string, questions: readonly string[], options: LoadOptions): Promise<LoadResult> {
  let conversations = 0;
  let messages = 0;
  const next = (context: Record<string, unknown>, first: boolean) => {
    if (first || typeof context.conversationId !== 'string')
      context.conversationId = `${options.tag}-c${conversations++}`;
    const n = messages++;
    return JSON.stringify(
      messageActivity(context.conversationId as string, questions[n % questions.length]!, `${options.tag}-m${n}`),
    );
  };
  const requests = Array.from({ length: options.turnsPerConversation }, (_, i) => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request: object, context: Record<string, unknown>) => ({ ...request, body: next(context, i === 0) }),
  }));
  const times: number[] = [];
  let failures = 0;
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.durationSec,
    timeout: 10,
    requests,
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) times.push(ms);
    else failures++;
  });
  const result = await instance;
  failures += result.errors + result.timeouts;
  return {
    durationSec: result.duration,
    completed: times.length,
    turnsPerSec: times.length / result.duration,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    meanMs: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
    failures,
    conversations,
  };
}
