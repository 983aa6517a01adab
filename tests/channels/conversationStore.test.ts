import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/channels/conversationStore.js';
import { LocalTokens } from '../../src/channels/localTokens.js';

describe('ConversationStore limits', () => {
  it('forgets the least recently used conversation when full', () => {
    const store = new ConversationStore({ maxConversations: 2, maxActivities: 10 });
    const a = store.create('dl_a');
    const b = store.create('dl_b');
    store.get(a.id); // a is now more recent than b
    const c = store.create('dl_c');
    expect(store.size).toBe(2);
    expect(store.get(b.id)).toBeUndefined();
    expect(store.get(a.id)).toBe(a);
    expect(store.get(c.id)).toBe(c);
  });

  it('keeps the newest activities and a watermark that still moves forward', () => {
    const store = new ConversationStore({ maxConversations: 1, maxActivities: 3 });
    const conversation = store.create('dl_a');
    for (let i = 0; i < 5; i += 1) store.append(conversation, { type: 'message', text: `m${i}` });
    const all = store.since(conversation, 0);
    expect(all.activities.map((a) => a.text)).toEqual(['m2', 'm3', 'm4']);
    expect(all.watermark).toBe('5');
    expect(store.since(conversation, 4).activities.map((a) => a.text)).toEqual(['m4']);
    expect(store.since(conversation, 99).activities).toEqual([]);
    expect(all.activities[0]?.id).toBe(`${conversation.id}|0000002`);
  });
});

describe('LocalTokens', () => {
  it('expires tokens unless refreshed, and keeps a bounded number', () => {
    let now = 1_000_000;
    const tokens = new LocalTokens({ lifetimeSeconds: 60, maxTokens: 2, now: () => now });
    const first = tokens.issue();
    expect(first.userId).toMatch(/^dl_/);
    now += 59_000;
    expect(tokens.verify(first.token)).toBe(first);
    tokens.refresh(first);
    now += 59_000;
    expect(tokens.verify(first.token)).toBe(first);
    now += 2_000;
    expect(tokens.verify(first.token)).toBeUndefined();

    const a = tokens.issue();
    tokens.issue();
    tokens.issue();
    expect(tokens.verify(a.token)).toBeUndefined();
  });
});
