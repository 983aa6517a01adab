import { AsyncLocalStorage } from 'node:async_hooks';
import type { BotDb } from './schema.js';

/**
 * The transaction of the turn being run, if any. On PostgreSQL a turn runs inside one
 * transaction that holds the conversation's lock; conversation state read and written
 * during the turn must use that transaction, so the storage asks the scope first.
 */
export class TurnScope {
  private readonly current = new AsyncLocalStorage<BotDb>();

  run<T>(transaction: BotDb, fn: () => Promise<T>): Promise<T> {
    return this.current.run(transaction, fn);
  }

  /** The turn's transaction, or `fallback` outside a turn. */
  executor(fallback: BotDb): BotDb {
    return this.current.getStore() ?? fallback;
  }

  /** True inside a turn's transaction (a nested transaction cannot be opened there). */
  get active(): boolean {
    return this.current.getStore() !== undefined;
  }
}
