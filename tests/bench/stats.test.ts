import { describe, expect, it } from 'vitest';
import {
  fmt,
  markdownTable,
  median,
  percentile,
  rankThresholds,
  seededRandom,
  summarize,
  topPairs,
} from '../../bench/stats.js';

describe('percentile (nearest rank)', () => {
  it('picks the smallest value with at least p% at or below it', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 75)).toBe(3);
    expect(percentile([1, 2, 3, 4], 76)).toBe(4);
    expect(percentile([1, 2, 3, 4], 100)).toBe(4);
    expect(percentile([1, 2, 3, 4], 0)).toBe(1);
  });

  it('does not depend on input order and does not modify the input', () => {
    const values = [9, 1, 5, 3, 7];
    expect(percentile(values, 50)).toBe(5);
    expect(values).toEqual([9, 1, 5, 3, 7]);
  });

  it('p99 of 1..100 is 99 and of 1..1000 is 990', () => {
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        99,
      ),
    ).toBe(99);
    expect(
      percentile(
        Array.from({ length: 1000 }, (_, i) => i + 1),
        99,
      ),
    ).toBe(990);
  });

  it('is NaN for no values and rejects p outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('median and summarize', () => {
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('summarizes count, min, percentiles, max and mean', () => {
    expect(summarize([2, 4, 6, 8])).toEqual({ count: 4, min: 2, p50: 4, p95: 8, p99: 8, max: 8, mean: 5 });
  });
});

describe('topPairs', () => {
  it('counts pairs, most frequent first, ties in name order', () => {
    const pairs = [
      { expected: 'b', got: 'x' },
      { expected: 'a', got: 'y' },
      { expected: 'b', got: 'x' },
      { expected: 'a', got: 'x' },
    ];
    expect(topPairs(pairs, 2)).toEqual([
      { expected: 'b', got: 'x', count: 2 },
      { expected: 'a', got: 'x', count: 1 },
    ]);
  });
});

describe('rankThresholds', () => {
  it('maximizes the mean of in-scope accuracy and out-of-scope honesty, lowest threshold on ties', () => {
    const predictions = [
      { top: 'a', score: 0.9, expected: 'a' },
      { top: 'b', score: 0.6, expected: 'b' },
      { top: 'x', score: 0.3, expected: 'c' },
      { top: 'a', score: 0.7, expected: undefined },
      { top: 'b', score: 0.2, expected: undefined },
      { top: undefined, score: 0, expected: undefined },
    ];
    const ranked = rankThresholds(predictions, [0, 0.5, 0.65, 0.8]);
    // 0.5 and 0.8 tie at 2/3 (accuracy 2/3 + honesty 2/3, accuracy 1/3 + honesty 1): the lower one wins.
    expect(ranked.map((r) => r.threshold)).toEqual([0.5, 0.8, 0, 0.65]);
    expect(ranked[0]!.accuracy).toBeCloseTo(2 / 3);
    expect(ranked[0]!.honesty).toBeCloseTo(2 / 3);
    expect(ranked[1]).toMatchObject({ honesty: 1 });
    expect(ranked[2]!.objective).toBeCloseTo(0.5);
  });

  it('counts a wrong answer as neither accurate nor honest', () => {
    const ranked = rankThresholds([{ top: 'b', score: 1, expected: 'a' }], [0]);
    expect(ranked[0]).toMatchObject({ accuracy: 0, objective: 0 });
  });
});

describe('formatting and random numbers', () => {
  it('writes a markdown table', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('formats numbers with separators and n/a for non-finite values', () => {
    expect(fmt(12345.678, 1)).toBe('12,345.7');
    expect(fmt(Number.NaN)).toBe('n/a');
  });

  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});
