import { deletionsOf, editDistance, stem, tokenize, typoAllowance } from './normalize.js';

/**
 * Finds known phrases in a message, forgiving case, apostrophes, plurals, small typos
 * and a few words in between ("I can't really feel my legs" ~ "cant feel my legs").
 */
export interface PhraseMatcherOptions {
  /** 'contains': the phrase appears anywhere, in order; 'only': the message is the phrase. */
  readonly mode: 'contains' | 'only';
  /** Words allowed between two words of a phrase ('contains' mode). */
  readonly maxGap?: number;
  /**
   * Words left out of phrases and messages alike, so one phrase covers them all
   * ("cant control my bowels" also finds "cant control her bowels").
   */
  readonly ignore?: readonly string[];
  /** A real word ("calm") is itself, never a typo of a phrase word ("call"). */
  readonly realWord?: (word: string) => boolean;
}

interface CompiledPhrase {
  readonly phrase: string;
  readonly tokens: readonly string[];
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** The last message's stemmed words (matchers without ignored words read the same ones). */
let lastText: string | undefined;
let lastWords: readonly string[] = [];

export class PhraseMatcher {
  private readonly phrases: readonly CompiledPhrase[];
  private readonly maxGap: number;
  private readonly ignore: ReadonlySet<string>;
  /** Word counts of the phrases: in 'only' mode a message of another length cannot match. */
  private readonly lengths: ReadonlySet<number>;
  /** Every word of every phrase. */
  private readonly vocabulary: ReadonlySet<string>;
  /** Each phrase word under each of its spellings with up to `typoAllowance` letters deleted. */
  private readonly deletions = new Map<string, string[]>();
  /** Phrase positions by first word: a message is checked only against phrases whose first word is near one of its words. */
  private readonly byFirst = new Map<string, number[]>();
  /** Phrase words each message word may stand for, remembered across messages (bounded). */
  private readonly seen = new Map<string, ReadonlySet<string>>();

  constructor(
    phrases: readonly string[],
    private readonly options: PhraseMatcherOptions,
  ) {
    this.ignore = new Set((options.ignore ?? []).flatMap(tokenize));
    this.phrases = phrases.map((phrase) => ({ phrase, tokens: this.words(phrase) })).filter((p) => p.tokens.length > 0);
    this.maxGap = options.maxGap ?? 2;
    this.lengths = new Set(this.phrases.map((p) => p.tokens.length));
    this.vocabulary = new Set(this.phrases.flatMap((p) => p.tokens));
    this.phrases.forEach(({ tokens: [first] }, i) =>
      this.byFirst.set(first!, [...(this.byFirst.get(first!) ?? []), i]),
    );
    for (const word of this.vocabulary) {
      for (const variant of deletionsOf(word, typoAllowance(word.length))) {
        const list = this.deletions.get(variant);
        if (list === undefined) this.deletions.set(variant, [word]);
        else if (!list.includes(word)) list.push(word);
      }
    }
  }

  /** The first phrase found in `text`, or undefined. */
  find(text: string): string | undefined {
    const tokens = this.words(text);
    if (tokens.length === 0) return undefined;
    if (this.options.mode === 'only' && !this.lengths.has(tokens.length)) return undefined;
    const near = tokens.map((t) => this.near(t));
    const starts = this.options.mode === 'only' ? near.slice(0, 1) : near;
    const candidates = new Set<number>();
    for (const words of starts)
      for (const word of words) for (const i of this.byFirst.get(word) ?? []) candidates.add(i);
    // The first phrase in the knowledge's order wins, as when every phrase was tried in turn.
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const p = this.phrases[i]!;
      const hit =
        this.options.mode === 'only' ? this.equals(tokens, near, p.tokens) : this.contains(tokens, near, p.tokens);
      if (hit) return p.phrase;
    }
    return undefined;
  }

  private words(text: string): readonly string[] {
    if (this.ignore.size > 0)
      return tokenize(text)
        .filter((t) => !this.ignore.has(t))
        .map(stem);
    // Every intent asks about the same message in turn: its words are worked out once.
    if (text !== lastText) {
      lastWords = tokenize(text).map(stem);
      lastText = text;
    }
    return lastWords;
  }

  /**
   * The phrase words within typo distance of `token` (as a word inside a longer phrase).
   * Two words a few typos apart share a spelling with that many letters deleted from each,
   * so only those candidates are compared letter by letter.
   */
  private near(token: string): ReadonlySet<string> {
    const cached = this.seen.get(token);
    if (cached !== undefined) return cached;
    const found = new Set<string>();
    if (this.vocabulary.has(token)) found.add(token);
    const real = !found.has(token) && this.options.realWord?.(token) === true;
    for (const variant of real ? [] : deletionsOf(token, typoAllowance(token.length))) {
      for (const word of this.deletions.get(variant) ?? []) {
        if (!found.has(word) && sameWord(token, word, false)) found.add(word);
      }
    }
    const result = found.size === 0 ? NO_WORDS : found;
    if (this.seen.size >= 5000) this.seen.clear();
    this.seen.set(token, result);
    return result;
  }

  private equals(
    message: readonly string[],
    near: ReadonlyArray<ReadonlySet<string>>,
    phrase: readonly string[],
  ): boolean {
    const lone = phrase.length === 1;
    return message.length === phrase.length && phrase.every((t, i) => isWord(message[i]!, near[i]!, t, lone));
  }

  /** In-order match with at most `maxGap` extra words between consecutive phrase words. */
  private contains(
    message: readonly string[],
    near: ReadonlyArray<ReadonlySet<string>>,
    phrase: readonly string[],
  ): boolean {
    const single = phrase.length === 1;
    for (let start = 0; start < message.length; start++) {
      if (!isWord(message[start]!, near[start]!, phrase[0]!, single)) continue;
      let pos = start;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) {
        ok = false;
        for (let next = pos + 1; next <= Math.min(message.length - 1, pos + 1 + this.maxGap); next++) {
          if (near[next]!.has(phrase[k]!)) {
            pos = next;
            ok = true;
            break;
          }
        }
      }
      if (ok) return true;
    }
    return false;
  }
}

/** `expected` at a message position whose near words are `near`; a lone word is checked strictly. */
function isWord(word: string, near: ReadonlySet<string>, expected: string, lone: boolean): boolean {
  return near.has(expected) && (!lone || sameWord(word, expected, true));
}

/**
 * Typos count only on longer words. A one-word phrase gets less slack than a word inside
 * a longer phrase, where its neighbours already confirm the meaning ("choking" must not
 * match "cooking").
 */
function sameWord(word: string, expected: string, lone: boolean): boolean {
  if (word === expected) return true;
  const len = Math.min(word.length, expected.length);
  const allowance = lone ? (len >= 8 ? 1 : 0) : typoAllowance(len);
  return allowance > 0 && editDistance(word, expected, allowance) <= allowance;
}
