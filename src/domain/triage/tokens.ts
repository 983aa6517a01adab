import { stem } from '../normalize.js';

/**
 * Triage reads text as words with their sentence and clause, because a negation or a
 * "years ago" speaks only about its own sentence, and a comma or "but" ends its reach
 * ("no fever, but my chest is crushing").
 */
export interface Token {
  /** Lower case, no accents or apostrophes, lightly stemmed; numbers as written ("101.5"). */
  readonly word: string;
  /** The word before stemming, for the common-word check. */
  readonly raw: string;
  readonly sentence: number;
  readonly clause: number;
  readonly isNumber: boolean;
}

const APOSTROPHES = /['’‘`´]/g;
const COMBINING_MARKS = /\p{M}+/gu;
/** A number (with a decimal part), a word, a sentence end, or a comma. */
const PIECES = /(\d+(?:[.,]\d+)?)|(\p{L}[\p{L}\p{N}]*)|([.!?;:\n]+)|(,)/gu;

/** Lower case without accents or apostrophes: "Está" and "esta", "can't" and "cant" read alike. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '');
}

/** Words of `text` in order, leaving out `ignore` (possessives and articles) entirely. */
export function triageTokens(
  text: string,
  ignore: ReadonlySet<string>,
  spellings: ReadonlyMap<string, string> = NO_SPELLINGS,
  /** Sees every word, ignored ones too (for telling the language). */
  onWord?: (word: string) => void,
): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  for (const m of foldText(text).matchAll(PIECES)) {
    const [, num, word, stop] = m;
    if (num !== undefined) {
      tokens.push({ word: num.replace(',', '.'), raw: num, sentence, clause, isNumber: true });
    } else if (word !== undefined) {
      onWord?.(word);
      const spelt = spellings.get(word) ?? word;
      if (!ignore.has(spelt)) tokens.push({ word: stem(textingPlural(spelt)), raw: spelt, sentence, clause, isNumber: false });
    } else if (stop !== undefined) {
      sentence++;
      clause++;
    } else {
      clause++;
    }
  }
  return tokens;
}

const NO_SPELLINGS: ReadonlyMap<string, string> = new Map();

/** Texting writes a plural with z ("legz", "pillz"). */
function textingPlural(word: string): string {
  return word.length > 3 && word.endsWith('z') && !word.endsWith('zz') ? `${word.slice(0, -1)}s` : word;
}

/** Number classes a term may use: '#many', '#year', '#fever', '#level'. */
export type NumberClass = 'many' | 'year' | 'fever' | 'level';

export function inClass(token: Token, cls: NumberClass, manyWords: ReadonlySet<string>): boolean {
  if (cls === 'level') return /^[tlcs]\d{1,2}$/.test(token.raw);
  if (!token.isNumber) return cls === 'many' && manyWords.has(token.raw);
  const value = Number(token.word);
  if (cls === 'many') return Number.isInteger(value) && value >= 5 && value <= 1000;
  if (cls === 'year') return /^\d{4}$/.test(token.word) && value >= 1900 && value <= 2099;
  return (value >= 100.4 && value <= 107) || (value >= 38 && value <= 42.5);
}
