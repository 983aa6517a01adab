/**
 * Runs tasks one at a time per key. botbuilder's ConversationState writes with eTag '*',
 * so two turns of one conversation running at once would each overwrite the other's
 * state; queuing them per conversation keeps every update.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(task);
    this.tails.set(key, current);
    try {
      return await current;
    } finally {
      // Forget the key once nothing else is queued behind this task.
      if (this.tails.get(key) === current) this.tails.delete(key);
    }
  }

  /** Keys with work in progress (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}
