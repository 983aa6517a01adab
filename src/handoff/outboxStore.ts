import type { BotDb, OutboxStatus, OutboxTable } from '../storage/schema.js';

/** One queued delivery, as the deliverer and the staff CLI see it. */
export interface OutboxEntry {
  readonly id: string;
  readonly inquiryId: string;
  readonly createdAt: Date;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastError: string | null;
  readonly deliveredAt: Date | null;
}

/**
 * The `inquiry_outbox` table (rows are added by the inquiry store, in the inquiry's own
 * transaction). Several instances may deliver at once: a row is claimed with a lease by
 * a conditional update, so only one instance sends it at a time; a crashed instance's
 * lease runs out and another takes the row over (hence at least once, not exactly once:
 * receivers de-duplicate with the Idempotency-Key).
 */
export class SqlOutbox {
  constructor(private readonly db: BotDb) {}

  /** Claims up to `limit` due rows for `leaseMs`; returns the ones this caller won. */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<OutboxEntry[]> {
    const at = now.toISOString();
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const candidates = await this.db
      .selectFrom('inquiry_outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', at)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    const claimed: OutboxEntry[] = [];
    for (const { id } of candidates) {
      // The conditions again: another instance may have claimed the row since the select.
      const row = await this.db
        .updateTable('inquiry_outbox')
        .set({ lease_until: leaseUntil })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
        .returningAll()
        .executeTakeFirst();
      if (row) claimed.push(toEntry(row));
    }
    return claimed;
  }

  async markDelivered(id: string, now: Date): Promise<void> {
    await this.db
      .updateTable('inquiry_outbox')
      .set((eb) => ({
        status: 'delivered',
        delivered_at: now.toISOString(),
        lease_until: null,
        last_error: null,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
  }

  /** Records a failed attempt: retried at `nextAttemptAt`, or dead-lettered when undefined. */
  async markFailed(id: string, error: string, nextAttemptAt: Date | undefined): Promise<void> {
    await this.db
      .updateTable('inquiry_outbox')
      .set((eb) => ({
        status: nextAttemptAt ? 'pending' : 'dead',
        attempts: eb('attempts', '+', 1),
        last_error: error,
        lease_until: null,
        ...(nextAttemptAt ? { next_attempt_at: nextAttemptAt.toISOString() } : {}),
      }))
      .where('id', '=', id)
      .execute();
  }

  /** Oldest first, optionally of one status. */
  async list(status?: OutboxStatus): Promise<OutboxEntry[]> {
    let query = this.db.selectFrom('inquiry_outbox').selectAll();
    if (status) query = query.where('status', '=', status);
    return (await query.orderBy('created_at').orderBy('id').execute()).map(toEntry);
  }

  /** Puts dead-lettered rows back in the queue (after the receiver is fixed); returns how many. */
  async requeueDead(now: Date): Promise<number> {
    const result = await this.db
      .updateTable('inquiry_outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now.toISOString(), lease_until: null })
      .where('status', '=', 'dead')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}

function toEntry(row: Omit<OutboxTable, 'lease_until'>): OutboxEntry {
  return {
    id: row.id,
    inquiryId: row.inquiry_id,
    createdAt: new Date(row.created_at),
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: new Date(row.next_attempt_at),
    lastError: row.last_error,
    deliveredAt: row.delivered_at === null ? null : new Date(row.delivered_at),
  };
}
