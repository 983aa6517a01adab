import type { Storage } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

export interface StorageUnderTest {
  readonly storage: Storage;
  /** A second handle on the same store (another connection, as a second instance has). */
  readonly other?: Storage;
  readonly cleanup: () => Promise<void>;
}

export interface ConformanceOptions {
  /**
   * Whether a batch write with one conflicting key writes nothing. botbuilder's
   * `MemoryStorage` writes key by key and keeps the keys before (and after) the conflict,
   * so it runs the suite with `false`; `SqliteStorage` promises `true`.
   */
  readonly atomicBatches?: boolean;
}

/**
 * Behaviour every `Storage` the bot may use must share, written against the interface
 * only. Run against botbuilder's `MemoryStorage` it shows the suite encodes the
 * reference semantics rather than our implementation's.
 */
export function describeStorageConformance(
  name: string,
  makeStorage: () => Promise<StorageUnderTest>,
  options: ConformanceOptions = {},
): void {
  const atomicBatches = options.atomicBatches ?? true;

  describe(`Storage conformance: ${name}`, () => {
    let storage: Storage;
    let other: Storage;
    let cleanup: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      const under = await makeStorage();
      ({ storage, cleanup } = under);
      other = under.other ?? under.storage;
    });
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });

    it('returns no entry for a key that was never written', async () => {
      const items = await storage.read(['conv/unknown']);
      expect(items).toEqual({});
      expect('conv/unknown' in items).toBe(false);
    });

    it('reads back what was written, with an eTag', async () => {
      await storage.write({ 'conv/1': { step: 'phone', attempts: 2, nested: { ok: true } } });
      const items = await storage.read(['conv/1']);
      expect(items['conv/1']).toMatchObject({ step: 'phone', attempts: 2, nested: { ok: true } });
      expect(typeof items['conv/1'].eTag).toBe('string');
      expect(items['conv/1'].eTag).not.toBe('');
    });

    it('does not keep a reference to the written object', async () => {
      const state = { step: 'name' };
      await storage.write({ 'conv/1': state });
      state.step = 'mutated after write';
      expect((await storage.read(['conv/1']))['conv/1'].step).toBe('name');
    });

    it('assigns a new eTag on every write', async () => {
      await storage.write({ 'conv/1': { n: 1 } });
      const first = (await storage.read(['conv/1']))['conv/1'].eTag;
      await storage.write({ 'conv/1': { n: 2, eTag: first } });
      const second = (await storage.read(['conv/1']))['conv/1'];
      expect(second.n).toBe(2);
      expect(second.eTag).not.toBe(first);
    });

    it('rejects a write with a stale eTag and keeps the newer value', async () => {
      await storage.write({ 'conv/1': { n: 1 } });
      const stale = (await storage.read(['conv/1']))['conv/1'].eTag;
      await storage.write({ 'conv/1': { n: 2, eTag: stale } });
      await expect(storage.write({ 'conv/1': { n: 3, eTag: stale } })).rejects.toThrow(/eTag conflict/);
      expect((await storage.read(['conv/1']))['conv/1'].n).toBe(2);
    });

    it('of two writers that loaded the same eTag, lets exactly one save (no lost update)', async () => {
      await storage.write({ 'conv/1': { messages: 1 } });
      const [loadedA, loadedB] = await Promise.all([storage.read(['conv/1']), other.read(['conv/1'])]);
      const saves = await Promise.allSettled([
        storage.write({ 'conv/1': { ...loadedA['conv/1'], messages: 2, by: 'A' } }),
        other.write({ 'conv/1': { ...loadedB['conv/1'], messages: 2, by: 'B' } }),
      ]);
      expect(saves.map((s) => s.status).sort()).toEqual(['fulfilled', 'rejected']);
      const rejected = saves.find((s) => s.status === 'rejected') as PromiseRejectedResult;
      expect((rejected.reason as Error).message).toMatch(/eTag conflict/);
      const winner = saves[0]?.status === 'fulfilled' ? 'A' : 'B';
      expect((await storage.read(['conv/1']))['conv/1']).toMatchObject({ messages: 2, by: winner });
    });

    it("lets a write with eTag '*' win over any stored eTag", async () => {
      await storage.write({ 'conv/1': { n: 1 } });
      await storage.write({ 'conv/1': { n: 2, eTag: '*' } });
      expect((await storage.read(['conv/1']))['conv/1'].n).toBe(2);
    });

    it('lets a write without an eTag win over any stored eTag', async () => {
      await storage.write({ 'conv/1': { n: 1 } });
      await storage.write({ 'conv/1': { n: 2 } });
      expect((await storage.read(['conv/1']))['conv/1'].n).toBe(2);
    });

    it('accepts any eTag when creating a key that does not exist', async () => {
      await storage.write({ 'conv/new': { n: 1, eTag: 'left-over-from-elsewhere' } });
      expect((await storage.read(['conv/new']))['conv/new'].n).toBe(1);
    });

    it('deletes keys, and deleting an unknown key is not an error', async () => {
      await storage.write({ 'conv/1': { n: 1 }, 'conv/2': { n: 2 } });
      await storage.delete(['conv/1', 'conv/never-written']);
      expect(await storage.read(['conv/1', 'conv/2'])).toEqual({ 'conv/2': expect.objectContaining({ n: 2 }) });
    });

    it('writes and reads many keys in one call', async () => {
      await storage.write({ 'conv/a': { v: 'a' }, 'conv/b': { v: 'b' }, 'user/c': { v: 'c' } });
      const items = await storage.read(['conv/a', 'conv/b', 'user/c', 'conv/missing']);
      expect(Object.keys(items).sort()).toEqual(['conv/a', 'conv/b', 'user/c']);
      expect([items['conv/a'].v, items['conv/b'].v, items['user/c'].v]).toEqual(['a', 'b', 'c']);
    });

    it('rejects a batch with one stale eTag and leaves that key unchanged', async () => {
      await storage.write({ 'conv/a': { n: 1 }, 'conv/b': { n: 1 } });
      const loaded = await storage.read(['conv/a', 'conv/b']);
      await storage.write({ 'conv/b': { n: 2, eTag: loaded['conv/b'].eTag } });
      await expect(
        storage.write({
          'conv/a': { n: 3, eTag: loaded['conv/a'].eTag },
          'conv/b': { n: 3, eTag: loaded['conv/b'].eTag },
        }),
      ).rejects.toThrow(/eTag conflict/);
      expect((await storage.read(['conv/b']))['conv/b'].n).toBe(2);
    });

    if (atomicBatches) {
      it('writes nothing from a batch that has one conflict', async () => {
        await storage.write({ 'conv/a': { n: 1 }, 'conv/b': { n: 1 } });
        const loaded = await storage.read(['conv/a', 'conv/b']);
        await storage.write({ 'conv/b': { n: 2, eTag: loaded['conv/b'].eTag } });
        await expect(
          storage.write({
            'conv/a': { n: 3, eTag: loaded['conv/a'].eTag },
            'conv/b': { n: 3, eTag: loaded['conv/b'].eTag },
            'conv/c': { n: 3 },
          }),
        ).rejects.toThrow(/eTag conflict/);
        const after = await storage.read(['conv/a', 'conv/b', 'conv/c']);
        expect(after['conv/a']).toEqual({ n: 1, eTag: loaded['conv/a'].eTag });
        expect(after['conv/b'].n).toBe(2);
        expect(after['conv/c']).toBeUndefined();
      });
    }
  });
}
