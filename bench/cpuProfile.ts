/**
 * Summaries of a V8 CPU profile (the `.cpuprofile` JSON written by `node --cpu-prof` or
 * the inspector's Profiler.stop): self time per function, time per area of the code,
 * and inclusive time per function. Pure functions, unit-tested in tests/bench.
 */

export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber?: number;
}

export interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  /** Microseconds since the previous sample; the first is since startTime. */
  readonly timeDeltas: readonly number[];
}

export interface FrameTime {
  readonly key: string;
  readonly functionName: string;
  readonly location: string;
  readonly area: string;
  /** Microseconds. */
  readonly time: number;
}

/** V8's pseudo-frames: not code of ours or of a library. */
const IDLE = '(idle)';

/** A short, machine-independent place for a frame: "node_modules/pkg/file.js:12", "dist/src/x.js:3", "node:fs". */
export function frameLocation(frame: CallFrame): string {
  if (frame.url === '') return '';
  let url = frame.url.replace(/^file:\/\//, '');
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) url = url.slice(nm + 1);
  else {
    const dist = url.lastIndexOf('/dist/');
    if (dist >= 0) url = url.slice(dist + 1);
  }
  return url.startsWith('node:') ? url : `${url}:${frame.lineNumber + 1}`;
}

/** Which part of the system a frame belongs to: a package, our code, Node itself, or a V8 pseudo-frame. */
export function frameArea(frame: CallFrame): string {
  const url = frame.url;
  if (url === '') {
    if (frame.functionName.startsWith('(')) return frame.functionName;
    return 'native (V8 builtins, C++ bindings)';
  }
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return 'node internals';
  if (/\/dist\/src\/domain\//.test(url)) return 'bot: src/domain';
  if (/\/dist\/src\/storage\//.test(url)) return 'bot: src/storage';
  if (/\/dist\/(src|dialogs)\//.test(url)) return 'bot: src + dialogs';
  if (/\/dist\/bench\//.test(url)) return 'bench harness';
  return 'other';
}

/** Time per sample, in microseconds, indexed like `samples`. */
function sampleTimes(profile: CpuProfile): number[] {
  return profile.timeDeltas.map((d) => Math.max(0, d));
}

function frameKey(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} ${frameLocation(frame)}`;
}

/** Total sampled time and the part of it that was not idle (microseconds). */
export function profileTotals(profile: CpuProfile): { total: number; busy: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = sampleTimes(profile);
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    total += times[i]!;
    if (byId.get(id)?.callFrame.functionName === IDLE) idle += times[i]!;
  });
  return { total, busy: total - idle };
}

/** Self time per function (frames with the same name and place are merged), largest first. Idle is left out. */
export function selfTimes(profile: CpuProfile): FrameTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = sampleTimes(profile);
  const acc = new Map<string, FrameTime & { time: number }>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === IDLE) return;
    const key = frameKey(frame);
    const row = acc.get(key) ?? {
      key,
      functionName: frame.functionName || '(anonymous)',
      location: frameLocation(frame),
      area: frameArea(frame),
      time: 0,
    };
    row.time += times[i]!;
    acc.set(key, row);
  });
  return [...acc.values()].sort((a, b) => b.time - a.time || a.key.localeCompare(b.key));
}

/** Self time summed per area, largest first. Idle is left out. */
export function areaTimes(profile: CpuProfile): Array<{ area: string; time: number }> {
  const acc = new Map<string, number>();
  for (const f of selfTimes(profile)) acc.set(f.area, (acc.get(f.area) ?? 0) + f.time);
  return [...acc]
    .map(([area, time]) => ({ area, time }))
    .sort((a, b) => b.time - a.time || a.area.localeCompare(b.area));
}

/**
 * Inclusive time per function: time of every sample with the function anywhere on its
 * stack, counted once per sample even when the function is on the stack twice.
 */
export function inclusiveTimes(profile: CpuProfile): FrameTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times = sampleTimes(profile);
  const acc = new Map<string, FrameTime & { time: number }>();
  profile.samples.forEach((leaf, i) => {
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === IDLE) break;
      const key = frameKey(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      const row = acc.get(key) ?? {
        key,
        functionName: frame.functionName || '(anonymous)',
        location: frameLocation(frame),
        area: frameArea(frame),
        time: 0,
      };
      row.time += times[i]!;
      acc.set(key, row);
    }
  });
  return [...acc.values()].sort((a, b) => b.time - a.time || a.key.localeCompare(b.key));
}
