import { STRETCHED, stem } from '../normalize.js';
import type { Segmenter } from './segment.js';

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
/** A number (with a decimal part), a word, a sentence end, or a comma or colon ("riesgos: embolia, parálisis" lists). */
const PIECES = /(\d+(?:[.,]\d+)?)|(\p{L}[\p{L}\p{N}]*)|([.!?;\n]+)|([,:])/gu;
/** "1) can I shower 2) the bandage is soaked": a numbered list's items are separate sentences. */
const LIST_MARKER = /(^|\s)\d{1,2}\)\s/g;
const DATE_COMMA = /\b(\d{1,2}),\s*((?:19|20)\d{2})\b/g;

/** Lower case without accents or apostrophes, stretched letters cut to two: "Está" and "esta", "can't" and "cant", "helppp" and "help" read alike. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(STRETCHED, '$1');
}

/**
 * Possessives and articles left out of triage's reading. Some are also pronouns when they end a clause: Spanish
 * "mi" before a noun is "my" ("en mi espalda") but "mí" ("me") in "estarían mejor sin mí" or "usarla en mí, ya";
 * `keptAtClauseEnd` words are kept there (before a stop, a comma, the end, or a `keptBefore` word such as "y").
 */
export interface IgnoredWords extends ReadonlySet<string> {
  readonly keptAtClauseEnd: ReadonlySet<string>;
  readonly keptBefore: ReadonlySet<string>;
}

/** The ignored words of `knowledge/triage.json`, with the ones kept at a clause's end. */
export function ignoredWords(data: {
  readonly ignore: readonly string[];
  readonly keptAtClauseEnd: { readonly words: readonly string[]; readonly before: readonly string[] };
}): IgnoredWords {
  return Object.assign(new Set(data.ignore), {
    keptAtClauseEnd: new Set(data.keptAtClauseEnd.words),
    keptBefore: new Set(data.keptAtClauseEnd.before),
  });
}

/** Words of `text` in order, leaving out `ignore` (possessives and articles) entirely. */
export function triageTokens(
  text: string,
  ignore: IgnoredWords,
  spellings: ReadonlyMap<string, string> = NO_SPELLINGS,
  /** Sees every word, ignored ones too (for telling the language). */
  onWord?: (word: string) => void,
  /** Sees the punctuation that ends each sentence, in order ("?" asks: "chest pain? no, none"). */
  onStop?: (stop: string) => void,
  /** Words whose "." ends no sentence: "Dr. Patel said it was muscle" goes on about what came before. */
  abbreviations: ReadonlySet<string> = NO_WORDS,
  /** Cuts a long run typed without spaces into words ("nopuedorespirar"); none leaves runs as they are. */
  segmenter?: Segmenter,
): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  // "March 3, 2019": the comma of a date parts no clause.
  let folded = foldText(text).replace(LIST_MARKER, '$1. ').replace(DATE_COMMA, '$1 $2');
  // A phrase is tried only when each of its plain words is a word of the text ("a podido" needs "podido").
  const present = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  for (const { phrase, words, pattern } of phrasePatterns(spellings))
    if (words.every((w) => present.has(w))) folded = folded.replace(pattern, spellings.get(phrase)!);
  let last = '';
  const pieces = [...folded.matchAll(PIECES)];
  /** Whether an ignored word at `at` ends its clause, where `keptAtClauseEnd` keeps it. */
  const endsClause = (word: string, at: number): boolean => {
    if (!ignore.keptAtClauseEnd.has(word)) return false;
    const next = pieces[at + 1];
    return next === undefined || next[2] === undefined || ignore.keptBefore.has(next[2]);
  };
  for (const [at, m] of pieces.entries()) {
    const [, num, word, stop] = m;
    if (stop === '.' && abbreviations.has(last)) {
      last = '';
      continue;
    }
    last = word ?? '';
    if (num !== undefined) {
      tokens.push({ word: num.replace(',', '.'), raw: num, sentence, clause, isNumber: true });
    } else if (word !== undefined) {
      for (const piece of (!spellings.has(word) && segmenter?.split(word)) || [word]) {
        onWord?.(piece);
        // A spelling may stand for several words: "chestpain" is "chest pain".
        for (const spelt of (spellings.get(piece) ?? piece).split(' '))
          if (!ignore.has(spelt) || endsClause(spelt, at))
            tokens.push({ word: stem(spelt), raw: spelt, sentence, clause, isNumber: false });
      }
    } else if (stop !== undefined && !/^\.{2,}$/.test(stop)) {
      onStop?.(stop);
      sentence++;
      clause++;
    } else {
      // A comma, or "..." (a pause: "no me duele el pecho... bueno sí, me está apretando" goes on about it).
      clause++;
    }
  }
  return tokens;
}

const NO_SPELLINGS: ReadonlyMap<string, string> = new Map();
const NO_WORDS: ReadonlySet<string> = new Set();

interface PhrasePattern {
  readonly phrase: string;
  /**
   * The phrase's words that are letters and digits only: text without one of them cannot
   * match, so the pattern is not run (most messages hold none of these phrases).
   */
  readonly words: readonly string[];
  readonly pattern: RegExp;
}

const compiled = new WeakMap<ReadonlyMap<string, string>, PhrasePattern[]>();

/** Spellings of several words ("not able to" is "cant"), as patterns compiled once per map. */
function phrasePatterns(spellings: ReadonlyMap<string, string>): PhrasePattern[] {
  let list = compiled.get(spellings);
  if (list === undefined) {
    list = [...spellings.keys()]
      .filter((k) => k.includes(' '))
      .map((phrase) => ({
        phrase,
        words: phrase.split(' ').filter((w) => /^[\p{L}\p{N}]+$/u.test(w)),
        pattern: new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'g'),
      }));
    compiled.set(spellings, list);
  }
  return list;
}

/**
 * Number classes a term may use: '#many', '#year', '#fever', '#level', '#lowsugar' (a blood sugar under 70),
 * '#lowoxygen' (an oxygen saturation of 92% or less, when UK NHS advice says A&E or 999 now [GPD]).
 */
export const NUMBER_CLASSES = ['many', 'year', 'fever', 'level', 'lowsugar', 'lowoxygen'] as const;
export type NumberClass = (typeof NUMBER_CLASSES)[number];
/** "#fever" in a term: a number class, as the schema and the index read it. */
export const NUMBER_CLASS_REF = new RegExp(`#(${NUMBER_CLASSES.join('|')})\\b`, 'g');

export function inClass(token: Token, cls: NumberClass, manyWords: ReadonlySet<string>): boolean {
  if (cls === 'level') return /^[tlcs]\d{1,2}$/.test(token.raw);
  if (!token.isNumber) return cls === 'many' && manyWords.has(token.raw);
  const value = Number(token.word);
  if (cls === 'many') return Number.isInteger(value) && value >= 5 && value <= 1000;
  if (cls === 'year') return /^\d{4}$/.test(token.word) && value >= 1900 && value <= 2099;
  if (cls === 'lowsugar') return value >= 10 && value < 70;
  // 50-92: a pulse oximeter's low reading, not "sats 95" nor "oxygen 2 liters".
  if (cls === 'lowoxygen') return value >= 50 && value <= 92;
  return (value >= 100.4 && value <= 107) || (value >= 38 && value <= 42.5);
}
