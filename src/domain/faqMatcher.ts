import Fuse from 'fuse.js';
import { FaqModel, type FaqPhrasing, isFiller } from './faqModel.js';
import type { FaqEntry, OutOfScopeTopic } from './knowledge.js';
import { deletionsOf, editDistance, normalizeText, stem, tokenize, typoAllowance } from './normalize.js';

/**
 * Matches a patient's question to a knowledge entry, or to a topic the page does not cover.
 *
 * 1. Words are normalized, lay words read as the knowledge's words (`knowledge/synonyms.json`:
 *    "operation" -> "surgery", "not treated" -> "untreated"), filler dropped (stop words,
 *    relatives, worries: "my 79 year old mom is scared…") and plurals folded.
 * 2. Each word the knowledge does not use is corrected with fuse.js against the
 *    knowledge's vocabulary ("sedaton" -> "sedation"); a word nothing is close to counts
 *    against every entry.
 * 3. FAQ entries and out-of-scope topics (`knowledge/out-of-scope.json`) are scored alike, by
 *    the rarity-weighted words they share with the question (one-word keywords count most,
 *    then titles, then example questions; a multi-word keyword asked whole earns a bonus),
 *    blended with how close the question is to the nearest example question. An inverted
 *    index visits only the entries and examples that share a word with the question.
 * 4. A naive Bayes model (`faqModel.ts`), learned at construction from the examples and the
 *    blind-written phrasings (`knowledge/faq-phrasings.json`), gives each entry a probability;
 *    an entry's confidence blends its word score with it (an out-of-scope topic's with the
 *    probability that the question is out of scope), so phrasings that share no word with an
 *    entry ("the glue", "stuck lying down") still find it.
 *
 * An answer is given only when an FAQ entry clearly wins on at least one keyword or title
 * word (a word only an example question uses is too incidental); close calls become
 * "Did you mean…"; weak questions, and questions an out-of-scope topic wins, get an honest
 * "I don't know".
 */

export type FaqMatch =
  | { readonly kind: 'answer'; readonly entry: FaqEntry; readonly confidence: number }
  | { readonly kind: 'clarify'; readonly candidates: readonly FaqEntry[]; readonly confidence: number }
  | {
      readonly kind: 'none';
      readonly confidence: number;
      readonly outOfScope?: string;
      /** Entries that scored `relatedThreshold` or more: offered after "I don't know", never answered. */
      readonly related: readonly FaqEntry[];
    };

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
  /**
   * Share (0..1) of an entry's confidence that comes from its single closest example
   * question rather than from all of its words together.
   */
  readonly similarityWeight: number;
  /** Share (0..1) of an entry's confidence that comes from the model; 0 turns the model off. */
  readonly modelWeight: number;
  /** The model's probability at or above which its entry may be answered without a keyword or title word. */
  readonly modelStrong: number;
  /** The model's smoothing (naive Bayes' α). */
  readonly modelSmoothing: number;
  /** Divides the model's log-odds: above 1, its probabilities are less extreme. */
  readonly modelTemperature: number;
  /** How many blind-written phrasings an entry's own title or example counts as, in the model. */
  readonly exampleWeight: number;
  /**
   * An out-of-scope topic scoring this share of the best entry or more turns an answer into "Did you mean". Round 42's
   * `npm run thresholds` over every tune set put 0.5 ahead by 0.001 of its objective (bench/results/thresholds.md);
   * 0.6 stays, as 0.5 sends short common questions ("bone cement?", "procedure time", "who is it for") to a menu.
   */
  readonly outOfScopeRatio: number;
  /**
   * Confidence at or above which an entry is offered as a related topic when there is no answer ("can I drive
   * myself home?" is not on the page, but "Going home" is close).
   */
  readonly relatedThreshold: number;
}

/** Chosen on the tuning sets with `npm run thresholds` (bench/results/thresholds.md). */
export const DEFAULT_FAQ_MATCHER_OPTIONS: FaqMatcherOptions = {
  answerThreshold: 0.35,
  clarifyThreshold: 0.15,
  ambiguityRatio: 0.8,
  unknownWordWeight: 0.75,
  maxInputLength: 500,
  similarityWeight: 0.35,
  modelWeight: 0.4,
  modelStrong: 0.5,
  modelSmoothing: 0.05,
  modelTemperature: 3,
  exampleWeight: 5,
  outOfScopeRatio: 0.6,
  relatedThreshold: 0.2,
};

