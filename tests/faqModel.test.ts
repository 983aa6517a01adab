import { describe, expect, it } from 'vitest';
import { FaqMatcher, type FaqMatch } from '../src/domain/faqMatcher.js';
import { FaqModel, type TrainingItem } from '../src/domain/faqModel.js';
import { faqMatcherFor } from '../src/domain/knowledge.js';
import { shippedKnowledge } from './helpers/knowledgeCopy.js';

const knowledge = shippedKnowledge;
const answered = (m: FaqMatch) => (m.kind === 'answer' ? m.entry.id : m.kind);

describe('FaqMatcher: the model learns from the blind-written phrasings', () => {
  const matcher = faqMatcherFor(knowledge);
  const withoutPhrasings = new FaqMatcher(knowledge.faq, undefined, { ...knowledge.vocabulary, phrasings: [] });

  it.each([
    ['is the balloon version better at getting my height back', 'vs-kyphoplasty'],
    ['she broke it in march and its august now, still worth it?', 'timing'],
    ['is he too old for it at 93', 'candidates'],
  ])('answers "%s" with %s, which the entries alone do not', (question, id) => {
    expect(answered(matcher.match(question))).toBe(id);
    expect(answered(withoutPhrasings.match(question))).not.toBe(id);
  });

  it.each([
    'what is cataract surgery',
    'how long is the waiting list',
    'when am i allowed to drive again',
    'does the cement ever leak',
    'recommend a good doctor near me',
  ])('gives no confident answer to "%s", which the page does not answer', (question) => {
    expect(matcher.match(question).kind).not.toBe('answer');
  });

  it('asks nothing of the model for filler alone', () => {
    expect(matcher.match('um ok so').kind).toBe('none');
  });
});

describe('FaqModel', () => {
  const item = (words: string[], label: string, weight = 1): TrainingItem => ({ words, label, weight });
  const items = [
    item(['glue', 'hard'], 'cement'),
    item(['glue', 'set'], 'cement'),
    item(['_how', 'long', 'glue'], 'cement'),
    item(['knock', 'out'], 'sedation'),
    item(['_will', 'sleep'], 'sedation'),
    item(['cost'], 'money'),
  ];

  /** The probability of `label` for `words`. */
  const chance = (model: FaqModel, words: string[], label: string, temperature = 1) =>
    model.probabilities(words, temperature)[model.classes.indexOf(label)]!;

  it('gives probabilities that add up to one, less extreme at a higher temperature', () => {
    const model = new FaqModel(items, ['cement', 'sedation', 'money'], 0.1);
    for (const t of [1, 3])
      expect(model.probabilities(['glue', 'set'], t).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(chance(model, ['glue', 'set'], 'cement')).toBeGreaterThan(chance(model, ['glue', 'set'], 'cement', 3));
    expect(chance(model, ['glue', 'set'], 'cement', 3)).toBeGreaterThan(0.5);
  });

  it('leans a question with a word nobody used towards the classes with the fewest words', () => {
    const model = new FaqModel(items, ['cement', 'sedation', 'money'], 0.1);
    const known = chance(model, ['glue'], 'money');
    expect(chance(model, ['glue', 'cataract'], 'money')).toBeGreaterThan(known);
    // Filler ("_what") that nobody used says nothing.
    expect(chance(model, ['glue', '_what'], 'money')).toBeCloseTo(known, 10);
  });

  it('counts an item as many times as its weight', () => {
    const tie = [item(['back'], 'cement'), item(['back'], 'sedation')];
    expect(chance(new FaqModel(tie, ['cement', 'sedation'], 0.1), ['back'], 'cement')).toBeCloseTo(0.5, 10);
    const weighted = new FaqModel([...tie.slice(0, 1), item(['back'], 'sedation', 5)], ['cement', 'sedation'], 0.1);
    expect(chance(weighted, ['back'], 'sedation')).toBeGreaterThan(0.8);
  });

  it('names a label that is not one of its classes', () => {
    expect(() => new FaqModel([item(['x'], 'nowhere')], ['cement'], 0.1)).toThrow('FaqModel: "nowhere"');
  });
});
