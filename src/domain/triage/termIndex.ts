import { deletionsOf, editDistance, stem, typoAllowance } from '../normalize.js';
import { type IgnoredWords, inClass, NUMBER_CLASS_REF, type NumberClass, type Token, triageTokens } from './tokens.js';

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
  /**
   * Terms that raise a concept alone: a one-word one has no neighbour to confirm a typo, so
   * short ones must be exact ("lopez" is not "rope"). Group words always meet a second word.
   */
  readonly standalone?: boolean;
}

export interface TermIndexOptions {
  readonly ignore: IgnoredWords;
  readonly spellings: ReadonlyMap<string, string>;
  /** Words that stand for '#many' ("dozen", "handful"). */
  readonly manyWords: ReadonlySet<string>;
  /** Real words never read as typos of a term ("week" is not "weak", "less" is not "legs"). */
  readonly commonWords: ReadonlySet<string>;
  /** Real Spanish words: read as typos of Spanish term words only ("pueda" may be "puede", "edad" is not "dead"). */
  readonly spanishWords: ReadonlySet<string>;
  readonly negativeWords: ReadonlySet<string>;
  /** Words a term never skips over ("im not bleeding" is not "im bleeding"). */
  readonly gapStops: ReadonlySet<string>;
  /** English contractions and their words spelled out: an English term with one is also found spelled out. */
  readonly contractions?: ReadonlyMap<string, string>;
  /** Contractions of "to be" and "not" ("isnt"): an English term opening with "not" is also found after one. */
  readonly beNot?: readonly string[];
}

type Slot = { readonly word: string } | { readonly cls: NumberClass };

interface CompiledTerm {
  readonly slots: readonly Slot[];
  readonly typos: boolean;
  /** A lone standalone word: typos only from LONE_TYPO_MIN letters. */
  readonly strict: boolean;
  readonly negative: boolean;
  /** A contraction spelled out ("does not know where"): its words must follow each other, with no word between. */
  readonly gapless: boolean;
  readonly owners: Array<{ readonly set: number; lang: Lang }>;
  /** Compile order: terms met at one position are tried in it, so occurrences keep their order. */
  readonly order: number;
}

/**
 * The terms that start with one word, split by their second word: a common first word ("no",
 * "friend") starts hundreds of terms, and only those whose second word is near can match.
 */
interface FirstWordTerms {
  /** One-word terms and terms whose second slot is a number class. */
  readonly always: CompiledTerm[];
  readonly bySecond: Map<string, CompiledTerm[]>;
}

/** One other word may stand between two words of a term ("cant really feel"). */
const MAX_GAP = 1;
/** A one-word term forgives a typo only from this length. */
const LONE_TYPO_MIN = 6;
const NO_WORDS: ReadonlySet<string> = new Set();
const NONE: readonly Occurrence[] = Object.freeze([]);

/**
 * Finds every term of every set in a message in one pass: terms are indexed by their
 * first word, and each message word is mapped once to the term words it may be a typo of.
 */
export class TermIndex {
  private readonly byFirst = new Map<string, FirstWordTerms>();
  private readonly classFirst: CompiledTerm[] = [];
  private readonly lexicon = new Set<string>();
  /** Every word of a typo-forgiving term, short ones too. */
  private readonly words = new Set<string>();
  /** The words of Spanish terms. */
  private readonly spanishLexicon = new Set<string>();
  private readonly deletions = new Map<string, string[]>();
  private readonly seen = new Map<string, ReadonlySet<string>>();
  /** Term words by their consonants: texting drops vowels ("brth", "chst", "bldng"). */
  private readonly skeletons = new Map<string, string[]>();

  constructor(
    private readonly sets: readonly TermSet[],
    private readonly options: TermIndexOptions,
  ) {
    const compiled = this.compileAll(sets);
    for (const term of compiled) {
      const [first, second] = term.slots;
      if ('cls' in first!) {
        this.classFirst.push(term);
        continue;
      }
      let group = this.byFirst.get(first!.word);
      if (group === undefined) this.byFirst.set(first!.word, (group = { always: [], bySecond: new Map() }));
      if (second === undefined || 'cls' in second) group.always.push(term);
      else listOf(group.bySecond, second.word).push(term);
    }
    for (const word of this.lexicon) {
      const bones = skeleton(word);
      if (bones.length >= 3) listOf(this.skeletons, bones).push(word);
      for (const variant of deletionsOf(word, typoAllowance(word.length))) {
        const list = this.deletions.get(variant);
        if (list === undefined) this.deletions.set(variant, [word]);
        else if (!list.includes(word)) list.push(word);
      }
    }
  }

