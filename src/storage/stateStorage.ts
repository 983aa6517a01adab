import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { CompiledQuery, type Selectable, sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import { isPostgres } from './migrations.js';
import type { BotDb, BotStateTable } from './schema.js';
import type { TurnScope } from './turnScope.js';

/**
 * Bot Framework `Storage` over the `bot_state` table (SQLite or PostgreSQL), so
 * conversation state survives restarts and is shared by instances. Concurrency follows
 * botbuilder's `MemoryStorage`: a write with eTag `'*'` or no eTag always wins; a write
 * to an existing key whose eTag differs from the stored one is rejected; a write to a
 * missing key succeeds whatever its eTag. Unlike `MemoryStorage`, a batch is
 * all-or-nothing: one conflict rolls back every key.
 *
 * The eTag check is a compare-and-swap in one statement (`UPDATE … WHERE etag = ?`), so it
 * holds across processes without locks. Error messages name keys, never stored values.
 */
export class SqlStorage implements Storage {
  private readOneSql: string | undefined;
  /** Keys read as missing and not written since (see `missingKeys`). */
  private readonly missing: LRUCache<string, true> | undefined;

  constructor(
    private readonly db: BotDb,
    /** Inside a turn on PostgreSQL, reads and writes join the turn's transaction. */
    private readonly scope?: TurnScope,
    /** Injectable for tests; timestamps also drive expiry (`ttlMs`), not concurrency. */
    private readonly now: () => Date = () => new Date(),
    /** State idle longer than this reads as missing and is deleted by `deleteIdle` (STATE_TTL). */
    private readonly ttlMs: number = Number.POSITIVE_INFINITY,
    /**
     * How many keys read as missing to remember, so the next turn of a conversation that keeps no state (FAQ
     * questions only) reads nothing. Only where this process is the one writer (SQLite, held by the process lock):
     * other processes only delete, which a missing key cannot notice. 0 (the default) remembers none.
     */
    missingKeys = 0,
  ) {
    this.missing = missingKeys > 0 ? new LRUCache({ max: missingKeys }) : undefined;
  }

  /** Returns an entry only for keys that exist; each item carries its current `eTag`. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('[SqlStorage] keys are required when reading');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    if (keys.length === 1 && this.missing?.has(keys[0]!)) return items;
    const rows =
      keys.length === 1
        ? await this.readOne(keys[0]!)
        : await this.executor()
            .selectFrom('bot_state')
            .select(['key', 'etag', 'value', 'updated_at'])
            .where('key', 'in', keys)
            .execute();
    // Expired state is gone for the bot even before the sweep deletes it.
    for (const row of rows)
      if (!this.isExpired(row.updated_at)) items[row.key] = { ...parseValue(row.key, row.value), eTag: row.etag };
    if (this.missing) for (const key of keys) if (!(key in items)) this.missing.set(key, true);
    return items;
  }

  /**
   * Writes every change in one transaction and gives each written key a fresh random
   * eTag. Random rather than counted, so a key deleted and re-created never reuses an
   * eTag a stale reader might still hold.
   */
  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object')
      throw new TypeError('[SqlStorage] changes are required when writing');
    const entries = Object.entries(changes).map(([key, item]) => [key, serialize(key, item)] as const);
    if (entries.length === 0) return;
    for (const [key] of entries) this.missing?.delete(key);
    const updatedAt = this.now().toISOString();
    await this.transaction(async (trx) => {
      for (const [key, { eTag, json }] of entries) {
        const etag = randomUUID();
        if (!isConditional(eTag)) {
          await trx
            .insertInto('bot_state')
            .values({ key, etag, value: json, updated_at: updatedAt })
            .onConflict((oc) => oc.column('key').doUpdateSet({ etag, value: json, updated_at: updatedAt }))
            .execute();
          continue;
        }
        const updated = await trx
          .updateTable('bot_state')
          .set({ etag, value: json, updated_at: updatedAt })
          .where('key', '=', key)
          .where('etag', '=', String(eTag))
          .executeTakeFirst();
        if (updated.numUpdatedRows > 0n) continue;
        // No row with that eTag: create the key if it is missing, else it changed meanwhile.
        const inserted = await trx
          .insertInto('bot_state')
          .values({ key, etag, value: json, updated_at: updatedAt })
          .onConflict((oc) => oc.column('key').doNothing())
          .executeTakeFirst();
        if ((inserted.numInsertedOrUpdatedRows ?? 0n) === 0n) {
          throw new Error(
            `[SqlStorage] error writing "${key}" due to eTag conflict; the state was changed by another turn`,
          );
        }
      }
    });
  }

  /** Deleting a key that does not exist is not an error, as in `MemoryStorage`. */
  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('[SqlStorage] keys are required when deleting');
    if (keys.length === 0) return;
    this.scope?.markStateWritten();
    await this.executor().deleteFrom('bot_state').where('key', 'in', keys).execute();
  }

  /** Deletes state idle longer than the TTL (the scheduled sweep); returns rows deleted. */
  async deleteIdle(): Promise<number> {
    if (!Number.isFinite(this.ttlMs)) return 0;
    const cutoff = new Date(this.now().getTime() - this.ttlMs).toISOString();
    const result = await this.db.deleteFrom('bot_state').where('updated_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /**
   * Erasure: deletes the given keys and any state whose stored JSON contains `text` (an
   * unfinished form holding a person's phone). Returns rows deleted.
   */
  async erase(keys: readonly string[], text: string): Promise<number> {
    const contains = isPostgres(this.db)
      ? sql<boolean>`strpos(value, ${text}) > 0`
      : sql<boolean>`instr(value, ${text}) > 0`;
    return this.db.transaction().execute(async (trx) => {
      let count = 0;
      if (keys.length > 0)
        count += Number(
          (
            await trx
              .deleteFrom('bot_state')
              .where('key', 'in', [...keys])
              .executeTakeFirst()
          ).numDeletedRows,
        );
      if (text !== '')
        count += Number((await trx.deleteFrom('bot_state').where(contains).executeTakeFirst()).numDeletedRows);
      return count;
    });
  }

  /**
   * One key, the read of every turn (botbuilder asks for the conversation's key alone): the
   * same query, compiled to this database's SQL once instead of built again each turn.
   */
  private async readOne(key: string): Promise<Array<Selectable<BotStateTable>>> {
    this.readOneSql ??= this.db
      .selectFrom('bot_state')
      .select(['key', 'etag', 'value', 'updated_at'])
      .where('key', '=', key)
      .compile().sql;
    const result = await this.executor().executeQuery<Selectable<BotStateTable>>(
      CompiledQuery.raw(this.readOneSql, [key]),
    );
    return result.rows;
  }

  private isExpired(updatedAt: string): boolean {
    return Number.isFinite(this.ttlMs) && Date.parse(updatedAt) < this.now().getTime() - this.ttlMs;
  }

  private executor(): BotDb {
    return this.scope?.executor(this.db) ?? this.db;
  }

  /** The turn's transaction when there is one (already atomic), else a new one. */
  private async transaction(fn: (trx: BotDb) => Promise<void>): Promise<void> {
    if (this.scope?.active) {
      this.scope.markStateWritten();
      return fn(this.executor());
    }
    await this.db.transaction().execute(fn);
  }
}

/** As in `MemoryStorage`: a missing, empty or `'*'` eTag means "write regardless". */
function isConditional(eTag: unknown): boolean {
  return Boolean(eTag) && eTag !== '*';
}

/** Splits an item into its eTag and the JSON to store; the eTag lives in its own column. */
function serialize(key: string, item: unknown): { eTag: unknown; json: string } {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError(`[SqlStorage] value for "${key}" must be an object`);
  }
  const { eTag, ...value } = item as StoreItem;
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    // The JSON error would quote part of the value; name the key only.
    throw new TypeError(`[SqlStorage] value for "${key}" cannot be serialized to JSON`);
  }
  return { eTag, json };
}

function parseValue(key: string, json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // SyntaxError messages quote the stored text, which may hold personal details.
    throw new Error(`[SqlStorage] stored value for "${key}" is corrupted (not valid JSON)`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`[SqlStorage] stored value for "${key}" is corrupted (not a JSON object)`);
  }
  return value as Record<string, unknown>;
}
