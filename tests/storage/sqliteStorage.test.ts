import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Storage } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Database } from '../../src/storage/database.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { makeTempDir } from '../helpers/tempDir.js';
import { describeStorageConformance } from './storageConformance.js';

describeStorageConformance('SqliteStorage on a temp-dir file', async () => {
  const tmp = await makeTempDir();
  const db = openDatabase(tmp.dir);
  return {
    storage: new SqliteStorage(db),
    cleanup: async () => {
      closeDatabase(db);
      await tmp.remove();
    },
  };
});

describe('SqliteStorage', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  const opened: Database[] = [];
  const open = (): SqliteStorage => {
    const db = openDatabase(tmp.dir);
    opened.push(db);
    return new SqliteStorage(db);
  };

  beforeEach(async () => {
    tmp = await makeTempDir();
  });
  afterEach(async () => {
    opened.splice(0).forEach(closeDatabase);
    await tmp.remove();
  });

  it('keeps state across closing and reopening the database file', async () => {
    const db = openDatabase(tmp.dir);
    await new SqliteStorage(db).write({ 'webchat/conversations/c1/': { step: 'preferredTime' } });
    const { eTag } = (await new SqliteStorage(db).read(['webchat/conversations/c1/']))['webchat/conversations/c1/'];
    closeDatabase(db);

    const reopened = open();
    const item = (await reopened.read(['webchat/conversations/c1/']))['webchat/conversations/c1/'];
    expect(item).toEqual({ step: 'preferredTime', eTag });
  });

  it('rejects the second of two saves that loaded the same eTag, so no update is lost', async () => {
    const key = 'webchat/conversations/c1/';
    const setup = open();
    await setup.write({ [key]: { messages: 1 } });

    // Two turns (here: two connections, as two server processes would have) load the same state...
    const turnA = open();
    const turnB = open();
    const [loadedA, loadedB] = await Promise.all([turnA.read([key]), turnB.read([key])]);
    // ...both change it and save with the eTag they loaded.
    const saves = await Promise.allSettled([
      turnA.write({ [key]: { ...loadedA[key], messages: 2, by: 'A' } }),
      turnB.write({ [key]: { ...loadedB[key], messages: 2, by: 'B' } }),
    ]);

    expect(saves.map((s) => s.status)).toEqual(['fulfilled', 'rejected']);
    const rejection = saves[1] as PromiseRejectedResult;
    expect((rejection.reason as Error).message).toMatch(/^\[SqliteStorage\] .*eTag conflict/);
    expect((await setup.read([key]))[key]).toMatchObject({ messages: 2, by: 'A' });
  });

  it('names the key, not the value, when a stored row is corrupted', async () => {
    const db = openDatabase(tmp.dir);
    opened.push(db);
    db.prepare("INSERT INTO bot_state (key, etag, value, updated_at) VALUES ('user/u1', 'e1', '{\"name\":\"Jane Patient', 'now')").run();
    const error = await new SqliteStorage(db).read(['user/u1']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^\[SqliteStorage\] .*"user\/u1".*corrupted/);
    expect((error as Error).message).not.toContain('Jane');
  });

  it('refuses values that are not objects, naming the key', async () => {
    const storage = open();
    await expect(storage.write({ 'conv/1': 'just a string' })).rejects.toThrow('[SqliteStorage] value for "conv/1" must be an object');
  });

  it('does not store the eTag inside the value, so it cannot go stale there', async () => {
    const db = openDatabase(tmp.dir);
    opened.push(db);
    await new SqliteStorage(db).write({ 'conv/1': { n: 1, eTag: '*' } });
    const row = db.prepare("SELECT value FROM bot_state WHERE key = 'conv/1'").get() as { value: string };
    expect(JSON.parse(row.value)).toEqual({ n: 1 });
  });
});

/**
 * Documents a framework behaviour the team must know: botbuilder's BotState.saveChanges
 * sets `eTag = '*'` before writing, so concurrent turns of one conversation overwrite
 * each other whatever the storage. The eTag check protects callers that write through
 * `Storage` with the eTag they read, not ConversationState.
 */
describe('ConversationState over any Storage', () => {
  async function bothSavesSucceed(storage: Storage): Promise<unknown> {
    const state = new ConversationState(storage);
    const counter = state.createProperty<number>('count');
    const adapter = new TestAdapter();
    const incoming = (text: string) => TurnContext.applyConversationReference(adapter.makeActivity(text), adapter.conversation, true);
    const a = new TurnContext(adapter, incoming('a'));
    const b = new TurnContext(adapter, incoming('b'));
    await state.load(a);
    await state.load(b);
    await counter.set(a, 1);
    await counter.set(b, 2);
    await state.saveChanges(a);
    await state.saveChanges(b);
    const key = `${a.activity.channelId}/conversations/${a.activity.conversation.id}/`;
    return (await storage.read([key]))[key]?.count;
  }

  it('is last-write-wins with MemoryStorage and with SqliteStorage alike', async () => {
    const tmp = await makeTempDir();
    const db = openDatabase(tmp.dir);
    try {
      expect(await bothSavesSucceed(new MemoryStorage())).toBe(2);
      expect(await bothSavesSucceed(new SqliteStorage(db))).toBe(2);
    } finally {
      closeDatabase(db);
      await tmp.remove();
    }
  });
});