  /**
   * Every term of every set, compiled once per text and kind (typos, standalone, spelled out) in the order met, with
   * the sets that own it. Each English term with contractions is also compiled written out ("doesnt know where" and
   * "does not know where"): careful writers spell them out, and a term must not depend on it.
   */
  private compileAll(sets: readonly TermSet[]): CompiledTerm[] {
    const compiled: CompiledTerm[] = [];
    // Keyed by kind, then by the text as given: no key is built per term (there are tens of thousands).
    const byKind = new Map<number, Map<string, CompiledTerm>>();
    // A text recurs in many sets, and in other kinds: the tokenizer reads it once.
    const slots = new Map<string, readonly Slot[]>();
    const termOf = (text: string, set: TermSet, spelledOut: boolean): CompiledTerm => {
      const kind = (set.typos ? 1 : 0) + (set.standalone === true ? 2 : 0) + (spelledOut ? 4 : 0);
      let texts = byKind.get(kind);
      if (texts === undefined) byKind.set(kind, (texts = new Map<string, CompiledTerm>()));
      let term = texts.get(text);
      if (term === undefined) {
        let read = slots.get(text);
        if (read === undefined) slots.set(text, (read = this.slotsOf(text)));
        term = this.compile(read, set.typos, set.standalone === true, compiled.length, spelledOut);
        texts.set(text, term);
        compiled.push(term);
      }
      return term;
    };
    sets.forEach((set, index) => {
      for (const { text, lang } of set.terms) {
        this.own(termOf(text, set, false), index, lang);
        const spelled = lang === 'en' ? this.spelledOut(text) : undefined;
        if (spelled !== undefined) this.own(termOf(spelled, set, true), index, lang);
        // "not making sense" is written "isnt making sense" as often as "is not making sense" (which it holds).
        if (lang === 'en' && text.startsWith('not '))
          for (const be of this.options.beNot ?? []) this.own(termOf(be + text.slice(3), set, false), index, lang);
      }
    });
    return compiled;
  }

  /** Records that set `index` has `term`, in `lang`. */
  private own(term: CompiledTerm, index: number, lang: Lang): void {
    if (lang === 'es') for (const slot of term.slots) if ('word' in slot) this.spanishLexicon.add(slot.word);
    // A word both languages use ("tramadol", "pus") says nothing about the language: English. Sets come in order, so
    // this set's owner, if any, is the last one (a common term has hundreds: no search through them).
    const owner = term.owners.at(-1);
    if (owner?.set !== index) term.owners.push({ set: index, lang });
    else if (owner.lang !== lang) owner.lang = 'en';
  }

  /** An English term with its contractions written out, if it has any. */
  private spelledOut(text: string): string | undefined {
    const contractions = this.options.contractions;
    if (contractions === undefined) return undefined;
    const words = text.split(' ');
    return words.some((w) => contractions.has(w)) ? words.map((w) => contractions.get(w) ?? w).join(' ') : undefined;
  }

  /** A term's words as the tokenizer reads them; empty when every word is ignored. */
  slotsOf(text: string): readonly Slot[] {
    // Most terms name no number class: they skip the pattern.
    const classes = text.includes('#') ? text.replace(NUMBER_CLASS_REF, ' xcls$1 ') : text;
    return triageTokens(classes, this.options.ignore, this.options.spellings).map((t) =>
      t.raw.startsWith('xcls') ? { cls: t.raw.slice(4) as NumberClass } : { word: t.word },
    );
  }

