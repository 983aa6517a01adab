import { AsyncLocalStorage } from 'node:async_hooks';
import type { BotDb } from './schema.js';

interface Turn {
  readonly transaction: BotDb;
  stateWritten: boolean;
}

/**
 * The transaction of the turn being run, if any. On PostgreSQL a turn runs inside one
 * transaction that holds the conversation's lock; conversation state read and written
 * during the turn must use that transaction, so the storage asks the scope first.
 */
export class TurnScope {
  private readonly current = new AsyncLocalStorage<Turn>();

  /** Runs `fn` as a turn on `transaction`; resolves to its result and whether it wrote state. */
  async run<T>(transaction: BotDb, fn: () => Promise<T>): Promise<{ result: T; stateWritten: boolean }> {
    const turn: Turn = { transaction, stateWritten: false };
    const result = await this.current.run(turn, fn);
    return { result, stateWritten: turn.stateWritten };
  }

  /** The turn's transaction, or `fallback` outside a turn. */
  executor(fallback: BotDb): BotDb {
    return this.current.getStore()?.transaction ?? fallback;
  }

  /** True inside a turn's transaction (a nested transaction cannot be opened there). */
  get active(): boolean {
    return this.current.getStore() !== undefined;
  }

  /** Called by the storage when the turn writes conversation state. */
  markStateWritten(): void {
    const turn = this.current.getStore();
    if (turn) turn.stateWritten = true;
  }
}
