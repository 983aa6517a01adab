import { ConversationState, type TurnContext } from 'botbuilder';

interface Loaded {
  readonly state: Record<string, unknown>;
  /** The state's JSON when it was read or last written ('' after `clear`: always written). */
  snapshot: string;
}

/**
 * botbuilder's `ConversationState` (same storage keys, same reads, writes with eTag `'*'`),
 * with a cheaper change check: botbuilder hashes the state with SHA-256 when it is loaded
 * and again in every `saveChanges`; this keeps the state's JSON as loaded and writes when
 * the JSON differs, which is the same test without the hashing. A FAQ turn loads state
 * once and saves nothing, so it pays for two `JSON.stringify`s of a small object instead.
 */
export class LeanConversationState extends ConversationState {
  /** Where a turn's loaded state lives in `context.turnState` (one key per instance). */
  private readonly loadedKey = Symbol('leanConversationState');

  /** Reads the state once per turn (again with `force`); later calls return the same object. */
  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const loaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
    if (loaded !== undefined && !force) return loaded.state;
    const key = await this.storageKey(context);
    const state = ((await this.storage.read([key]))[key] ?? {}) as Record<string, unknown>;
    context.turnState.set(this.loadedKey, { state, snapshot: snapshotOf(state) } satisfies Loaded);
    return state;
  }

  /** Writes the state if it changed since it was loaded (always with `force`, an empty one if none was loaded). */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let loaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
    if (!force && (loaded === undefined || loaded.snapshot === snapshotOf(loaded.state))) return;
    const key = await this.storageKey(context);
    loaded ??= { state: {}, snapshot: '' };
    loaded.state.eTag = '*';
    await this.storage.write({ [key]: loaded.state });
    loaded.snapshot = snapshotOf(loaded.state);
    context.turnState.set(this.loadedKey, loaded);
  }

  /** Empties the turn's state; `saveChanges` then writes it. */
  override async clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.loadedKey, { state: {}, snapshot: '' } satisfies Loaded);
  }

  /** Forgets the turn's state and deletes it from storage. */
  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.loadedKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  /** The turn's state if it was loaded, else undefined. */
  override get(context: TurnContext): Record<string, unknown> | undefined {
    return (context.turnState.get(this.loadedKey) as Loaded | undefined)?.state;
  }
}

/** The state's JSON without its eTag, which storage sets and a change does not touch (as botbuilder's hash). */
function snapshotOf(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}