  /** Occurrences per set, in the order the sets were given. */
  find(tokens: readonly Token[]): ReadonlyArray<readonly Occurrence[]> {
    // Most sets find nothing in a message: they share one empty list instead of a new one each.
    const found: Array<readonly Occurrence[]> = new Array<readonly Occurrence[]>(this.sets.length).fill(NONE);
    const near = tokens.map((t) => this.near(t));
    const tryTerms = (terms: readonly CompiledTerm[] | undefined, i: number): void => {
      if (terms === undefined) return;
      for (const term of terms) {
        const end = this.matchAt(term, tokens, near, i);
        if (end === undefined) continue;
        for (const owner of term.owners) {
          const occurrence = { start: i, end, lang: owner.lang, negative: term.negative };
          const list = found[owner.set]!;
          found[owner.set] = list === NONE ? [occurrence] : [...list, occurrence];
        }
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.word;
      if (tokens[i]!.isNumber || /\d/.test(word) || this.options.manyWords.has(tokens[i]!.raw))
        tryTerms(this.classFirst, i);
      const following = this.following(tokens, near, i);
      tryTerms(this.candidates(this.byFirst.get(word), following), i);
      for (const other of near[i]!)
        if (other !== word) tryTerms(this.candidates(this.byFirst.get(other), following), i);
    }
    return found;
  }

  /** The words a term's second word may be read as, if the term starts at `i`. */
  private following(tokens: readonly Token[], near: ReadonlyArray<ReadonlySet<string>>, i: number): Set<string> {
    const words = new Set<string>();
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + 1 + MAX_GAP); j++) {
      words.add(tokens[j]!.word);
      for (const other of near[j]!) words.add(other);
    }
    return words;
  }

  /** The terms of one first word that can match here, in compile order; `matchAt` decides. */
  private candidates(group: FirstWordTerms | undefined, following: ReadonlySet<string>): CompiledTerm[] | undefined {
    if (group === undefined) return undefined;
    const terms = [...group.always];
    for (const second of following) {
      const more = group.bySecond.get(second);
      if (more !== undefined) terms.push(...more);
    }
    return terms.length > 1 ? terms.sort((a, b) => a.order - b.order) : terms;
  }

  private compile(
    slots: readonly Slot[],
    typos: boolean,
    standalone: boolean,
    order: number,
    gapless: boolean,
  ): CompiledTerm {
    if (typos) for (const s of slots) if ('word' in s) (s.word.length >= 4 ? this.lexicon : this.words).add(s.word);
    const negative = slots.some((s) => 'word' in s && this.options.negativeWords.has(s.word));
    const strict = standalone && slots.length === 1;
    return { slots, typos, strict, negative, gapless, owners: [], order };
  }

  /** The last position of `term` if it starts at `start`, words in order with small gaps, in one sentence. */
  private matchAt(
    term: CompiledTerm,
    tokens: readonly Token[],
    near: ReadonlyArray<ReadonlySet<string>>,
    start: number,
  ): number | undefined {
    if (!this.slotMatches(term, term.slots[0]!, tokens[start]!, near[start]!)) return undefined;
    let pos = start;
    for (let k = 1; k < term.slots.length; k++) {
      let next = -1;
      // Function-word terms (modifiers) are exact; only concept terms allow a word in between.
      const gap = term.typos && !term.gapless ? MAX_GAP : 0;
      for (let j = pos + 1; j <= Math.min(tokens.length - 1, pos + 1 + gap); j++) {
        if (tokens[j]!.sentence !== tokens[start]!.sentence) break;
        // A skipped word never reaches past a comma: "when I'm upright, gone" is not "when I'm gone". A denial's next
        // word never does: "yo no: tengo dolor en el pecho" (not him: me) is not "no tengo" (review 89).
        const denial = this.options.negativeWords.has(tokens[pos]!.word);
        if ((j > pos + 1 || denial) && tokens[j]!.clause !== tokens[pos]!.clause) break;
        // Nor past a denial: "im not bleeding" is not "im bleeding".
        if (j > pos + 1 && this.options.gapStops.has(tokens[j - 1]!.word)) break;
        // Nor over a pain score: "still an 8 out of 10" is not "still out".
        if (j > pos + 1 && tokens[j - 1]!.score === true) break;
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
    if (token.word === slot.word) return true;
    if (!term.typos || !near.has(slot.word)) return false;
    return (
      !term.strict ||
      (slot.word.length >= LONE_TYPO_MIN &&
        Math.min(editDistance(token.word, slot.word, 1), editDistance(token.raw, slot.word, 1)) <= 1)
    );
  }

  /**
   * The term words a message word may be a typo of. Short words, numbers and common real
   * words are taken as written; "respondin" is read as "responding".
   */
  private near(token: Token): ReadonlySet<string> {
    if (token.name === true) return NO_WORDS;
    const cached = this.seen.get(token.raw);
    if (cached !== undefined) return cached;
    const found = new Set<string>();
    const w = token.word;
    if (!token.isNumber && !this.lexicon.has(w) && !this.words.has(w)) {
      const ing = stem(`${token.raw}g`);
      if (token.raw.endsWith('in') && (this.lexicon.has(ing) || this.words.has(ing))) found.add(ing);
      // Texting writes a plural with z ("legz", "pillz").
      const plural = stem(`${token.raw.slice(0, -1)}s`);
      if (token.raw.endsWith('z') && (this.lexicon.has(plural) || this.words.has(plural))) found.add(plural);
      if (w.length >= 3 && skeleton(w) === w.replace(/[aeiou]/, '') && !this.options.commonWords.has(token.raw)) {
        for (const word of this.skeletons.get(skeleton(w)) ?? []) found.add(word);
      }
      if (w.length >= 4 && !this.options.commonWords.has(token.raw)) {
        // The word as typed too: the stemmer cuts a typo's last "s" ("numbnes" -> "numbne", two from "numbness").
        for (const typed of token.raw === w ? [w] : [w, token.raw]) {
          for (const variant of deletionsOf(typed, typoAllowance(typed.length))) {
            for (const word of this.deletions.get(variant) ?? []) {
              const allowance = typoAllowance(Math.min(typed.length, word.length));
              if (allowance > 0 && editDistance(typed, word, allowance) <= allowance) found.add(word);
            }
          }
        }
      }
    }
    if (this.options.spanishWords.has(token.raw))
      for (const word of found) if (!this.spanishLexicon.has(word)) found.delete(word);
    const result = found.size === 0 ? NO_WORDS : found;
    if (this.seen.size >= 5000) this.seen.clear();
    this.seen.set(token.raw, result);
    return result;
  }
}

/** The list under `key`, added empty when there is none. */
function listOf<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  return list;
}

/** A word without its vowels ("breath" -> "brth"). */
function skeleton(word: string): string {
  return word.replace(/[aeiouy]/g, '');
}
