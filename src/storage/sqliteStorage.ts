import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Database } from './database.js';

interface StateRow {
  readonly etag: string;
  readonly value: string;
  readonly updated_at: string;
}

/**
 * Bot Framework `Storage` over the `bot_state` table, so conversation and user state
 * survive restarts. Concurrency follows botbuilder's `MemoryStorage`: a write with eTag
 * `'*'` or no eTag always wins; a write to an existing key whose eTag differs from the
 * stored one is rejected; a write to a missing key succeeds whatever its eTag.
 * Unlike `MemoryStorage`, a batch is all-or-nothing: one conflict rolls back every key.
 *
 * Error messages name keys (channel and conversation ids), never stored values.
 */
export class SqliteStorage implements Storage {
  private readonly selectRow;
  private readonly upsertRow;
  private readonly deleteRow;

  constructor(
    private readonly db: Database,
    /** Injectable for tests; timestamps also drive expiry (`ttlMs`). */
    private readonly now: () => Date = () => new Date(),
    /** State idle longer than this reads as missing and is deleted by `deleteIdle` (STATE_TTL). */
    private readonly ttlMs: number = Number.POSITIVE_INFINITY,
  ) {
    this.selectRow = db.prepare<[string], StateRow>('SELECT etag, value, updated_at FROM bot_state WHERE key = ?');
    this.upsertRow = db.prepare<[string, string, string, string]>(
      `INSERT INTO bot_state (key, etag, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at`,
    );
    this.deleteRow = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
  }

  /** Returns an entry only for keys that exist; each item carries its current `eTag`. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('[SqliteStorage] keys are required when reading');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectRow.get(key);
      // Expired state is gone for the bot even before the sweep deletes it.
      if (row && !this.isExpired(row)) items[key] = { ...parseValue(key, row.value), eTag: row.etag };
    }
    return items;
  }

  /**
   * Writes every change in one IMMEDIATE transaction (the write lock is held from the
   * eTag check to the update, so another process cannot slip in between) and gives each
   * written key a fresh random eTag. Random rather than counted, so a key deleted and
   * re-created never reuses an eTag a stale reader might still hold.
   */
  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') {
      throw new TypeError('[SqliteStorage] changes are required when writing');
    }
    const entries = Object.entries(changes).map(([key, item]) => [key, serialize(key, item)] as const);
    const updatedAt = this.now().toISOString();
    this.db
      .transaction(() => {
        for (const [key, { eTag, json }] of entries) {
          if (isConditional(eTag)) {
            const stored = this.selectRow.get(key);
            if (stored && stored.etag !== eTag) {
              throw new Error(`[SqliteStorage] error writing "${key}" due to eTag conflict; the state was changed by another turn`);
            }
          }
          this.upsertRow.run(key, randomUUID(), json, updatedAt);
        }
      })
      .immediate();
  }

  /** Deletes state idle longer than the TTL (the scheduled sweep); returns rows deleted. */
  deleteIdle(): number {
    if (!Number.isFinite(this.ttlMs)) return 0;
    const cutoff = new Date(this.now().getTime() - this.ttlMs).toISOString();
    return this.db.prepare<[string]>('DELETE FROM bot_state WHERE updated_at < ?').run(cutoff).changes;
  }

  /**
   * Erasure: deletes the given keys and any state whose stored JSON contains `text` (an
   * unfinished form holding a person's phone). Returns rows deleted.
   */
  erase(keys: readonly string[], text: string): number {
    return this.db
      .transaction(() => {
        let count = 0;
        for (const key of keys) count += this.deleteRow.run(key).changes;
        if (text !== '') count += this.db.prepare<[string]>("DELETE FROM bot_state WHERE instr(value, ?) > 0").run(text).changes;
        return count;
      })
      .immediate();
  }

  private isExpired(row: StateRow): boolean {
    return Number.isFinite(this.ttlMs) && Date.parse(row.updated_at) < this.now().getTime() - this.ttlMs;
  }

  /** Deleting a key that does not exist is not an error, as in `MemoryStorage`. */
  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('[SqliteStorage] keys are required when deleting');
    this.db
      .transaction(() => {
        for (const key of keys) this.deleteRow.run(key);
      })
      .immediate();
  }
}

/** As in `MemoryStorage`: a missing, empty or `'*'` eTag means "write regardless". */
function isConditional(eTag: unknown): boolean {
  return Boolean(eTag) && eTag !== '*';
}

/** Splits an item into its eTag and the JSON to store; the eTag lives in its own column. */
function serialize(key: string, item: unknown): { eTag: unknown; json: string } {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError(`[SqliteStorage] value for "${key}" must be an object`);
  }
  const { eTag, ...value } = item as StoreItem;
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    // The JSON error would quote part of the value; name the key only.
    throw new TypeError(`[SqliteStorage] value for "${key}" cannot be serialized to JSON`);
  }
  return { eTag, json };
}

function parseValue(key: string, json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // SyntaxError messages quote the stored text, which may hold personal details.
    throw new Error(`[SqliteStorage] stored value for "${key}" is corrupted (not valid JSON)`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`[SqliteStorage] stored value for "${key}" is corrupted (not a JSON object)`);
  }
  return value as Record<string, unknown>;
}
