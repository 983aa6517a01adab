import Fuse from 'fuse.js';
import type { FaqEntry } from './knowledge.js';
import { editDistance, normalizeText, stem, tokenize, typoAllowance } from './normalize.js';

/**
 * Matches a patient's question to a knowledge entry.
 *
 * 1. Words are normalized, stop words dropped, plurals folded.
 * 2. Each word the knowledge does not use is corrected with fuse.js against the
 *    knowledge's vocabulary ("sedaton" -> "sedation"), and dropped if nothing is close
 *    (so "insurance" cannot drift into "recover").
 * 3. Entries are scored by the rarity-weighted words they share with the question
 *    (keywords count most, then titles, then example questions), plus a bonus for
 *    whole multi-word keywords ("bed rest", "face down").
 *
 * An answer is given only when one entry clearly wins; close calls become
 * "Did you mean…", weak ones an honest "I don't know".
 */

export type FaqMatch =
  | { readonly kind: 'answer'; readonly entry: FaqEntry; readonly confidence: number }
  | { readonly kind: 'clarify'; readonly candidates: readonly FaqEntry[]; readonly confidence: number }
  | { readonly kind: 'none'; readonly confidence: number };

export interface FaqMatcherOptions {
  /** Confidence (0..1) at or above which an answer may be given. */
  readonly answerThreshold: number;
  /** Confidence at or above which "Did you mean" is offered instead of "I don't know". */
  readonly clarifyThreshold: number;
  /** The runner-up must score below this share of the best for a direct answer. */
  readonly ambiguityRatio: number;
  /** Weight, relative to an average word, of a word the knowledge never uses. */
  readonly unknownWordWeight: number;
  /** Longest message considered, in characters; the rest is ignored. */
  readonly maxInputLength: number;
}

export const DEFAULT_FAQ_MATCHER_OPTIONS: FaqMatcherOptions = {
  answerThreshold: 0.3,
  clarifyThreshold: 0.15,
  ambiguityRatio: 0.75,
  unknownWordWeight: 0.5,
  maxInputLength: 500,
};

const FIELD_WEIGHT = { keyword: 3, title: 2, example: 1.5 } as const;
const PHRASE_BONUS = 1.5;

/** Words that carry no topic: dropped before matching so they do not drown the real words. */
const STOPWORDS = new Set(
  (
    'a an the i im me my mine we our you your he she his her him they them their it its is am are was were be been being ' +
    'do does did doing done to of in on at by for with from about as into onto than then so and or but ' +
    'if this that these those there here what whats which who whom whose where why how can could would should will shall may might must ' +
    'please pls plz ok okay hi hello hey thanks thank just really very much also too any some get got going gonna want wanna need ' +
    'know tell say said question ask wondering wonder like dont doesnt didnt isnt arent wasnt not no yes yeah um uh hmm well oh ' +
    'mom mum dad mother father husband wife son daughter grandma grandpa friend sister brother someone somebody person patient doctor doc ' +
    'vertebroplasty procedure surgery operation take have has had go make let lot thing things'
  ).split(' '),
);

/** The tokenizer used for the index and for questions alike. */
export function matchTokens(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
}

interface EntryIndex {
  readonly entry: FaqEntry;
  /** Best field weight of each word in this entry. */
  readonly weights: ReadonlyMap<string, number>;
  /** Multi-word keywords, as token lists. */
  readonly phrases: ReadonlyArray<readonly string[]>;
}

export class FaqMatcher {
  private readonly index: readonly EntryIndex[];
  private readonly idf: ReadonlyMap<string, number>;
  private readonly meanIdf: number;
  private readonly speller: Fuse<string>;
  private readonly byId: ReadonlyMap<string, FaqEntry>;
  private readonly byTitle: ReadonlyMap<string, FaqEntry>;

