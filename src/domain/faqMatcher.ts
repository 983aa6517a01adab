import Fuse, { type IFuseOptions } from 'fuse.js';
import type { FaqEntry } from './knowledge.js';
import { editDistance, normalizeText, stem, tokenize, typoAllowance } from './normalize.js';

/**
 * Matches a patient's question to a knowledge entry with fuse.js token search
 * (each word fuzzy-matched, BM25-style weighting), over each entry's title,
 * keywords and example questions. Returns an answer only when one entry clearly
 * wins; close calls become "Did you mean…", weak ones an honest "I don't know".
 */

export type FaqMatch =
  | { readonly kind: 'answer'; readonly entry: FaqEntry; readonly score: number }
  | { readonly kind: 'clarify'; readonly candidates: readonly FaqEntry[]; readonly score: number }
  | { readonly kind: 'none'; readonly score: number };

export interface FaqMatcherOptions {
  /** Best score (0 = perfect, 1 = nothing) at or below which an answer is given. */
  readonly answerThreshold: number;
  /** Best score at or below which a "Did you mean" is offered instead of "I don't know". */
  readonly clarifyThreshold: number;
  /** A runner-up within this distance of the best makes the match ambiguous. */
  readonly ambiguityMargin: number;
  /** Longest message considered, in characters; the rest is ignored. */
  readonly maxInputLength: number;
}

export const DEFAULT_FAQ_MATCHER_OPTIONS: FaqMatcherOptions = {
  answerThreshold: 0.5,
  clarifyThreshold: 0.7,
  ambiguityMargin: 0.05,
  maxInputLength: 500,
};

/** Words that carry no topic: dropped before matching so they do not drown the real words. */
const STOPWORDS = new Set(
  (
    'a an the i im me my mine we our you your he she his her him they them their it its is am are was were be been being ' +
    'do does did doing done to of in on at by for with from about as into onto over after before during than then so and or but ' +
    'if this that these those there here what whats which who whom whose when where why how can could would should will shall may might must ' +
    'please pls plz ok okay hi hello hey thanks thank just really very much also too any some get got going gonna want wanna need ' +
    'know tell say said question ask wondering wonder like dont doesnt didnt isnt arent wasnt not no yes yeah um uh hmm well oh ' +
    'mom mum dad mother father husband wife son daughter grandma grandpa friend sister brother someone somebody person patient doctor doc ' +
    'vertebroplasty procedure surgery operation take have has had go going make let lot'
  ).split(' '),
);

/** Words identical to a stopword are dropped, the rest stemmed: the same tokenizer for index and query. */
export function matchTokens(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
}

interface IndexedEntry {
  readonly id: string;
  readonly title: string;
  readonly keywords: string[];
  readonly examples: string[];
}

export class FaqMatcher {
  private readonly fuse: Fuse<IndexedEntry>;
  private readonly byId: ReadonlyMap<string, FaqEntry>;
  private readonly byTitle: ReadonlyMap<string, FaqEntry>;
  /** Every word the knowledge uses, for spelling correction. */
  private readonly vocabulary: ReadonlySet<string>;
  private readonly vocabularyList: readonly string[];

  constructor(
    entries: readonly FaqEntry[],
    private readonly options: FaqMatcherOptions = DEFAULT_FAQ_MATCHER_OPTIONS,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.byTitle = new Map(entries.map((e) => [normalizeText(e.title), e]));
    this.vocabulary = new Set(entries.flatMap((e) => [e.title, ...e.keywords, ...e.examples].flatMap(matchTokens)));
    this.vocabularyList = [...this.vocabulary];
    const fuseOptions: IFuseOptions<IndexedEntry> = {
      useTokenSearch: true,
      tokenize: (text: string) => matchTokens(text),
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
      keys: [
        { name: 'keywords', weight: 3 },
        { name: 'examples', weight: 2 },
        { name: 'title', weight: 1 },
      ],
    };
    this.fuse = new Fuse(
      entries.map((e) => ({ id: e.id, title: e.title, keywords: [...e.keywords], examples: [...e.examples] })),
      fuseOptions,
    );
  }

  entry(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  /** Ranked candidates with scores, best first (for evaluation and "Did you mean"). */
  rank(text: string, limit = 5): Array<{ entry: FaqEntry; score: number }> {
    const query = this.correct(matchTokens(text.slice(0, this.options.maxInputLength))).join(' ');
    if (query === '') return [];
    return this.fuse.search(query, { limit }).map((r) => ({ entry: this.byId.get(r.item.id)!, score: r.score ?? 1 }));
  }

  /**
   * Replaces each word by the knowledge word it was meant to be ("sedaton" -> "sedation")
   * and drops words the knowledge never uses ("insurance", "parking"). Without this,
   * fuzzy token search finds "cover" inside "recover" and answers a question nobody asked.
   */
  private correct(tokens: readonly string[]): string[] {
    const out: string[] = [];
    for (const token of tokens) {
      if (this.vocabulary.has(token)) {
        out.push(token);
        continue;
      }
      const allowance = typoAllowance(token.length);
      let best: string | undefined;
      let bestDistance = allowance + 1;
      for (const word of this.vocabularyList) {
        if (Math.abs(word.length - token.length) > allowance) continue;
        const d = editDistance(token, word, allowance);
        if (d < bestDistance) {
          best = word;
          bestDistance = d;
        }
      }
      if (best !== undefined) out.push(best);
    }
    return out;
  }

  match(text: string): FaqMatch {
    // A button press sends the entry's title back: answer it exactly.
    const exact = this.byTitle.get(normalizeText(text));
    if (exact) return { kind: 'answer', entry: exact, score: 0 };

    const ranked = this.rank(text, 3);
    const best = ranked[0];
    if (!best || best.score > this.options.clarifyThreshold) return { kind: 'none', score: best?.score ?? 1 };
    const close = ranked.filter((r) => r.score - best.score <= this.options.ambiguityMargin);
    if (best.score <= this.options.answerThreshold && close.length === 1) return { kind: 'answer', entry: best.entry, score: best.score };
    const candidates = (close.length > 1 ? close : ranked.slice(0, 2)).map((r) => r.entry);
    return { kind: 'clarify', candidates, score: best.score };
  }
}
