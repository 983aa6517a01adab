import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spanishFaqMatcherFor } from '../src/domain/knowledge.js';
import { normalizeText } from '../src/domain/normalize.js';
import { shippedKnowledge } from './helpers/knowledgeCopy.js';

/**
 * The matcher's model also learns the tune question sets (`npm run train:matcher`). A held-out figure means something
 * only while no held-out question is training text, and the generated files must hold tune questions only.
 */
const EVAL = path.resolve('tests/eval');
const TUNING_FILE = /^(?:labeled|dev\d*|blind\d*-tune|oos-edge\d*-tune|w9-w11-tune)\.json$/u;
type Question = { text: string; split?: string };
const questionsOf = (file: string): Question[] => {
  const raw = JSON.parse(readFileSync(path.join(EVAL, file), 'utf8')) as Record<string, Question[] | undefined>;
  return ['faq', 'outOfScope', 'emergency', 'benign'].flatMap((k) => raw[k] ?? []);
};
const questionFiles = readdirSync(EVAL).filter((f) => f.endsWith('.json') && !f.startsWith('triage-'));
const heldOut = new Set(
  questionFiles.flatMap((f) =>
    questionsOf(f)
      .filter((q) => !TUNING_FILE.test(f) || q.split === 'heldout')
      .map((q) => normalizeText(q.text)),
  ),
);
const tune = new Set(
  questionFiles
    .filter((f) => TUNING_FILE.test(f))
    .flatMap((f) => questionsOf(f).filter((q) => q.split !== 'heldout'))
    .map((q) => q.text),
);
const generated = ['knowledge/faq-phrasings-tune.json', 'knowledge/es/faq-phrasings-tune.json'].map(
  (file) => (JSON.parse(readFileSync(file, 'utf8')) as { phrasings: Question[] }).phrasings,
);

describe('the tune question sets as training (knowledge/faq-phrasings-tune.json)', () => {
  it('holds thousands of tune questions, in English and in Spanish', () => {
    expect(generated[0]!.length).toBeGreaterThan(3000);
    expect(generated[1]!.length).toBeGreaterThan(300);
  });

  it('holds no held-out question, and only questions of the tune files', () => {
    const all = generated.flat();
    // A new held-out set may repeat a short tune question ("how long does it take?"): rerunning the generator drops it.
    expect(
      all.filter((p) => heldOut.has(normalizeText(p.text))).length,
      'tune phrasings equal to a held-out question: run npm run train:matcher',
    ).toBe(0);
    expect(all.filter((p) => !tune.has(p.text)).length, 'phrasings from no tune file: run npm run train:matcher').toBe(
      0,
    );
  });
});

describe('Spanish frames (knowledge/es/matching.json)', () => {
  const spanish = spanishFaqMatcherFor(shippedKnowledge);
  const answered = (text: string) => {
    const m = spanish.match(text);
    return m.kind === 'answer' ? m.entry.id : m.kind;
  };

  it('"dejar de" says something stops, so it is no fracture left untreated', () => {
    expect(answered('si mi papá deja de respirar en la noche, ¿qué hago?')).not.toBe('untreated-fracture');
    expect(answered('si deja de comer que hago')).not.toBe('untreated-fracture');
  });

  it('a fracture left alone is still the untreated-fracture answer', () => {
    expect(answered('que pasa si dejo la fractura asi')).toBe('untreated-fracture');
  });
});
