import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Response } from 'restify';
import type { Config } from './config.js';

/**
 * A named token-bucket limit (rate-limiter-flexible, in this process's memory). A shared
 * store (Redis, PostgreSQL) can replace `RateLimiterMemory` once the bot runs on several hosts.
 */
export class Limit {
  private readonly limiter: RateLimiterMemory;

  constructor(
    readonly name: string,
    points: number,
    durationSeconds: number,
  ) {
    this.limiter = new RateLimiterMemory({ points, duration: durationSeconds });
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

export function createLimits(config: Config): Limits {
  const l = config.limits;
  return {
    tokens: new Limit('tokens', l.tokensPerMinute, 60),
    directLine: new Limit('directLine', l.directLinePerMinute, 60),
    messages: new Limit('messages', l.messagesPerMinute, 60),
    inquiries: new Limit('inquiries', l.inquiriesPerDay, 86_400),
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