  constructor(
    entries: readonly FaqEntry[],
    private readonly options: FaqMatcherOptions = DEFAULT_FAQ_MATCHER_OPTIONS,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.byTitle = new Map(entries.map((e) => [normalizeText(e.title), e]));
    this.index = entries.map((entry) => {
      const weights = new Map<string, number>();
      const add = (texts: readonly string[], w: number) => {
        for (const t of texts.flatMap(matchTokens)) weights.set(t, Math.max(weights.get(t) ?? 0, w));
      };
      add(entry.examples, FIELD_WEIGHT.example);
      add([entry.title], FIELD_WEIGHT.title);
      add(entry.keywords, FIELD_WEIGHT.keyword);
      const phrases = entry.keywords.map(matchTokens).filter((p) => p.length > 1);
      return { entry, weights, phrases };
    });
    const df = new Map<string, number>();
    for (const e of this.index) for (const word of e.weights.keys()) df.set(word, (df.get(word) ?? 0) + 1);
    const n = entries.length;
    this.idf = new Map([...df].map(([word, count]) => [word, Math.log(1 + n / count)]));
    this.meanIdf = [...this.idf.values()].reduce((a, b) => a + b, 0) / Math.max(1, this.idf.size);
    this.speller = new Fuse([...df.keys()], { includeScore: true, threshold: 0.4, ignoreLocation: true });
  }

  entry(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  /** Entries with their confidence (0..1), best first. */
  rank(text: string, limit = 5): Array<{ entry: FaqEntry; confidence: number }> {
    const raw = matchTokens(text.slice(0, this.options.maxInputLength));
    const known: string[] = [];
    let unknown = 0;
    for (const token of new Set(raw)) {
      const word = this.correct(token);
      if (word === undefined) unknown++;
      else if (!known.includes(word)) known.push(word);
    }
    if (known.length === 0) return [];
    const possible = known.reduce((sum, w) => sum + this.idf.get(w)! * FIELD_WEIGHT.keyword, 0);
    const denominator = possible + unknown * this.options.unknownWordWeight * this.meanIdf * FIELD_WEIGHT.keyword;
    return this.index
      .map(({ entry, weights, phrases }) => {
        let score = 0;
        for (const word of known) score += (weights.get(word) ?? 0) * this.idf.get(word)!;
        for (const phrase of phrases) if (containsRun(known, phrase)) score += PHRASE_BONUS * this.meanIdf;
        return { entry, confidence: Math.min(1, score / denominator) };
      })
      .filter((r) => r.confidence > 0)
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, limit);
  }

  match(text: string): FaqMatch {
    // A button press sends the entry's title back: answer it exactly.
    const exact = this.byTitle.get(normalizeText(text));
    if (exact) return { kind: 'answer', entry: exact, confidence: 1 };

    const ranked = this.rank(text, 3);
    const best = ranked[0];
    if (!best || best.confidence < this.options.clarifyThreshold) return { kind: 'none', confidence: best?.confidence ?? 0 };
    const rivals = ranked.slice(1).filter((r) => r.confidence >= best.confidence * this.options.ambiguityRatio);
    if (best.confidence >= this.options.answerThreshold && rivals.length === 0) {
      return { kind: 'answer', entry: best.entry, confidence: best.confidence };
    }
    const candidates = [best, ...(rivals.length > 0 ? rivals : ranked.slice(1, 2))].map((r) => r.entry);
    return { kind: 'clarify', candidates, confidence: best.confidence };
  }

  /**
   * The knowledge word a patient meant, or undefined. fuse.js proposes candidates;
   * an edit-distance check keeps only real typos, since fuzzy search alone also accepts
   * words hidden inside longer ones.
   */
  private correct(token: string): string | undefined {
    if (this.idf.has(token)) return token;
    const allowance = typoAllowance(token.length);
    if (allowance === 0) return undefined;
    for (const hit of this.speller.search(token, { limit: 5 })) {
      if (editDistance(token, hit.item, allowance) <= allowance) return hit.item;
    }
    return undefined;
  }
}

function containsRun(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.every((p) => words.includes(p));
}
