import { deletionsOf, editDistance, stem, typoAllowance } from '../normalize.js';
import { inClass, type NumberClass, type Token, triageTokens } from './tokens.js';

export type Lang = 'en' | 'es';

/** Where a term was found: token positions `start`..`end` (inclusive). */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly lang: Lang;
  /** The term itself says "not" ("cant feel", "not breathing"): a negation beside it is part of it. */
  readonly negative: boolean;
}

/** A named list of terms; concepts' terms forgive typos, modifiers' function words do not. */
export interface TermSet {
  readonly terms: ReadonlyArray<{ readonly text: string; readonly lang: Lang }>;
  readonly typos: boolean;
}

export interface TermIndexOptions {
  readonly ignore: ReadonlySet<string>;
  readonly spellings: ReadonlyMap<string, string>;
  /** Words that stand for '#many' ("dozen", "handful"). */
  readonly manyWords: ReadonlySet<string>;
  /** Real words never read as typos of a term ("week" is not "weak", "less" is not "legs"). */
  readonly commonWords: ReadonlySet<string>;
  readonly negativeWords: ReadonlySet<string>;
}

type Slot = { readonly word: string } | { readonly cls: NumberClass };

interface CompiledTerm {
  readonly slots: readonly Slot[];
  readonly typos: boolean;
  readonly negative: boolean;
  readonly owners: Array<{ readonly set: number; readonly lang: Lang }>;
}

/** One other word may stand between two words of a term ("cant really feel"). */
const MAX_GAP = 1;
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Finds every term of every set in a message in one pass: terms are indexed by their
 * first word, and each message word is mapped once to the term words it may be a typo of.
 */
export class TermIndex {
  private readonly byFirst = new Map<string, CompiledTerm[]>();
  private readonly classFirst: CompiledTerm[] = [];
  private readonly lexicon = new Set<string>();
  private readonly deletions = new Map<string, string[]>();
  private readonly seen = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly sets: readonly TermSet[],
    private readonly options: TermIndexOptions,
  ) {
    const compiled = new Map<string, CompiledTerm>();
    sets.forEach((set, index) => {
      for (const { text, lang } of set.terms) {
        const key = `${set.typos ? 't' : 'x'}|${text}`;
        let term = compiled.get(key);
        if (term === undefined) {
          term = this.compile(text, set.typos);
          compiled.set(key, term);
        }
        term.owners.push({ set: index, lang });
      }
    });
    for (const term of compiled.values()) {
      const first = term.slots[0]!;
      if ('cls' in first) this.classFirst.push(term);
      else this.byFirst.set(first.word, [...(this.byFirst.get(first.word) ?? []), term]);
    }
    for (const word of this.lexicon) {
      for (const variant of deletionsOf(word, typoAllowance(word.length))) {
        const list = this.deletions.get(variant);
        if (list === undefined) this.deletions.set(variant, [word]);
        else if (!list.includes(word)) list.push(word);
      }
    }
  }

  /** A term's words as the tokenizer reads them; empty when every word is ignored. */
  slotsOf(text: string): readonly Slot[] {
    return triageTokens(text.replace(/#(many|year|fever|level)\b/g, ' xcls$1 '), this.options.ignore, this.options.spellings).map((t) =>
      t.raw.startsWith('xcls') ? { cls: t.raw.slice(4) as NumberClass } : { word: t.word },
    );
  }

  /** Occurrences per set, in the order the sets were given. */
  find(tokens: readonly Token[]): Occurrence[][] {
    const found: Occurrence[][] = this.sets.map(() => []);
    const near = tokens.map((t) => this.near(t));
    const tryTerms = (terms: readonly CompiledTerm[] | undefined, i: number): void => {
      if (terms === undefined) return;
      for (const term of terms) {
        const end = this.matchAt(term, tokens, near, i);
        if (end === undefined) continue;
        for (const owner of term.owners) found[owner.set]!.push({ start: i, end, lang: owner.lang, negative: term.negative });
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.word;
      if (tokens[i]!.isNumber || /\d/.test(word) || this.options.manyWords.has(tokens[i]!.raw)) tryTerms(this.classFirst, i);
      tryTerms(this.byFirst.get(word), i);
      for (const other of near[i]!) if (other !== word) tryTerms(this.byFirst.get(other), i);
    }
    return found;
  }

  private compile(text: string, typos: boolean): CompiledTerm {
    const slots = this.slotsOf(text);
    if (typos) for (const s of slots) if ('word' in s && s.word.length >= 4) this.lexicon.add(s.word);
    const negative = slots.some((s) => 'word' in s && this.options.negativeWords.has(s.word));
    return { slots, typos, negative, owners: [] };
  }

  /** The last position of `term` if it starts at `start`, words in order with small gaps, in one sentence. */
  private matchAt(term: CompiledTerm, tokens: readonly Token[], near: ReadonlyArray<ReadonlySet<string>>, start: number): number | undefined {
    if (!this.slotMatches(term, term.slots[0]!, tokens[start]!, near[start]!)) return undefined;
    let pos = start;
    for (let k = 1; k < term.slots.length; k++) {
      let next = -1;
      for (let j = pos + 1; j <= Math.min(tokens.length - 1, pos + 1 + MAX_GAP); j++) {
        if (tokens[j]!.sentence !== tokens[start]!.sentence) break;
        if (this.slotMatches(term, term.slots[k]!, tokens[j]!, near[j]!)) {
          next = j;
          break;
        }
      }
      if (next < 0) return undefined;
      pos = next;
    }
    return pos;
  }

  private slotMatches(term: CompiledTerm, slot: Slot, token: Token, near: ReadonlySet<string>): boolean {
    if ('cls' in slot) return inClass(token, slot.cls, this.options.manyWords);
    return token.word === slot.word || (term.typos && near.has(slot.word));
  }

  /**
   * The term words a message word may be a typo of. Short words, numbers and common real
   * words are taken as written; "respondin" is read as "responding".
   */
  private near(token: Token): ReadonlySet<string> {
    const cached = this.seen.get(token.raw);
    if (cached !== undefined) return cached;
    const found = new Set<string>();
    const w = token.word;
    if (!token.isNumber && !this.lexicon.has(w)) {
      const ing = stem(`${token.raw}g`);
      if (token.raw.endsWith('in') && this.lexicon.has(ing)) found.add(ing);
      if (w.length >= 4 && !this.options.commonWords.has(token.raw)) {
        for (const variant of deletionsOf(w, typoAllowance(w.length))) {
          for (const word of this.deletions.get(variant) ?? []) {
            const allowance = typoAllowance(Math.min(w.length, word.length));
            if (allowance > 0 && editDistance(w, word, allowance) <= allowance) found.add(word);
          }
        }
      }
    }
    const result = found.size === 0 ? NO_WORDS : found;
    if (this.seen.size >= 5000) this.seen.clear();
    this.seen.set(token.raw, result);
    return result;
  }
}
