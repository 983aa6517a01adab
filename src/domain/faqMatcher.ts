import Fuse from 'fuse.js';
import type { FaqEntry } from './knowledge.js';
import { PHRASE_REWRITES } from './questionRewrites.js';
import { deletionsOf, editDistance, normalizeText, stem, tokenize, typoAllowance } from './normalize.js';

/**
 * Matches a patient's question to a knowledge entry.
 *
 * 1. Words are normalized, lay words read as the knowledge's words (`knowledge/synonyms.json`:
 *    "operation" -> "surgery", "on its own" -> "alone"), filler dropped (stop words,
 *    relatives, worries: "my 79 year old mom is scared…"), plurals folded, and a few
 *    phrases read as one idea ("not treated" -> "untreated", "where is the hospital" ->
 *    directions).
 * 2. Each word the knowledge does not use is corrected with fuse.js against the
 *    knowledge's vocabulary ("sedaton" -> "sedation"); a word nothing is close to counts
 *    against every entry, and a word about a topic the page does not cover (cost,
 *    insurance, driving, medicines…) counts heavily against every entry.
 * 3. Entries are scored by the rarity-weighted words they share with the question
 *    (one-word keywords count most, then titles, then example questions); a multi-word
 *    keyword asked whole ("bed rest", "face down") counts as keywords plus a bonus.
 *    That share of the question's weighted words is blended with how close the question
 *    is to the entry's nearest example question, so words that belong together in one
 *    question beat the same words scattered over an entry's keywords. Unknown words
 *    weigh less the more of them a long message has.
 *
 * An answer is given only when one entry clearly wins on at least one keyword or title
 * word (a word only an example question uses is too incidental); close calls become
 * "Did you mean…", weak ones and off-topic ones an honest "I don't know".
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
  /** Weight, relative to an average word, of a word about a topic the page does not cover (cost, insurance…). */
  readonly offTopicWordWeight: number;
  /** Longest message considered, in characters; the rest is ignored. */
  readonly maxInputLength: number;
  /**
   * Share (0..1) of an entry's confidence that comes from its single closest example
   * question rather than from all of its words together.
   */
  readonly similarityWeight: number;
}

export const DEFAULT_FAQ_MATCHER_OPTIONS: FaqMatcherOptions = {
  answerThreshold: 0.4,
  clarifyThreshold: 0.15,
  ambiguityRatio: 0.8,
  unknownWordWeight: 0.75,
  offTopicWordWeight: 3,
  maxInputLength: 500,
  similarityWeight: 0.25,
};

/**
 * A one-word keyword counts most. A word of a longer keyword ("harden time") alone counts
 * like an example word; when the whole phrase is asked, its words count as keywords and the
 * phrase earns PHRASE_BONUS on top. A longer keyword left with one word once filler is
 * dropped ("how long" -> "long") counts like a title word.
 */
const FIELD_WEIGHT = { keyword: 3, title: 2, collapsedPhrase: 2, phraseWord: 1.5, example: 1.5 } as const;
const PHRASE_BONUS = 0.5;

/**
 * The words a matcher reads (from `knowledge/matching.json` and `knowledge/synonyms.json`):
 * filler it drops, words of topics the page does not cover, lay words it reads as the
 * knowledge's own. Data, so content editors can extend them without touching code.
 */
export interface MatcherVocabulary {
  readonly stopwords: readonly string[];
  readonly offTopicWords: readonly string[];
  readonly synonyms: Readonly<Record<string, string>>;
}

const EMPTY_VOCABULARY: MatcherVocabulary = { stopwords: [], offTopicWords: [], synonyms: {} };

/** The tokenizer used for the index and for questions alike, without synonyms. */
export function matchTokens(text: string, stopwords: ReadonlySet<string>): string[] {
  return tokensOf(text, NO_SYNONYMS, stopwords);
}

