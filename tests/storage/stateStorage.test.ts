import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Storage } from 'botbuilder';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotDatabase, openSqliteDatabase } from '../../src/storage/database.js';
import { SqlStorage } from '../../src/storage/stateStorage.js';
import { makeTempDir } from '../helpers/tempDir.js';
import { describeStorageConformance } from './storageConformance.js';

// One connection: a SQLite file has one bot process (a second connection in the same
// thread would wait on the first's lock synchronously and deadlock the event loop).
describeStorageConformance('SqlStorage on a SQLite file', async () => {
  const tmp = await makeTempDir();
  const db = await openSqliteDatabase(tmp.dir);
  return {
    storage: new SqlStorage(db.db),
    cleanup: async () => {
      await db.close();
      await tmp.remove();
    },
  };
});

// As the bot runs it on SQLite: keys read as missing are remembered until this storage writes them.
describeStorageConformance('SqlStorage on a SQLite file, remembering missing keys', async () => {
  const tmp = await makeTempDir();
  const db = await openSqliteDatabase(tmp.dir);
  return {
    storage: new SqlStorage(db.db, undefined, undefined, undefined, 100),
    cleanup: async () => {
      await db.close();
      await tmp.remove();
    },
  };
});

describe('SqlStorage on SQLite', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  const opened: BotDatabase[] = [];
  const openDb = async (): Promise<BotDatabase> => {
    const db = await openSqliteDatabase(tmp.dir);
    opened.push(db);
    return db;
  };

  beforeEach(async () => {
    tmp = await makeTempDir();
  });
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    await tmp.remove();
  });

  it('remembering missing keys, still reads a key written after it was read as missing', async () => {
    // A conversation asks FAQ questions (no state), then starts the form (state written), then answers it.
    const storage = new SqlStorage((await openDb()).db, undefined, undefined, undefined, 10);
    const key = 'webchat/conversations/c1/';
    expect(await storage.read([key])).toEqual({});
    expect(await storage.read([key])).toEqual({});
    await storage.write({ [key]: { dialogState: { step: 'name' } } });
    expect((await storage.read([key]))[key]).toMatchObject({ dialogState: { step: 'name' } });
  });

  it('keeps state across closing and reopening the database file', async () => {
    const db = await openSqliteDatabase(tmp.dir);
    await new SqlStorage(db.db).write({ 'webchat/conversations/c1/': { step: 'preferredTime' } });
    const { eTag } = (await new SqlStorage(db.db).read(['webchat/conversations/c1/']))['webchat/conversations/c1/'];
    await db.close();

    const reopened = new SqlStorage((await openDb()).db);
    expect((await reopened.read(['webchat/conversations/c1/']))['webchat/conversations/c1/']).toEqual({
      step: 'preferredTime',
      eTag,
    });
  });

  it('names the key, not the value, when a stored row is corrupted', async () => {
    const db = await openDb();
    await sql`INSERT INTO bot_state (key, etag, value, updated_at) VALUES ('user/u1', 'e1', '{"name":"Jane Patient', 'now')`.execute(
      db.db,
    );
    const error = await new SqlStorage(db.db).read(['user/u1']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^\[SqlStorage\] .*"user\/u1".*corrupted/);
    expect((error as Error).message).not.toContain('Jane');
  });

  it('refuses values that are not objects, naming the key', async () => {
    const storage = new SqlStorage((await openDb()).db);
    await expect(storage.write({ 'conv/1': 'just a string' })).rejects.toThrow(
      '[SqlStorage] value for "conv/1" must be an object',
    );
  });

  it('does not store the eTag inside the value, so it cannot go stale there', async () => {
    const db = await openDb();
    await new SqlStorage(db.db).write({ 'conv/1': { n: 1, eTag: '*' } });
    const row = await db.db
      .selectFrom('bot_state')
      .select('value')
      .where('key', '=', 'conv/1')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.value)).toEqual({ n: 1 });
  });
});

/**
 * Documents a framework behaviour the team must know: botbuilder's BotState.saveChanges
 * sets `eTag = '*'` before writing, so concurrent turns of one conversation overwrite
 * each other whatever the storage. The eTag check protects callers that write through
 * `Storage` with the eTag they read, not ConversationState: the turn coordinators
 * (src/turnCoordinator.ts) are what keep turns of one conversation apart.
 */
describe('ConversationState over any Storage', () => {
  async function bothSavesSucceed(storage: Storage): Promise<unknown> {
    const state = new ConversationState(storage);
    const counter = state.createProperty<number>('count');
    const adapter = new TestAdapter();
    const incoming = (text: string) =>
      TurnContext.applyConversationReference(adapter.makeActivity(text), adapter.conversation, true);
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

  it('is last-write-wins with MemoryStorage and with SqlStorage alike', async () => {
    const tmp = await makeTempDir();
    const db = await openSqliteDatabase(tmp.dir);
    try {
      expect(await bothSavesSucceed(new MemoryStorage())).toBe(2);
      expect(await bothSavesSucceed(new SqlStorage(db.db))).toBe(2);
    } finally {
      await db.close();
      await tmp.remove();
    }
  });
});
