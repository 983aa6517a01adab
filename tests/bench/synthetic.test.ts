import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../src/domain/knowledge.js';
import { scaleKnowledge } from '../../bench/synthetic.js';

const entries: FaqEntry[] = [
  {
    id: 'bed-rest',
    title: 'How long is bed rest?',
    answer: 'About an hour.',
    source: ['source sentence'],
    keywords: ['bed rest', 'lie flat'],
    examples: ['how long must I lie down', 'bed rest after the procedure', 'when can I get up'],
    related: ['sedation'],
  },
  {
    id: 'sedation',
    title: 'Will I be asleep?',
    answer: 'Sedation.',
    source: ['source sentence'],
    keywords: ['sedation', 'asleep'],
    examples: ['will I be awake', 'do they put you under', 'what anesthesia is used'],
    related: [],
  },
];

describe('scaleKnowledge', () => {
  it('keeps the real entries first and adds factor - 1 renamed copies with unique ids and titles', () => {
    const scaled = scaleKnowledge(entries, 3);
    expect(scaled).toHaveLength(6);
    expect(scaled.slice(0, 2)).toEqual(entries);
    expect(new Set(scaled.map((e) => e.id)).size).toBe(6);
    expect(new Set(scaled.map((e) => e.title)).size).toBe(6);
    expect(scaled[2]!.id).toBe('bed-rest-syn1');
  });

  it('is deterministic for a seed and different for another', () => {
    expect(scaleKnowledge(entries, 4, 7)).toEqual(scaleKnowledge(entries, 4, 7));
    expect(scaleKnowledge(entries, 4, 7)).not.toEqual(scaleKnowledge(entries, 4, 8));
  });

  it('grows the vocabulary with the factor', () => {
    const vocabulary = (list: FaqEntry[]) =>
      new Set(list.flatMap((e) => [...e.examples, ...e.keywords].join(' ').toLowerCase().split(/\W+/)));
    expect(vocabulary(scaleKnowledge(entries, 10)).size).toBeGreaterThan(vocabulary(entries).size * 3);
  });

  it('returns the entries unchanged at factor 1 and rejects other factors', () => {
    expect(scaleKnowledge(entries, 1)).toEqual(entries);
    expect(() => scaleKnowledge(entries, 0)).toThrow(RangeError);
    expect(() => scaleKnowledge(entries, 1.5)).toThrow(RangeError);
  });
});
