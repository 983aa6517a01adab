import { MemoryStorage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { LeanConversationState } from '../src/conversationState.js';

/** MemoryStorage that counts the writes it is asked for. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    await super.write(changes);
  }
}

function setup() {
  const storage = new CountingStorage();
  const state = new LeanConversationState(storage);
  const count = state.createProperty<number>('count');
  const adapter = new TestAdapter();
  const turn = () =>
    new TurnContext(adapter, TurnContext.applyConversationReference(adapter.makeActivity('hi'), adapter.conversation));
  const key = (context: TurnContext) =>
    `${context.activity.channelId}/conversations/${context.activity.conversation.id}/`;
  return { storage, state, count, turn, key };
}

describe('LeanConversationState', () => {
  it('keeps state across turns under botbuilder ConversationState key, and writes only a changed state', async () => {
    const { storage, state, count, turn, key } = setup();
    const first = turn();
    expect(await count.get(first)).toBeUndefined();
    await state.saveChanges(first);
    expect(storage.writes).toBe(0);

    await count.set(first, 1);
    await state.saveChanges(first);
    expect(storage.writes).toBe(1);
    expect((await storage.read([key(first)]))[key(first)]?.count).toBe(1);

    const second = turn();
    expect(await count.get(second)).toBe(1);
    await state.saveChanges(second);
    expect(storage.writes).toBe(1);
    await count.set(second, 2);
    await state.saveChanges(second);
    expect(await count.get(turn())).toBe(2);
  });

  it('writes a cleared state, a forced save, and deletes on delete', async () => {
    const { storage, state, count, turn, key } = setup();
    const first = turn();
    await count.set(first, 1);
    await state.saveChanges(first);

    const second = turn();
    await state.clear(second);
    await state.saveChanges(second);
    expect(await count.get(turn())).toBeUndefined();

    const third = turn();
    await state.load(third);
    await state.saveChanges(third, true);
    expect(storage.writes).toBe(3);

    await count.set(third, 5);
    await state.delete(third);
    expect(state.get(third)).toBeUndefined();
    expect(await storage.read([key(third)])).toEqual({});
  });
});
