import { MemoryStorage, type StoreItems } from 'botbuilder';

/** botbuilder's MemoryStorage that remembers every key written, so a test can read back all of its state. */
export class KeyRecordingStorage extends MemoryStorage {
  readonly keys = new Set<string>();

  override async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) this.keys.add(key);
    return super.write(changes);
  }
}