/**
 * A one-word keyword counts most. A word of a longer keyword ("harden time") alone counts
 * like an example word; when the whole phrase is asked, its words count as keywords and the
 * phrase earns PHRASE_BONUS on top. A longer keyword left with one word once filler is
 * dropped ("how long" -> "long") counts like a title word.
 */
const FIELD_WEIGHT = { keyword: 3, title: 2, collapsedPhrase: 2, phraseWord: 1.5, example: 1.5 } as const;
const PHRASE_BONUS = 0.5;
/** How many of the best documents a question is compared over (answer, rivals, buttons). */
const TOP = 5;
/** The most related topics offered after "I don't know": a short menu, the call offer beside it. */
const RELATED = 2;
/** With a model: how many documents the word score proposes, and the probability at which the model proposes one. */
const BLEND_POOL = 8;
const MODEL_CANDIDATE = 0.02;
/**
 * Filler words a question of filler alone needs before the model reads it (one word, "ok", asks nothing), and the
 * probability an entry needs there to be offered ("ok so" and "how are you?" find none that likely).
 */
const FILLER_QUESTION = 2;
const FILLER_PROPOSE = 0.5;

/**
 * The words a matcher reads (from `knowledge/matching.json`, `knowledge/synonyms.json` and
 * `knowledge/out-of-scope.json`): filler it drops, lay words it reads as the knowledge's own,
 * and topics the page does not cover. Data, so content editors can extend them without code.
 */
export interface MatcherVocabulary {
  readonly stopwords: readonly string[];
  /** Words that negate the next few ("not", "never"). */
  readonly negations: readonly string[];
  /** What a word means when negated ("treated" -> "untreated"). */
  readonly negated: Readonly<Record<string, string>>;
  readonly synonyms: Readonly<Record<string, string>>;
  readonly outOfScope: readonly OutOfScopeTopic[];
  /** More questions per entry or topic, for the model only (`knowledge/faq-phrasings.json`). */
  readonly phrasings?: readonly FaqPhrasing[];
  /**
   * Phrases that only frame the words after them, read as nothing ("how long does it take to
   * recover" asks about recovering, not about how long the procedure takes).
   */
  readonly frames?: readonly string[];
}

const EMPTY_VOCABULARY: MatcherVocabulary = { stopwords: [], negations: [], negated: {}, synonyms: {}, outOfScope: [] };
/** How many words after a negation it reaches ("never get it treated"). */
const NEGATION_REACH = 4;

/** The tokenizer used for the index and for questions alike, without synonyms. */
export function matchTokens(text: string, stopwords: ReadonlySet<string>): string[] {
  return tokensOf(text, NO_SYNONYMS, stopwords);
}

/**
 * Lay words and phrases read as the knowledge's words ("operation" -> "surgery", "on its
 * own" -> "alone"), from `knowledge/synonyms.json`. Phrases are rewritten in the text first;
 * single words are looked up as written and as folded plurals.
 */
class SynonymTable {
  /** What each phrase of `phrasePattern` is read as, by its capture group's number less one. */
  private readonly phrases: readonly string[];
  private readonly phrasePattern: RegExp | undefined;
  private readonly words: ReadonlyMap<string, readonly string[]>;

  private readonly negations: ReadonlySet<string>;
  private readonly negated: ReadonlyMap<string, string>;

