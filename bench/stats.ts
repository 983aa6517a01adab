/**
 * Pure helpers shared by `npm run eval`, `npm run bench` and `npm run profile`:
 * percentiles, medians, confusion counting, threshold choice and markdown tables.
 * No clocks and no I/O here, so every function is unit-tested (tests/bench/stats.test.ts).
 */

/**
 * The p-th percentile (0..100) by the nearest-rank method: the smallest value with at
 * least p% of the values at or below it. p = 50 of [1, 2, 3, 4] is 2; p = 100 is the max.
 * Returns NaN for an empty list. The input is not modified.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The middle value (mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Summary {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const mean = values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
  return {
    count: values.length,
    min: values.length === 0 ? Number.NaN : Math.min(...values),
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
    mean,
  };
}

/** Counts (expected, got) pairs and returns the most frequent first; ties by name, so the order is stable. */
export function topPairs(
  pairs: ReadonlyArray<{ readonly expected: string; readonly got: string }>,
  limit: number,
): Array<{ expected: string; got: string; count: number }> {
  const counts = new Map<string, { expected: string; got: string; count: number }>();
  for (const { expected, got } of pairs) {
    const key = `${expected}\u0000${got}`;
    const row = counts.get(key) ?? { expected, got, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.got.localeCompare(b.got))
    .slice(0, limit);
}

/** One scored prediction: the top intent and its score, and the right intent (undefined: nothing should be answered). */
export interface ScoredPrediction {
  readonly top: string | undefined;
  readonly score: number;
  readonly expected: string | undefined;
}

export interface ThresholdChoice {
  readonly threshold: number;
  /** Share of in-scope items answered with the right entry. */
  readonly accuracy: number;
  /** Share of out-of-scope items left unanswered. */
  readonly honesty: number;
  /** (accuracy + honesty) / 2, the quantity maximized. */
  readonly objective: number;
}

/**
 * Scores each candidate threshold: an item is answered when its top score is >= the
 * threshold. The objective is the mean of in-scope accuracy and out-of-scope honesty,
 * so a threshold cannot win by answering everything or by answering nothing. Ties go to
 * the lowest threshold (answering more often). Returns every candidate, best first.
 */
export function rankThresholds(
  predictions: readonly ScoredPrediction[],
  candidates: readonly number[],
): ThresholdChoice[] {
  const inScope = predictions.filter((p) => p.expected !== undefined);
  const outOfScope = predictions.filter((p) => p.expected === undefined);
  const rows = candidates.map((threshold) => {
    const answered = (p: ScoredPrediction) => p.top !== undefined && p.score >= threshold;
    const accuracy =
      inScope.length === 0 ? 0 : inScope.filter((p) => answered(p) && p.top === p.expected).length / inScope.length;
    const honesty = outOfScope.length === 0 ? 0 : outOfScope.filter((p) => !answered(p)).length / outOfScope.length;
    return { threshold, accuracy, honesty, objective: (accuracy + honesty) / 2 };
  });
  return rows.sort((a, b) => b.objective - a.objective || a.threshold - b.threshold);
}

/** A markdown table; cells are written as given (escape `|` yourself if needed). */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number with a fixed count of decimals and thousands separators ("12,345.6"). */
export function fmt(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A deterministic pseudo-random generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
