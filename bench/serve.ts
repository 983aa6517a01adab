import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBot } from '../src/index.js';
import { startEcho } from './echoBot.js';

/**
 * A server under load in its own process, so it has its own event loop and core while
 * autocannon runs in the parent: `node dist/bench/serve.js bot|echo`, forked with an IPC
 * channel by bench.ts and profile.ts. It sends and answers:
 *   ready (sent once listening): { url, startMs: time for startBot()/startEcho() to resolve, readyMs: since process start }
 *   'stats' -> { type: 'stats', rss, heapUsed, liveHeap } (liveHeap after a full GC when run with --expose-gc)
 *   'cpu' -> { type: 'cpu', micros } (user + system CPU time of this process so far)
 *   'profile-start' -> starts V8's CPU profiler (what `node --cpu-prof` uses), then { type: 'profiling' }
 *   { type: 'profile-stop', file } -> writes the .cpuprofile to `file`, then { type: 'profiled' }
 *   'close' -> closes the server, deletes its data directory and exits.
 * The bot logs nothing (LOG_LEVEL=silent) and keeps its SQLite file in a fresh directory
 * under the OS temp dir (a real disk here, so SQLite's fsyncs cost what they cost), or
 * uses PostgreSQL when the parent passes BENCH_DATABASE_URL; BENCH_ANSWER_CACHE_SIZE sets ANSWER_CACHE_SIZE.
 */
const kind = process.argv[2];
if (kind !== 'bot' && kind !== 'echo') throw new Error('usage: serve.js bot|echo');
if (!process.send) throw new Error('serve.js must be forked with an IPC channel');
const send = process.send.bind(process);

const dataDir = mkdtempSync(path.join(tmpdir(), 'vbot-bench-'));
const started = performance.now();
const running =
  kind === 'bot'
    ? await startBot({
        env: {
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'silent',
          NODE_ENV: 'production',
          RATE_LIMIT_MESSAGES_PER_MINUTE: '100000',
          DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
          ANSWER_CACHE_SIZE: process.env.BENCH_ANSWER_CACHE_SIZE ?? '',
        },
      })
    : await startEcho({ PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_MESSAGES_PER_MINUTE: '100000' });
const startMs = performance.now() - started;
send({ type: 'ready', url: running.url, startMs, readyMs: performance.now(), rss: process.memoryUsage().rss });

const session = new Session();
process.on('message', (message: unknown) => {
  if (message === 'stats') {
    const { rss, heapUsed } = process.memoryUsage();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    send({ type: 'stats', rss, heapUsed, liveHeap: gc ? process.memoryUsage().heapUsed : undefined });
  } else if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ type: 'cpu', micros: user + system });
  } else if (message === 'profile-start') {
    void (async () => {
      session.connect();
      await session.post('Profiler.enable');
      // 100 µs sampling, as `node --cpu-prof --cpu-prof-interval 100`.
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
      send({ type: 'profiling' });
    })();
  } else if (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: string }).type === 'profile-stop'
  ) {
    void (async () => {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync((message as { file: string }).file, JSON.stringify(profile));
      session.disconnect();
      send({ type: 'profiled' });
    })();
  } else if (message === 'close') {
    void running.close().then(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  }
});
