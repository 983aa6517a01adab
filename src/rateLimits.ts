import type { Logger } from 'pino';
import type pg from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Response } from 'restify';
import type { Config } from './config.js';

/** Where limits count when several instances share a PostgreSQL database. */
export interface SharedLimitStore {
  readonly pool: pg.Pool;
}

/**
 * A named token-bucket limit (rate-limiter-flexible). In this process's memory by default;
 * on PostgreSQL (`DATABASE_URL`) the counts live in the `rate_limits` table, so every
 * instance behind the load balancer sees the same budget. If the database cannot be
 * reached the limit counts in memory rather than letting everyone through.
 */
export class Limit {
  private readonly limiter: RateLimiterAbstract;

  /** @param store on PostgreSQL: its `rate_limits` table must exist (migration 0005_rate_limits). */
  constructor(
    readonly name: string,
    points: number,
    durationSeconds: number,
    store?: SharedLimitStore,
  ) {
    const memory = new RateLimiterMemory({ points, duration: durationSeconds });
    this.limiter = store
      ? new RateLimiterPostgres({
          storeClient: store.pool,
          storeType: 'pool',
          tableName: 'rate_limits',
          // The migrations made it: the library's own CREATE TABLE raced between instances.
          tableCreated: true,
          keyPrefix: name,
          points,
          duration: durationSeconds,
          // A query that fails counts in memory for that call rather than letting everyone through.
          insuranceLimiter: memory,
        })
      : memory;
  }

  /** Undefined when allowed; otherwise whole seconds until the key may try again. */
  async take(key: string): Promise<number | undefined> {
    try {
      await this.limiter.consume(key);
      return undefined;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }
}

/** Every limit the server applies, built from config once in the composition root. */
export interface Limits {
  /** Per client address: POST /api/directline/token. */
  readonly tokens: Limit;
  /** Per client address: every call of the local Direct Line endpoint. */
  readonly directLine: Limit;
  /** Per conversation: messages on /api/messages and the local Direct Line. */
  readonly messages: Limit;
  /** Per conversation and per phone number: saved call-back requests. */
  readonly inquiries: Limit;
}

export function createLimits(config: Config, store?: SharedLimitStore): Limits {
  const l = config.limits;
  return {
    tokens: new Limit('tokens', l.tokensPerMinute, 60, store),
    directLine: new Limit('directLine', l.directLinePerMinute, 60, store),
    messages: new Limit('messages', l.messagesPerMinute, 60, store),
    inquiries: new Limit('inquiries', l.inquiriesPerDay, 86_400, store),
  };
}

/** 429 with Retry-After, and one log line naming the limit (never the key: it is an address or an id). */
export function sendTooMany(
  res: Response,
  logger: Logger,
  limit: string,
  retryAfterSeconds: number,
  body: unknown,
): void {
  logger.warn({ event: 'ratelimit.exceeded', limit, retryAfterSeconds }, 'rate limit exceeded');
  res.header('Retry-After', String(retryAfterSeconds));
  res.header('Cache-Control', 'no-store');
  res.send(429, body);
}