  constructor(
    synonyms: Readonly<Record<string, string>>,
    stopwords: ReadonlySet<string>,
    negation: Pick<MatcherVocabulary, 'negations' | 'negated' | 'frames'> = EMPTY_VOCABULARY,
  ) {
    this.negations = new Set(negation.negations);
    this.negated = new Map(Object.entries(negation.negated));
    const entries = [...Object.entries(synonyms), ...(negation.frames ?? []).map((frame) => [frame, ''] as const)].map(
      ([key, value]) => [normalizeText(key), value] as const,
    );
    // Longest first; each word may carry a plural or third-person "s" ("lives with it", "stays the night").
    const phrases = entries.filter(([key]) => key.includes(' ')).sort(([a], [b]) => b.length - a.length);
    this.phrases = phrases.map(([, value]) => normalizeText(value));
    // Numbered groups, not named ones: a named group's match object lists every name, hundreds here, on each match.
    const alternatives = phrases.map(
      ([key]) =>
        `(${key
          .split(' ')
          .map((w) => `${escapeRegExp(w)}s?`)
          .join(' ')})`,
    );
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

  /** Phrases first ("not treated" may be a synonym itself), then negated words ("never … treated"). */
  rewritePhrases(text: string): string {
    const rewritten = this.phrasePattern ? this.replacePhrases(text, this.phrasePattern) : text;
    if (this.negations.size === 0) return rewritten;
    const words = rewritten.split(' ');
    let reach = -1;
    for (let i = 0; i < words.length; i++) {
      const meaning = i <= reach ? this.negated.get(words[i]!) : undefined;
      if (meaning !== undefined) {
        words[i] = meaning;
        reach = -1;
      } else if (this.negations.has(words[i]!)) reach = i + NEGATION_REACH;
    }
    return words.join(' ');
  }

  private replacePhrases(text: string, pattern: RegExp): string {
    const phrases = this.phrases;
    return text.replace(pattern, (...args: unknown[]) => {
      // args: the match, then one capture per phrase (only the matched one is defined), then offset and string.
      for (let i = 0; i < phrases.length; i++) if (args[i + 1] !== undefined) return phrases[i]!;
      return args[0] as string;
    });
  }

  word(token: string): readonly string[] | undefined {
    return this.words.get(token);
  }
}

const NO_SYNONYMS = { rewritePhrases: (text: string) => text, word: (): undefined => undefined };

function tokensOf(
  text: string,
  synonyms: Pick<SynonymTable, 'rewritePhrases' | 'word'>,
  stopwords: ReadonlySet<string>,
): string[] {
  const normalized = synonyms.rewritePhrases(normalizeText(text));
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

/** An FAQ entry or an out-of-scope topic, as the index sees it. */
interface Doc {
  readonly id: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly examples: readonly string[];
  /** The FAQ entry; undefined for an out-of-scope topic. */
  readonly entry: FaqEntry | undefined;
  /** An out-of-scope topic's words that no entry answers (see `OutOfScopeTopic`). */
  readonly marks?: readonly string[];
  /** An out-of-scope topic off the subject altogether (see `OutOfScopeTopic`). */
  readonly offTopic?: boolean;
}

interface Scored {
  readonly doc: Doc;
  /** Blend of word overlap and nearest example; ranks documents. */
  readonly score: number;
  /** The score capped at 1. */
  readonly confidence: number;
  /** Whether a keyword, a title word or a whole keyword phrase matched, not only words of example questions. */
  readonly strong: boolean;
}

/** word -> the documents (or examples, or phrases) using it, with the word's weight there. */
interface Postings {
  readonly ids: number[];
  readonly weights: number[];
}

/** What spelling correction made of a question word. */
type Corrected = { readonly kind: 'known'; readonly word: string } | { readonly kind: 'unknown' };

const UNKNOWN: Corrected = { kind: 'unknown' };

export class FaqMatcher {
  private readonly docs: readonly Doc[];
  private readonly options: FaqMatcherOptions;
  private readonly synonyms: SynonymTable;
  private readonly stopwords: ReadonlySet<string>;
  private readonly idf: ReadonlyMap<string, number>;
  private readonly meanIdf: number;
  /** Best field weight of each word in each document. */
  private readonly docWords = new Map<string, Postings>();
  /** Each document's field weights, for the few documents whose keyword phrase was asked whole. */
  private readonly docWeights: ReadonlyArray<ReadonlyMap<string, number>>;
  /** Multi-word keywords: their document, their words, and which phrases use each word. */
  private readonly phraseDoc: number[] = [];
  private readonly phraseWords: string[][] = [];
  private readonly phrasesOf = new Map<string, number[]>();
  /** Distinct words per phrase, and how many of them the current question has (reused, left zeroed). */
  private readonly phraseSize: number[] = [];
  private readonly phraseHits: Uint8Array;
  /** Titles and example questions: their document, their summed rarity, and which use each word. */
  private readonly exampleDoc: number[] = [];
  private readonly exampleMass: number[] = [];
  private readonly examplesOf = new Map<string, number[]>();
  /** Per-question accumulators, reused and left zeroed: overlap and nearest example per document, per example. */
  private readonly docScore: Float64Array;
  private readonly docNearest: Float64Array;
  private readonly exampleShared: Float64Array;
  /**
   * fuse.js over the knowledge's words, one index per word length, and their spellings with letters
   * deleted (a word none of whose own share one is no typo of them). Built at the first unknown word:
   * the load-time checks and most questions never need them.
   */
  private spelling:
    { readonly spellers: ReadonlyMap<number, Fuse<string>>; readonly nearby: ReadonlySet<string> } | undefined;
  /** Corrections already made, remembered across questions (bounded). */
  private readonly corrections = new Map<string, Corrected>();
  private readonly byId: ReadonlyMap<string, FaqEntry>;
  private readonly docById: ReadonlyMap<string, Doc>;
  private readonly docIndex: ReadonlyMap<Doc, number>;
  /** Where the out-of-scope topics are among the documents (and the model's classes). */
  private readonly topicIndices: readonly number[];
  private readonly byTitle: ReadonlyMap<string, FaqEntry>;
  /** Four-letter knowledge words, for words cut short by one letter. */
  private readonly shortWords: readonly string[];

  private readonly model: FaqModel;
  /** A topic's `marks`, as the index reads words: the topic each word puts a question on. */
  private readonly marks = new Map<string, Doc>();

  /** @param vocabulary `Knowledge.vocabulary`; without it no word is filler or a synonym, no topic out of scope. */
  constructor(
    entries: readonly FaqEntry[],
    options: Partial<FaqMatcherOptions> = {},
    vocabulary: MatcherVocabulary = EMPTY_VOCABULARY,
  ) {
    this.options = { ...DEFAULT_FAQ_MATCHER_OPTIONS, ...options };
    this.stopwords = new Set(vocabulary.stopwords);
    this.synonyms = new SynonymTable(vocabulary.synonyms, this.stopwords, vocabulary);
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.byTitle = new Map(entries.map((e) => [normalizeText(e.title), e]));
    this.docs = [
      ...entries.map((entry) => ({ ...entry, entry })),
      ...vocabulary.outOfScope.map((topic) => ({ ...topic, entry: undefined })),
    ];
    this.docById = new Map(this.docs.map((d) => [d.id, d]));
    this.docIndex = new Map(this.docs.map((d, k) => [d, k]));
    this.topicIndices = this.docs.flatMap((d, k) => (d.entry ? [] : [k]));
    const tokens = (text: string) => tokensOf(text, this.synonyms, this.stopwords);
    const built = this.docs.map((doc) => this.indexDoc(doc, tokens));
    this.docWeights = built.map((b) => b.weights);

    const df = new Map<string, number>();
    for (const { weights } of built) for (const word of weights.keys()) df.set(word, (df.get(word) ?? 0) + 1);
    const n = this.docs.length;
    const idf = new Map([...df].map(([word, count]) => [word, Math.log(1 + n / count)]));
    this.idf = idf;
    this.meanIdf = [...idf.values()].reduce((a, b) => a + b, 0) / Math.max(1, idf.size);

    built.forEach(({ weights, phrases, examples }, d) => {
      for (const [word, weight] of weights) push(this.docWords, word, d, weight);
      for (const phrase of phrases) {
        const p = this.phraseDoc.length;
        this.phraseDoc.push(d);
        this.phraseWords.push(phrase);
        this.phraseSize.push(new Set(phrase).size);
        for (const word of new Set(phrase)) list(this.phrasesOf, word).push(p);
      }
      for (const words of examples) {
        const e = this.exampleDoc.length;
        this.exampleDoc.push(d);
        this.exampleMass.push([...words].reduce((sum, w) => sum + (idf.get(w) ?? 0), 0));
        for (const word of words) list(this.examplesOf, word).push(e);
      }
    });

    this.phraseHits = new Uint8Array(this.phraseDoc.length);
    this.docScore = new Float64Array(this.docs.length);
    this.docNearest = new Float64Array(this.docs.length);
    this.exampleShared = new Float64Array(this.exampleDoc.length);
    this.shortWords = [...df.keys()].filter((w) => w.length === 4 && !HAS_DIGIT.test(w));
    this.model = this.learn(vocabulary);
    for (const doc of this.docs)
      for (const mark of doc.marks ?? []) for (const word of tokens(mark)) this.marks.set(word, doc);
  }

  /** The topic a word of the question puts it on that `doc`'s own words do not answer ("how much does the x-ray cost"). */
  private markedTopic(words: readonly string[], doc: Doc): Doc | undefined {
    if (this.marks.size === 0) return undefined;
    const own = this.docWeights[this.docIndex.get(doc)!]!;
    for (const word of words) {
      const topic = this.marks.get(word);
      if (topic && !own.has(word)) return topic;
    }
    return undefined;
  }

  /** The model: one class per entry and per out-of-scope topic, from their titles, examples and phrasings. */
  private learn(vocabulary: MatcherVocabulary): FaqModel {
    const words = (text: string) => this.readWords(text);
    const own = this.options.exampleWeight;
    const items = [
      ...this.docs.flatMap((d) =>
        [d.title, ...d.examples].map((text) => ({ words: words(text), label: d.id, weight: own })),
      ),
      // A matcher over some of the entries (a test, a benchmark) leaves the others' phrasings out.
      ...(vocabulary.phrasings ?? [])
        .filter((p) => this.docById.has(p.id))
        .map((p) => ({ words: words(p.text), label: p.id, weight: 1 })),
    ];
    return new FaqModel(
      items,
      this.docs.map((d) => d.id),
      this.options.modelSmoothing,
    );
  }

  private spellingIndex(): NonNullable<FaqMatcher['spelling']> {
    if (this.spelling) return this.spelling;
    const byLength = new Map<number, string[]>();
    const nearby = new Set<string>();
    for (const word of this.idf.keys()) {
      for (const variant of deletionsOf(word, typoAllowance(word.length))) nearby.add(variant);
      list(byLength, word.length).push(word);
    }
    const spellers = new Map<number, Fuse<string>>();
    for (const [length, words] of byLength) {
      spellers.set(length, new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
    }
    this.spelling = { spellers, nearby };
    return this.spelling;
  }

  private indexDoc(doc: Doc, tokens: (text: string) => string[]) {
    const weights = new Map<string, number>();
    const add = (words: readonly string[], w: number) => {
      for (const t of words) weights.set(t, Math.max(weights.get(t) ?? 0, w));
    };
    add(doc.examples.flatMap(tokens), FIELD_WEIGHT.example);
    add(tokens(doc.title), FIELD_WEIGHT.title);
    const keywords = doc.keywords.map(tokens);
    keywords.forEach((k, i) => {
      const oneWord = tokenize(doc.keywords[i] ?? '').length === 1;
      add(k, oneWord ? FIELD_WEIGHT.keyword : k.length === 1 ? FIELD_WEIGHT.collapsedPhrase : FIELD_WEIGHT.phraseWord);
    });
    const phrases = keywords.filter((p) => p.length > 1);
    const examples = [doc.title, ...doc.examples].map((e) => new Set(tokens(e))).filter((e) => e.size > 0);
    return { weights, phrases, examples };
  }

  entry(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  /** How many of the text's words this knowledge uses as written (with `filler`, its filler too): a sign of its language. */
  knownWords(text: string, { filler = true }: { readonly filler?: boolean } = {}): number {
    let known = 0;
    for (const word of this.readWords(text)) if ((filler && word.startsWith('_')) || this.idf.has(word)) known++;
    return known;
  }

  /** The entry whose button title the text is ("Reposo en cama"), if any. */
  titled(text: string): FaqEntry | undefined {
    return this.byTitle.get(normalizeText(text));
  }

  /** FAQ entries and out-of-scope topics with their confidence (0..1), best first. */
  rank(text: string, limit = TOP): Array<{ id: string; entry: FaqEntry | undefined; confidence: number }> {
    return this.scored(this.readWords(text), limit).map(({ doc, confidence }) => ({
      id: doc.id,
      entry: doc.entry,
      confidence,
    }));
  }

  match(text: string): FaqMatch {
    // A button press sends the entry's title back: answer it exactly.
    const exact = this.titled(text);
    if (exact) return { kind: 'answer', entry: exact, confidence: 1 };

    const words = this.readWords(text);
    const ranked = this.scored(words, TOP);
    const best = ranked[0];
    if (!best || best.confidence < this.options.clarifyThreshold)
      return { kind: 'none', confidence: best?.confidence ?? 0, related: this.related(ranked) };
    // "Does insurance cover it?" is a topic the page does not cover, not a near miss of the bandage entry;
    // but when an entry comes close ("is it dangerous to not fix a fracture"), it is offered.
    if (!best.doc.entry) {
      const entries = ranked.flatMap((r) => (r.doc.entry ? [r.doc.entry] : []));
      // An entry the question's marked words put off ("is an overnight stay more expensive…" beside "Going home") is
      // no near miss, and the mark names the topic.
      const marks = ranked
        .filter((r) => r.doc.entry && r.score >= best.score * this.options.ambiguityRatio)
        .map((r) => this.markedTopic(words, r.doc));
      if (marks.every((t) => t !== undefined))
        return {
          kind: 'none',
          confidence: best.confidence,
          outOfScope: (marks[0] ?? best.doc).id,
          related: this.related(ranked),
        };
      // The close entry and the next one: a menu of one is a yes/no question the patient cannot refine.
      return { kind: 'clarify', candidates: entries.slice(0, 2), confidence: best.confidence };
    }
    // The page never speaks of money: "does medicare pay if I go home the same day" is not the going-home answer.
    const marked = this.markedTopic(words, best.doc);
    if (marked)
      return { kind: 'none', confidence: best.confidence, outOfScope: marked.id, related: this.related(ranked) };
    const rivals = ranked.slice(1, 3).filter((r) => r.score >= best.score * this.options.ambiguityRatio);
    // A topic the page does not cover coming close ("when can I drive" near "bed rest") is asked about, not answered.
    const outOfScope = ranked.some((r) => !r.doc.entry && r.score >= best.score * this.options.outOfScopeRatio);
    // Words that only an example question happens to use ("name", "hand") do not make an answer.
    if (best.confidence >= this.options.answerThreshold && rivals.length === 0 && !outOfScope && best.strong) {
      return { kind: 'answer', entry: best.doc.entry, confidence: best.confidence };
    }
    const faqOnly = (rs: readonly Scored[]) => rs.flatMap((r) => (r.doc.entry ? [r.doc.entry] : []));
    const others = faqOnly(rivals).length > 0 ? faqOnly(rivals) : faqOnly(ranked.slice(1)).slice(0, 1);
    return { kind: 'clarify', candidates: [best.doc.entry, ...others], confidence: best.confidence };
  }

  /**
   * The entries among the best that come close enough to offer beside "I don't know" (at most RELATED), unless an
   * off-topic topic wins ("what time does the game start" shares only "time" with the page).
   */
  private related(ranked: readonly Scored[]): FaqEntry[] {
    if (ranked[0]?.doc.offTopic) return [];
    return ranked
      .flatMap((r) => (r.doc.entry && r.confidence >= this.options.relatedThreshold ? [r.doc.entry] : []))
      .slice(0, RELATED);
  }

  /**
   * The best `limit` documents: the word score's best (see wordScored) and those the model
   * finds likely, each scored by the blend of the two.
   */
  private scored(words: readonly string[], limit: number): Scored[] {
    const model = this.model;
    const share = this.options.modelWeight;
    const content = words.filter((w) => !isFiller(w));
    if (share === 0) return this.wordScored(content, limit);
    // Filler alone: one word asks nothing; more may ask something the model learnt (see fillerOnly).
    if (content.length === 0) return words.length < FILLER_QUESTION ? [] : this.fillerOnly(words, limit);
    const byWords = this.wordScored(content, BLEND_POOL);
    // The model's classes are the documents, in order.
    const p = model.probabilities(this.forModel(words), this.options.modelTemperature);
    // The topics tell out-of-scope questions apart; together they say how likely the page has no answer.
    let outOfScope = 0;
    for (const k of this.topicIndices) outOfScope += p[k]!;
    const blended = (doc: Doc, words: Scored | undefined): Scored => {
      const probability = doc.entry ? p[this.docIndex.get(doc)!]! : outOfScope;
      const score = (1 - share) * (words?.confidence ?? 0) + share * probability;
      const strong = (words?.strong ?? false) || (doc.entry !== undefined && probability >= this.options.modelStrong);
      return { doc, score, confidence: Math.min(1, score), strong };
    };
    const out = byWords.map((s) => blended(s.doc, s));
    const seen = new Set(byWords.map((s) => s.doc));
    for (let k = 0; k < p.length; k++) {
      const doc = this.docs[k]!;
      if (p[k]! >= MODEL_CANDIDATE && !seen.has(doc)) out.push(blended(doc, undefined));
    }
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * A question of filler words alone ("why do it?", "what if I don't?", "¿y si no me la hago?"): no word names an entry,
   * but the model, which learnt such questions, may find one likely. Offered as "Did you mean", never answered.
   */
  private fillerOnly(words: readonly string[], limit: number): Scored[] {
    const p = this.model.probabilities(this.forModel(words), this.options.modelTemperature);
    const out: Scored[] = [];
    for (let k = 0; k < p.length; k++) {
      const doc = this.docs[k]!;
      if (doc.entry === undefined || p[k]! < FILLER_PROPOSE) continue;
      const score = this.options.modelWeight * p[k]!;
      out.push({ doc, score, confidence: Math.min(1, score), strong: false });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** A question's words for the model: a word no training text used is read as a typo of a knowledge word if it is one. */
  private forModel(words: readonly string[]): string[] {
    return words.map((word) => {
      if (isFiller(word) || this.model.knows(word)) return word;
      const corrected = this.correct(word);
      return corrected.kind === 'known' ? corrected.word : word;
    });
  }

  /** Words as the index reads them (synonyms, folded plurals), but filler kept as `_word` ("how long", "when"). */
  private readWords(text: string): string[] {
    const normalized = this.synonyms.rewritePhrases(normalizeText(text.slice(0, this.options.maxInputLength)));
    const out: string[] = [];
    for (const token of normalized.split(' ')) {
      if (token === '') continue;
      const synonym = this.synonyms.word(token);
      if (synonym) out.push(...synonym);
      else if (this.stopwords.has(token)) out.push(`_${token}`);
      else out.push(stem(token));
    }
    return out;
  }

  /**
   * The best `limit` documents sharing a word with the question, by words alone. Two signals, each the share
   * of the question a document accounts for:
   * - word overlap: the question's rarity-weighted words found anywhere in the document
   *   (keywords count most), over all the question's words, unknown ones weighing against;
   * - nearest example: how much the question and the document's closest example question
   *   (or title) have in common (Dice overlap of rarity-weighted words), so words asked
   *   together in one example ("how long" with "procedure") outweigh the same words
   *   scattered over a long keyword list.
   * Only the postings of the question's words are read, so the cost follows how many
   * documents share its words, not the size of the knowledge.
   */
  private wordScored(words: readonly string[], limit: number): Scored[] {
    const { known, penalty } = this.readQuestion(words);
    if (known.length === 0) return [];
    const idf = (w: string) => this.idf.get(w) ?? 0;
    const questionMass = known.reduce((sum, w) => sum + idf(w), 0) + penalty * this.meanIdf;
    const overlap = this.docScore;
    const touched: number[] = [];
    const strong = new Set<number>();
    for (const word of known) {
      const postings = this.docWords.get(word);
      if (!postings) continue;
      const w = idf(word);
      for (let i = 0; i < postings.ids.length; i++) {
        const d = postings.ids[i]!;
        const weight = postings.weights[i]!;
        if (weight > FIELD_WEIGHT.example) strong.add(d);
        if (overlap[d] === 0) touched.push(d);
        overlap[d] = overlap[d]! + weight * w;
      }
    }
    this.addPhraseBonus(known, overlap, strong);

    // Nearest example: shared rarity per example, then the best example of each document.
    const shared = this.exampleShared;
    const examples: number[] = [];
    for (const word of known) {
      const w = idf(word);
      for (const e of this.examplesOf.get(word) ?? []) {
        if (shared[e] === 0) examples.push(e);
        shared[e] = shared[e]! + w;
      }
    }
    const nn = this.docNearest;
    for (const e of examples) {
      const d = this.exampleDoc[e]!;
      nn[d] = Math.max(nn[d]!, (2 * shared[e]!) / (questionMass + this.exampleMass[e]!));
      shared[e] = 0;
    }

    const share = this.options.similarityWeight;
    const denominator = questionMass * FIELD_WEIGHT.keyword;
    const top: Scored[] = [];
    for (const d of touched) {
      const score = (1 - share) * (overlap[d]! / denominator) + share * nn[d]!;
      overlap[d] = 0;
      nn[d] = 0;
      if (top.length === limit && score <= top[limit - 1]!.score) continue;
      const scored = { doc: this.docs[d]!, score, confidence: Math.min(1, score), strong: strong.has(d) };
      let at = top.length;
      while (at > 0 && top[at - 1]!.score < score) at--;
      top.splice(at, 0, scored);
      if (top.length > limit) top.pop();
    }
    // A document only an example shares words with has no overlap: clear what it left behind.
    for (const e of examples) this.docNearest[this.exampleDoc[e]!] = 0;
    return top;
  }

  /** The question's knowledge words (typos corrected) and the weight of the words the knowledge does not use. */
  private readQuestion(words: readonly string[]): { known: string[]; penalty: number } {
    const known: string[] = [];
    let unknownCount = 0;
    for (const token of new Set(words)) {
      const c = this.correct(token);
      if (c.kind === 'known') {
        if (!known.includes(c.word)) known.push(c.word);
      } else if (!HAS_DIGIT.test(token) && token.length > 2) {
        // Numbers the knowledge does not use ("79", "9am") and chat shorthand say nothing about the topic.
        unknownCount++;
      }
    }
    // Each further unknown word weighs less: a long message tells a story around its question
    // ("the orthopedic guy keeps saying…"), while one or two unknown words in a short one may
    // be its whole topic ("herniated disc").
    return { known, penalty: this.options.unknownWordWeight * Math.sqrt(unknownCount) };
  }

  /** A multi-word keyword asked whole ("bed rest"): its words count as keywords, plus a bonus. */
  private addPhraseBonus(known: readonly string[], overlap: Float64Array, strong: Set<number>): void {
    const hits = this.phraseHits;
    const seen: number[] = [];
    let asked: Map<number, Set<string>> | undefined;
    for (const word of known) {
      for (const p of this.phrasesOf.get(word) ?? []) {
        if (hits[p] === 0) seen.push(p);
        hits[p] = hits[p]! + 1;
        if (hits[p] !== this.phraseSize[p]) continue;
        const d = this.phraseDoc[p]!;
        asked ??= new Map();
        const words = asked.get(d) ?? new Set<string>();
        asked.set(d, words);
        for (const w of this.phraseWords[p]!) words.add(w);
        overlap[d] = overlap[d]! + PHRASE_BONUS * this.meanIdf;
        strong.add(d);
      }
    }
    for (const p of seen) hits[p] = 0;
    for (const [d, words] of asked ?? []) {
      let extra = 0;
      for (const word of words)
        extra += (FIELD_WEIGHT.keyword - (this.docWeights[d]!.get(word) ?? 0)) * (this.idf.get(word) ?? 0);
      overlap[d] = overlap[d]! + extra;
    }
  }

  /**
   * The knowledge word a patient meant, or unknown. fuse.js proposes candidates of similar
   * length; an edit-distance check keeps only real typos, since fuzzy search alone also
   * accepts words hidden inside longer ones. Short words must keep their first letter
   * ("blue" is not "glue").
   */
  private correct(token: string): Corrected {
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
    for (const base of baseForms(token)) if (this.idf.has(base)) return { kind: 'known', word: base };
    const allowance = typoAllowance(token.length);
    if (allowance === 0) return this.truncated(token);
    // Cheap test first: most unknown words are real words, not typos, and need no fuzzy search.
    const { nearby, spellers } = this.spellingIndex();
    if (![...deletionsOf(token, allowance)].some((variant) => nearby.has(variant))) return UNKNOWN;
    const hits: Array<{ item: string; score: number }> = [];
    for (let length = token.length - allowance; length <= token.length + allowance; length++) {
      for (const hit of spellers.get(length)?.search(token, { limit: 5 }) ?? []) {
        hits.push({ item: hit.item, score: hit.score ?? 1 });
      }
    }
    // Typos rarely hit the first letter: words that keep it are tried first.
    hits.sort((a, b) => Number(a.item[0] !== token[0]) - Number(b.item[0] !== token[0]) || a.score - b.score);
    for (const { item } of hits) {
      if (token.length < 6 && (item[0] !== token[0] || isSubstitution(token, item))) continue;
      // A four-letter word one letter longer than a three-letter one is usually a word of its own ("live", not "lie").
      if (token.length === 4 && item.length === 3) continue;
      if (editDistance(token, item, allowance) > allowance) continue;
      return { kind: 'known', word: item };
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

function list<K, V>(map: Map<K, V[]>, key: K): V[] {
  let out = map.get(key);
  if (!out) map.set(key, (out = []));
  return out;
}

function push(map: Map<string, Postings>, word: string, id: number, weight: number): void {
  let postings = map.get(word);
  if (!postings) map.set(word, (postings = { ids: [], weights: [] }));
  postings.ids.push(id);
  postings.weights.push(weight);
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
