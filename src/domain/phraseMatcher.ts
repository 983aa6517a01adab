import { editDistance, stem, tokenize, typoAllowance } from './normalize.js';

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
}

interface CompiledPhrase {
  readonly phrase: string;
  readonly tokens: readonly string[];
}

export class PhraseMatcher {
  private readonly phrases: readonly CompiledPhrase[];
  private readonly maxGap: number;
  private readonly ignore: ReadonlySet<string>;

  constructor(
    phrases: readonly string[],
    private readonly options: PhraseMatcherOptions,
  ) {
    this.ignore = new Set((options.ignore ?? []).flatMap(tokenize));
    this.phrases = phrases.map((phrase) => ({ phrase, tokens: this.words(phrase) })).filter((p) => p.tokens.length > 0);
    this.maxGap = options.maxGap ?? 2;
  }

  /** The first phrase found in `text`, or undefined. */
  find(text: string): string | undefined {
    const tokens = this.words(text);
    if (tokens.length === 0) return undefined;
    for (const p of this.phrases) {
      const hit = this.options.mode === 'only' ? this.equals(tokens, p.tokens) : this.contains(tokens, p.tokens);
      if (hit) return p.phrase;
    }
    return undefined;
  }

  private words(text: string): string[] {
    const tokens = tokenize(text);
    return (this.ignore.size === 0 ? tokens : tokens.filter((t) => !this.ignore.has(t))).map(stem);
  }

  private equals(message: readonly string[], phrase: readonly string[]): boolean {
    return message.length === phrase.length && phrase.every((t, i) => sameWord(message[i]!, t, phrase.length === 1));
  }

  /** In-order match with at most `maxGap` extra words between consecutive phrase words. */
  private contains(message: readonly string[], phrase: readonly string[]): boolean {
    const single = phrase.length === 1;
    for (let start = 0; start < message.length; start++) {
      if (!sameWord(message[start]!, phrase[0]!, single)) continue;
      let pos = start;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) {
        ok = false;
        for (let next = pos + 1; next <= Math.min(message.length - 1, pos + 1 + this.maxGap); next++) {
          if (sameWord(message[next]!, phrase[k]!, false)) {
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
