import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../src/turnQueue.js';

describe('KeyedQueue', () => {
  it('runs tasks of one key one after another, other keys alongside, and survives a failure', async () => {
    const q = new KeyedQueue();
    const order: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        order.push(`start ${name}`);
        await new Promise((r) => setImmediate(r));
        order.push(`end ${name}`);
        if (fail) throw new Error('boom');
        return name;
      };
    const results = await Promise.allSettled([
      q.run('a', task('a1', true)),
      q.run('a', task('a2')),
      q.run('b', task('b1')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(order.indexOf('end a1')).toBeLessThan(order.indexOf('start a2'));
    expect(order.indexOf('start b1')).toBeLessThan(order.indexOf('end a1'));
    expect(q.size).toBe(0);
  });
});
