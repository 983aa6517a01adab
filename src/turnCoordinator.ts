import { sql } from 'kysely';
import type { BotDb } from './storage/schema.js';
import type { TurnScope } from './storage/turnScope.js';
import { KeyedQueue } from './turnQueue.js';

/**
 * Runs a conversation's turns one at a time and answers each activity id once.
 * botbuilder's `ConversationState` saves with eTag `'*'` (last writer wins), so two turns
 * of one conversation running at once would lose one's update; exclusion is what keeps
 * every update.
 */
export interface TurnCoordinator {
  /**
   * Runs `turn` while no other turn of `conversationKey` runs, unless `activityId` was
   * already handled. `turn` returns false when it found the activity to be a retry itself.
   * An id counts as handled only once its turn completed: a channel retrying a turn that
   * failed gets it run again.
   *
   * @returns whether the turn ran (false for a retry).
   */
  run(conversationKey: string, activityId: string | undefined, turn: () => Promise<boolean>): Promise<boolean>;
}

/** Recent activity ids remembered per conversation. */
const IDS_PER_CONVERSATION = 50;
/** Conversations whose ids are remembered in memory (least recently active forgotten first). */
const CONVERSATIONS_REMEMBERED = 20_000;

/**
 * One process (the SQLite mode, and tests on `MemoryStorage`): an in-process queue per
 * conversation and recent activity ids in memory. After a restart the memory is empty;
 * the bot keeps the ids in conversation state while a form is open, so a retried form
 * answer is still dropped.
 */
export class LocalTurnCoordinator implements TurnCoordinator {
  private readonly queue = new KeyedQueue();
  private readonly recent = new Map<string, string[]>();

  run(conversationKey: string, activityId: string | undefined, turn: () => Promise<boolean>): Promise<boolean> {
    return this.queue.run(conversationKey, async () => {
      const seen = this.recent.get(conversationKey);
      if (activityId && seen?.includes(activityId)) return false;
      const ran = await turn();
      if (activityId) this.remember(conversationKey, activityId, seen ?? []);
      return ran;
    });
  }

  private remember(key: string, id: string, seen: string[]): void {
    this.recent.delete(key); // re-insert: Map order is the eviction order
    this.recent.set(key, [...seen, id].slice(-IDS_PER_CONVERSATION));
    if (this.recent.size > CONVERSATIONS_REMEMBERED) this.recent.delete(this.recent.keys().next().value as string);
  }
}

/**
 * Several instances on one PostgreSQL database. Each turn is one transaction that first
 * takes a transaction-scoped advisory lock on the conversation (`pg_advisory_xact_lock`),
 * so a second turn of that conversation, on any instance, waits until the first commits;
 * the lock goes with the transaction, also when a process dies. The activity id is
 * recorded in `processed_activities` in the same transaction, so a retry sent to another
 * instance finds it once the first turn has committed, and a failed turn records nothing.
 * A FAQ turn costs four round trips: BEGIN, lock and id, state read, COMMIT.
 * Conversation state read and written during the turn joins the transaction (TurnScope).
 */
export class PostgresTurnCoordinator implements TurnCoordinator {
  constructor(
    private readonly turnDb: BotDb,
    private readonly scope: TurnScope,
    private readonly now: () => Date = () => new Date(),
  ) {}

  run(conversationKey: string, activityId: string | undefined, turn: () => Promise<boolean>): Promise<boolean> {
    return this.turnDb.transaction().execute(async (trx) => {
      // One round trip: wait for the conversation's lock, make this transaction's commit
      // skip the WAL flush wait unless the turn writes state (below), and claim the
      // activity id. The claim runs after the lock is held, and ON CONFLICT sees ids
      // committed meanwhile (it is not limited to the statement's snapshot), so a retry
      // that waited for the lock finds the first turn's id. A failed turn rolls it back.
      const lock = sql`SELECT pg_advisory_xact_lock(hashtextextended(${conversationKey}, 0)) AS locked, set_config('synchronous_commit', 'off', true) AS commit_level`;
      if (!activityId) {
        await lock.execute(trx);
      } else {
        const claimed = await sql<{ claimed: number }>`
          WITH lock AS (${lock})
          INSERT INTO processed_activities (conversation_key, activity_id, created_at)
          SELECT ${conversationKey}, ${activityId}, ${this.now().toISOString()} FROM lock
          ON CONFLICT DO NOTHING
          RETURNING 1 AS claimed`.execute(trx);
        if (claimed.rows.length === 0) return false;
      }
      const { result, stateWritten } = await this.scope.run(trx, turn);
      // A turn that changed state commits durably (the server's configured level). A FAQ
      // answer commits only its activity id: a crash could forget that id, and a retry
      // arriving just then would get the answer again, which is harmless.
      if (stateWritten) await sql`SET LOCAL synchronous_commit TO DEFAULT`.execute(trx);
      return result;
    });
  }

  /** Forgets ids older than `before`; channels retry within minutes, so a day is plenty. */
  async prune(db: BotDb, before: Date): Promise<number> {
    const result = await db
      .deleteFrom('processed_activities')
      .where('created_at', '<', before.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