/**
 * Lay words and phrases read as the knowledge's words ("operation" -> "surgery", "on its
 * own" -> "alone"), from `knowledge/synonyms.json`. Phrases are rewritten in the text
 * before the phrase rewrites below (so "not" + a synonym of "treated" still reads as
 * untreated); single words are looked up as written and as folded plurals.
 */
class SynonymTable {
  private readonly phrases: ReadonlyMap<string, string>;
  private readonly phrasePattern: RegExp | undefined;
  private readonly words: ReadonlyMap<string, readonly string[]>;

  constructor(synonyms: Readonly<Record<string, string>>, stopwords: ReadonlySet<string>) {
    const entries = Object.entries(synonyms).map(([key, value]) => [normalizeText(key), value] as const);
    // Longest first; each word may carry a plural or third-person "s" ("lives with it", "stays the night").
    const phrases = entries.filter(([key]) => key.includes(' ')).sort(([a], [b]) => b.length - a.length);
    this.phrases = new Map(phrases.map(([, value], i) => [`p${i}`, normalizeText(value)]));
    const alternatives = phrases.map(([key], i) => `(?<p${i}>${key.split(' ').map((w) => `${escapeRegExp(w)}s?`).join(' ')})`);
    this.phrasePattern = alternatives.length > 0 ? new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'g') : undefined;
    const words = new Map<string, readonly string[]>();
    for (const [key, value] of entries) {
      if (key.includes(' ') || key === '') continue;
      const tokens = tokensOf(value, NO_SYNONYMS, stopwords);
      words.set(key, tokens);
      words.set(stem(key), tokens);
    }
    this.words = words;
  }

  rewritePhrases(text: string): string {
    if (!this.phrasePattern) return text;
    return text.replace(this.phrasePattern, (...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      for (const name in groups) if (groups[name] !== undefined) return this.phrases.get(name)!;
      return args[0] as string;
    });
  }

  word(token: string): readonly string[] | undefined {
    return this.words.get(token);
  }
}

const NO_SYNONYMS = { rewritePhrases: (text: string) => text, word: (): undefined => undefined };

function tokensOf(text: string, synonyms: Pick<SynonymTable, 'rewritePhrases' | 'word'>, stopwords: ReadonlySet<string>): string[] {
  let normalized = synonyms.rewritePhrases(normalizeText(text));
  for (const [pattern, replacement] of PHRASE_REWRITES) normalized = normalized.replace(pattern, replacement);
  const out: string[] = [];
  for (const token of normalized.split(' ')) {
    if (token === '') continue;
    const synonym = synonyms.word(token);
    if (synonym) out.push(...synonym);
    else if (!stopwords.has(token)) out.push(stem(token));
  }
  return out;
}

const HAS_DIGIT = /\d/;

interface Scored {
  readonly entry: FaqEntry;
  /** Blend of word overlap and nearest example; ranks entries. */
  readonly score: number;
  /** The score capped at 1. */
  readonly confidence: number;
  /** Similarity to the entry's closest example question. */
  readonly nn: number;
  /** Whether a keyword, a title word or a whole keyword phrase matched, not only words of example questions. */
  readonly strong: boolean;
}

interface EntryIndex {
  readonly entry: FaqEntry;
  /** Best field weight of each word in this entry. */
  readonly weights: ReadonlyMap<string, number>;
  /** Multi-word keywords, as token lists. */
  readonly phrases: ReadonlyArray<readonly string[]>;
  /** The title and each example question, as sets of words with their summed rarity. */
  readonly examples: ReadonlyArray<{ readonly words: ReadonlySet<string>; readonly mass: number }>;
}

/** What spelling correction made of a question word. */
type Corrected = { readonly kind: 'known'; readonly word: string } | { readonly kind: 'offTopic' } | { readonly kind: 'unknown' };

const UNKNOWN: Corrected = { kind: 'unknown' };
const OFF: Corrected = { kind: 'offTopic' };

