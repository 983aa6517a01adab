import { MemoryStorage } from 'botbuilder';
import { expect, it } from 'vitest';
import { describeStorageConformance } from './storageConformance.js';

// The reference implementation: if it fails a conformance test, the test is wrong.
describeStorageConformance(
  'botbuilder MemoryStorage (reference)',
  async () => ({ storage: new MemoryStorage(), cleanup: async () => {} }),
  {
    atomicBatches: false,
  },
);

it('MemoryStorage keeps the other keys of a batch that hit a conflict (why atomicBatches is optional)', async () => {
  const storage = new MemoryStorage();
  await storage.write({ a: { n: 1 }, b: { n: 1 } });
  const loaded = await storage.read(['a', 'b']);
  await storage.write({ b: { n: 2 } });
  await expect(storage.write({ a: { n: 3, eTag: loaded.a.eTag }, b: { n: 3, eTag: loaded.b.eTag } })).rejects.toThrow(
    /eTag conflict/,
  );
  expect((await storage.read(['a'])).a.n).toBe(3);
});
