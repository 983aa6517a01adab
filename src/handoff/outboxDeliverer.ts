import type { Logger } from 'pino';
import type { InquiryStore, SavedInquiry } from '../storage/inquiryStore.js';
import type { OutboxEntry, SqlOutbox } from './outboxStore.js';
import { signWebhook, webhookPayload } from './webhook.js';

export interface DelivererOptions {
  readonly url: string;
  readonly secret: string;
  /** How often due rows are looked for. */
  readonly pollMs?: number;
  /** A receiver that has not answered by then counts as failed ("timeout"). */
  readonly timeoutMs?: number;
  /** First retry delay; doubled per failed attempt up to maxDelayMs. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Attempts before the row is dead-lettered (visible in `npm run inquiries -- outbox`). */
  readonly maxAttempts?: number;
  readonly batchSize?: number;
}

/**
 * Defaults: retries after 10 s, 20 s, 40 s … capped at 30 min, 16 attempts: about 4 hours
 * of trying, so a receiver that is down for an hour loses nothing.
 */
export const DELIVERY_DEFAULTS = {
  pollMs: 2_000,
  timeoutMs: 10_000,
  baseDelayMs: 10_000,
  maxDelayMs: 30 * 60_000,
  maxAttempts: 16,
  batchSize: 20,
} as const;

/**
 * Hands saved inquiries to the hospital's system: POSTs each outbox row as signed JSON
 * and records the outcome. At least once: a row is marked delivered only after a 2xx,
 * so a crash between sending and marking sends it again (same Idempotency-Key).
 * Rows live in the database, so pending deliveries survive restarts.
 */
export class OutboxDeliverer {
  private readonly o: Required<DelivererOptions>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly outbox: SqlOutbox,
    private readonly inquiries: { get(id: string): Promise<SavedInquiry | undefined> },
    private readonly logger: Logger,
    options: DelivererOptions,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.o = { ...DELIVERY_DEFAULTS, ...options };
  }

  start(): void {
    this.timer ??= setInterval(() => this.wake(), this.o.pollMs).unref();
  }

  /**
   * Looks for due rows now instead of at the next poll: called after an inquiry is saved, so the
   * hospital's system has it at once. The poll stays for retries and for rows other instances saved.
   */
  wake(): void {
    if (this.timer === undefined) return;
    this.running ??= this.deliverDue()
      .catch((err: unknown) =>
        this.logger.warn({ event: 'outbox.pollFailed', errorType: (err as Error)?.name }, 'outbox poll failed'),
      )
      .then(() => (this.running = undefined));
  }

  /** Stops polling and waits for a delivery in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Sends the rows due now (up to batchSize); returns how many were delivered. */
  async deliverDue(): Promise<number> {
    let delivered = 0;
    for (let i = 0; i < this.o.batchSize; i++) {
      // One row at a time, each with a lease longer than one request, so no other
      // instance takes a row over while this one is still sending it.
      const [entry] = await this.outbox.claimDue(this.now(), 1, this.o.timeoutMs * 3);
      if (!entry) break;
      if (await this.deliver(entry)) delivered++;
    }
    return delivered;
  }

  private async deliver(entry: OutboxEntry): Promise<boolean> {
    const log = { deliveryId: entry.id, inquiryId: entry.inquiryId, attempt: entry.attempts + 1 };
    const inquiry = await this.inquiries.get(entry.inquiryId);
    if (!inquiry) {
      await this.outbox.markFailed(entry.id, 'inquiry-missing', undefined);
      this.logger.error({ ...log, event: 'outbox.dead', reason: 'inquiry-missing' }, 'inquiry delivery dead-lettered');
      return false;
    }
    const body = JSON.stringify(webhookPayload(inquiry, entry.id));
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    let failure: string;
    try {
      const res = await fetch(this.o.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': inquiry.id,
          'x-signature-timestamp': timestamp,
          'x-signature': signWebhook(this.o.secret, timestamp, body),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      await res.body?.cancel(); // the receiver's text is not read, so it cannot reach logs
      if (res.ok) {
        await this.outbox.markDelivered(entry.id, this.now());
        this.logger.info({ ...log, event: 'outbox.delivered', status: res.status }, 'inquiry delivered');
        return true;
      }
      failure = `http-${res.status}`;
    } catch (err) {
      failure = (err as Error)?.name === 'TimeoutError' ? 'timeout' : 'network';
    }
    const attempts = entry.attempts + 1;
    const next =
      attempts >= this.o.maxAttempts ? undefined : new Date(this.now().getTime() + this.delayAfter(attempts));
    await this.outbox.markFailed(entry.id, failure, next);
    if (next)
      this.logger.warn(
        { ...log, event: 'outbox.retry', failure, nextAttemptAt: next.toISOString() },
        'inquiry delivery failed; will retry',
      );
    else this.logger.error({ ...log, event: 'outbox.dead', failure }, 'inquiry delivery dead-lettered');
    return false;
  }

  /** Exponential backoff: base × 2^(attempts − 1), capped. */
  private delayAfter(attempts: number): number {
    return Math.min(this.o.baseDelayMs * 2 ** (attempts - 1), this.o.maxDelayMs);
  }
}

/** `store`, waking the deliverer after each save so the inquiry leaves at once, not at the next poll. */
export function deliverNow(
  store: Pick<InquiryStore, 'save'>,
  deliverer: OutboxDeliverer | undefined,
): Pick<InquiryStore, 'save'> {
  if (deliverer === undefined) return store;
  return {
    async save(input) {
      const saved = await store.save(input);
      deliverer.wake();
      return saved;
    },
  };
}