export class FaqMatcher {
  private readonly index: readonly EntryIndex[];
  private readonly options: FaqMatcherOptions;
  private readonly synonyms: SynonymTable;
  private readonly stopwords: ReadonlySet<string>;
  /** Stems of words about topics the page does not cover. */
  private readonly offTopic: ReadonlySet<string>;
  private readonly idf: ReadonlyMap<string, number>;
  private readonly meanIdf: number;
  /** fuse.js over the knowledge's words and the off-topic words, one index per word length. */
  private readonly spellers = new Map<number, Fuse<string>>();
  /** Spellings of the same words with letters deleted: a word none of whose own share one is no typo of them. */
  private readonly nearby = new Set<string>();
  /** Corrections already made, remembered across questions (bounded). */
  private readonly corrections = new Map<string, Corrected>();
  private readonly byId: ReadonlyMap<string, FaqEntry>;
  private readonly byTitle: ReadonlyMap<string, FaqEntry>;
  /** Four-letter knowledge words, for words cut short by one letter. */
  private readonly shortWords: readonly string[];

  /** @param vocabulary `Knowledge.vocabulary`; without it no word is filler, off-topic or a synonym. */
  constructor(entries: readonly FaqEntry[], options: Partial<FaqMatcherOptions> = {}, vocabulary: MatcherVocabulary = EMPTY_VOCABULARY) {
    this.options = { ...DEFAULT_FAQ_MATCHER_OPTIONS, ...options };
    this.stopwords = new Set(vocabulary.stopwords);
    this.offTopic = new Set(vocabulary.offTopicWords.map(stem));
    this.synonyms = new SynonymTable(vocabulary.synonyms, this.stopwords);
    const matchTokens = (text: string) => tokensOf(text, this.synonyms, this.stopwords);
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.byTitle = new Map(entries.map((e) => [normalizeText(e.title), e]));
    const built = entries.map((entry) => {
      const weights = new Map<string, number>();
      const add = (tokens: readonly string[], w: number) => {
        for (const t of tokens) weights.set(t, Math.max(weights.get(t) ?? 0, w));
      };
      add(entry.examples.flatMap(matchTokens), FIELD_WEIGHT.example);
      add(matchTokens(entry.title), FIELD_WEIGHT.title);
      const keywords = entry.keywords.map(matchTokens);
      keywords.forEach((k, i) => {
        const weight =
          tokenize(entry.keywords[i]!).length === 1
            ? FIELD_WEIGHT.keyword
            : k.length === 1
              ? FIELD_WEIGHT.collapsedPhrase
              : FIELD_WEIGHT.phraseWord;
        add(k, weight);
      });
      const phrases = keywords.filter((p) => p.length > 1);
      const examples = [entry.title, ...entry.examples].map((e) => new Set(matchTokens(e))).filter((e) => e.size > 0);
      return { entry, weights, phrases, examples };
    });
    const df = new Map<string, number>();
    for (const e of built) for (const word of e.weights.keys()) df.set(word, (df.get(word) ?? 0) + 1);
    const n = entries.length;
    const idf = new Map([...df].map(([word, count]) => [word, Math.log(1 + n / count)]));
    this.idf = idf;
    this.meanIdf = [...idf.values()].reduce((a, b) => a + b, 0) / Math.max(1, idf.size);
    this.index = built.map(({ examples, ...rest }) => ({
      ...rest,
      examples: examples.map((words) => ({ words, mass: [...words].reduce((sum, w) => sum + idf.get(w)!, 0) })),
    }));
    this.shortWords = [...df.keys()].filter((w) => w.length === 4 && !HAS_DIGIT.test(w));
    const byLength = new Map<number, string[]>();
    for (const word of new Set([...df.keys(), ...this.offTopic])) {
      for (const variant of deletionsOf(word, typoAllowance(word.length))) this.nearby.add(variant);
      const list = byLength.get(word.length) ?? [];
      list.push(word);
      byLength.set(word.length, list);
    }
    for (const [length, list] of byLength) {
      this.spellers.set(length, new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
    }
  }

  entry(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  /** Entries with their confidence (0..1), best first. */
  rank(text: string, limit = 5): Array<{ entry: FaqEntry; confidence: number }> {
    return this.scored(text)
      .ranked.slice(0, limit)
      .map(({ entry, confidence }) => ({ entry, confidence }));
  }

  match(text: string): FaqMatch {
    // A button press sends the entry's title back: answer it exactly.
    const exact = this.byTitle.get(normalizeText(text));
    if (exact) return { kind: 'answer', entry: exact, confidence: 1 };

    const { ranked: all, offTopic } = this.scored(text);
    const ranked = all.slice(0, 3);
    const best = ranked[0];
    if (!best || best.confidence < this.options.clarifyThreshold) return { kind: 'none', confidence: best?.confidence ?? 0 };
    // "Does insurance cover it?" is not a near miss of the bandage entry: no "Did you mean".
    if (offTopic && best.confidence < this.options.answerThreshold) return { kind: 'none', confidence: best.confidence };
    const rivals = ranked.slice(1).filter((r) => r.score >= best.score * this.options.ambiguityRatio);
    // Words that only an example question happens to use ("name", "hand") do not make an answer.
    if (best.confidence >= this.options.answerThreshold && rivals.length === 0 && best.strong) {
      return { kind: 'answer', entry: best.entry, confidence: best.confidence };
    }
    const candidates = [best, ...(rivals.length > 0 ? rivals : ranked.slice(1, 2))].map((r) => r.entry);
    return { kind: 'clarify', candidates, confidence: best.confidence };
  }

  /**
   * Every entry sharing a word with the question, best first, with its confidence. Two
   * signals, each the share of the question an entry accounts for:
   * - word overlap: the question's rarity-weighted words found anywhere in the entry
   *   (keywords count most), over all the question's words, unknown and off-topic ones
   *   weighing against;
   * - nearest example: how much the question and the entry's closest example question
   *   (or title) have in common (Dice overlap of rarity-weighted words), so words asked
   *   together in one example ("how long" with "procedure") outweigh the same words
   *   scattered over an entry's long keyword list.
   */
  private scored(text: string): { ranked: Scored[]; offTopic: boolean } {
    const raw = tokensOf(text.slice(0, this.options.maxInputLength), this.synonyms, this.stopwords);
    const known: string[] = [];
    let penalty = 0;
    let unknownCount = 0;
    let offTopic = false;
    for (const token of new Set(raw)) {
      const c = this.correct(token);
      if (c.kind === 'known') {
        if (!known.includes(c.word)) known.push(c.word);
      } else if (c.kind === 'offTopic') {
        penalty += this.options.offTopicWordWeight;
        offTopic = true;
      } else if (!HAS_DIGIT.test(token) && token.length > 2) {
        // Numbers the knowledge does not use ("79", "9am") and chat shorthand say nothing about the topic.
        unknownCount++;
      }
    }
    // Each further unknown word weighs less: a long message tells a story around its question
    // ("the orthopedic guy keeps saying…"), while one or two unknown words in a short one may
    // be its whole topic ("herniated disc").
    penalty += this.options.unknownWordWeight * Math.sqrt(unknownCount);
    if (known.length === 0) return { ranked: [], offTopic };
    const knownMass = known.reduce((sum, w) => sum + this.idf.get(w)!, 0);
    const questionMass = knownMass + penalty * this.meanIdf;
    const denominator = questionMass * FIELD_WEIGHT.keyword;
    const share = this.options.similarityWeight;
    const out: Scored[] = [];
    for (const { entry, weights, phrases, examples } of this.index) {
      let asked: Set<string> | undefined;
      let bonus = 0;
      for (const phrase of phrases) {
        if (!containsRun(known, phrase)) continue;
        asked ??= new Set();
        for (const word of phrase) asked.add(word);
        bonus += PHRASE_BONUS * this.meanIdf;
      }
      let overlap = bonus;
      let strong = bonus > 0;
      for (const word of known) {
        const weight = asked?.has(word) ? FIELD_WEIGHT.keyword : (weights.get(word) ?? 0);
        if (weight > FIELD_WEIGHT.example) strong = true;
        overlap += weight * this.idf.get(word)!;
      }
      if (overlap === 0) continue;
      let nn = 0;
      for (const { words, mass } of examples) {
        let shared = 0;
        for (const word of known) if (words.has(word)) shared += this.idf.get(word)!;
        if (shared > 0) nn = Math.max(nn, (2 * shared) / (questionMass + mass));
      }
      const score = (1 - share) * (overlap / denominator) + share * nn;
      out.push({ entry, score, confidence: Math.min(1, score), nn, strong });
    }
    return { ranked: out.sort((a, b) => b.score - a.score), offTopic };
  }

  /**
   * The knowledge word a patient meant, an off-topic word, or unknown. fuse.js proposes
   * candidates of similar length; an edit-distance check keeps only real typos, since fuzzy
   * search alone also accepts words hidden inside longer ones. Short words must keep their
   * first letter ("blue" is not "glue").
   */
  private correct(token: string): Corrected {
    if (this.offTopic.has(token)) return OFF;
    if (this.idf.has(token)) return { kind: 'known', word: token };
    const cached = this.corrections.get(token);
    if (cached !== undefined) return cached;
    const result = this.spell(token);
    if (this.corrections.size >= 5000) this.corrections.clear();
    this.corrections.set(token, result);
    return result;
  }

  private spell(token: string): Corrected {
    if (HAS_DIGIT.test(token)) return UNKNOWN;
    // Another form of a knowledge word ("hardening" for "harden") is that word, not a typo of
    // a different one ("gardening").
    for (const base of baseForms(token)) {
      if (this.offTopic.has(base)) return OFF;
      if (this.idf.has(base)) return { kind: 'known', word: base };
    }
    const allowance = typoAllowance(token.length);
    if (allowance === 0) return this.truncated(token);
    // Cheap test first: most unknown words are real words, not typos, and need no fuzzy search.
    if (![...deletionsOf(token, allowance)].some((variant) => this.nearby.has(variant))) return UNKNOWN;
    const hits: Array<{ item: string; score: number }> = [];
    for (let length = token.length - allowance; length <= token.length + allowance; length++) {
      for (const hit of this.spellers.get(length)?.search(token, { limit: 5 }) ?? []) hits.push({ item: hit.item, score: hit.score ?? 1 });
    }
    // Typos rarely hit the first letter: words that keep it are tried first.
    hits.sort((a, b) => Number(a.item[0] !== token[0]) - Number(b.item[0] !== token[0]) || a.score - b.score);
    for (const { item } of hits) {
      if (token.length < 6 && (item[0] !== token[0] || isSubstitution(token, item))) continue;
      // A four-letter word one letter longer than a three-letter one is usually a word of its own ("live", not "lie").
      if (token.length === 4 && item.length === 3) continue;
      if (editDistance(token, item, allowance) > allowance) continue;
      return this.offTopic.has(item) ? OFF : { kind: 'known', word: item };
    }
    return UNKNOWN;
  }

  /** A three-letter word that is a four-letter knowledge word missing its last letter ("lon" for "long"). */
  private truncated(token: string): Corrected {
    if (token.length !== 3) return UNKNOWN;
    for (const word of this.shortWords) if (word.startsWith(token)) return { kind: 'known', word };
    return UNKNOWN;
  }
}

/** "hardening" -> harden, "guided" -> guid, guide; "stopped" -> stop; "quickly" -> quick. */
function baseForms(token: string): string[] {
  const out: string[] = [];
  for (const suffix of ['ing', 'ed', 'ly', 'er']) {
    if (!token.endsWith(suffix) || token.length - suffix.length < 3) continue;
    const base = token.slice(0, -suffix.length);
    out.push(base, `${base}e`);
    if (base.length > 3 && base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
  }
  return out;
}

/**
 * Same length, one letter different: in a short word that is more often another word
 * ("wear"/"weak", "side"/"site") than a typo, so short words are corrected only for a
 * missing, extra or swapped letter.
 */
function isSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function containsRun(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.every((p) => words.includes(p));
}
