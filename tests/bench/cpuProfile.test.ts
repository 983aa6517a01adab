import { describe, expect, it } from 'vitest';
import {
  areaTimes,
  type CpuProfile,
  frameArea,
  frameLocation,
  inclusiveTimes,
  profileTotals,
  selfTimes,
} from '../../bench/cpuProfile.js';

const file = (p: string) => `file:///work/app/${p}`;
// (root) -> handle (dist/src/bot.js) -> match (dist/src/domain/m.js) -> search (node_modules/fuse.js)
//                                    -> handle again (recursion)
//        -> (idle), (garbage collector)
const profile: CpuProfile = {
  startTime: 0,
  endTime: 100,
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 6, 7] },
    { id: 2, callFrame: { functionName: 'handle', url: file('dist/src/bot.js'), lineNumber: 9 }, children: [3, 5] },
    { id: 3, callFrame: { functionName: 'match', url: file('dist/src/domain/m.js'), lineNumber: 0 }, children: [4] },
    { id: 4, callFrame: { functionName: 'search', url: file('node_modules/fuse.js/dist/fuse.mjs'), lineNumber: 401 } },
    { id: 5, callFrame: { functionName: 'handle', url: file('dist/src/bot.js'), lineNumber: 9 } },
    { id: 6, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
    { id: 7, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
  ],
  samples: [4, 4, 3, 5, 6, 6, 7, 2],
  timeDeltas: [10, 10, 10, 10, 20, 20, 10, 10],
};

describe('cpuProfile summaries', () => {
  it('names places without machine paths and sorts frames into areas', () => {
    expect(frameLocation({ functionName: 'f', url: file('node_modules/fuse.js/dist/fuse.mjs'), lineNumber: 401 })).toBe(
      'node_modules/fuse.js/dist/fuse.mjs:402',
    );
    expect(frameLocation({ functionName: 'f', url: file('dist/src/bot.js'), lineNumber: 0 })).toBe('dist/src/bot.js:1');
    expect(frameLocation({ functionName: 'f', url: 'node:internal/url', lineNumber: 3 })).toBe('node:internal/url');
    expect(
      frameArea({ functionName: 'x', url: file('node_modules/@azure/core-client/dist/a.js'), lineNumber: 0 }),
    ).toBe('@azure/core-client');
    expect(frameArea({ functionName: 'x', url: file('dist/src/domain/m.js'), lineNumber: 0 })).toBe('bot: src/domain');
    expect(frameArea({ functionName: 'x', url: file('dist/dialogs/rootDialog.js'), lineNumber: 0 })).toBe(
      'bot: src + dialogs',
    );
    expect(frameArea({ functionName: 'x', url: 'node:net', lineNumber: 0 })).toBe('node internals');
    expect(frameArea({ functionName: '(garbage collector)', url: '', lineNumber: -1 })).toBe('(garbage collector)');
    expect(frameArea({ functionName: 'writev', url: '', lineNumber: -1 })).toBe('native (V8 builtins, C++ bindings)');
  });

  it('totals sampled and busy (non-idle) time', () => {
    expect(profileTotals(profile)).toEqual({ total: 100, busy: 60 });
  });

  it('adds self time per function, merging nodes of the same function and leaving idle out', () => {
    const self = selfTimes(profile);
    expect(self.map((f) => [f.functionName, f.time])).toEqual([
      ['handle', 20],
      ['search', 20],
      ['(garbage collector)', 10],
      ['match', 10],
    ]);
    expect(areaTimes(profile)).toEqual([
      { area: 'bot: src + dialogs', time: 20 },
      { area: 'fuse.js', time: 20 },
      { area: '(garbage collector)', time: 10 },
      { area: 'bot: src/domain', time: 10 },
    ]);
  });

  it('counts inclusive time once per sample even under recursion', () => {
    const inclusive = new Map(inclusiveTimes(profile).map((f) => [f.functionName, f.time]));
    expect(inclusive.get('handle')).toBe(50);
    expect(inclusive.get('match')).toBe(30);
    expect(inclusive.get('search')).toBe(20);
    expect(inclusive.get('(root)')).toBe(60);
    expect(inclusive.has('(idle)')).toBe(false);
  });
});
