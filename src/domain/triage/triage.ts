import { phoneIn } from '../contactCorrections.js';
import type { ModelTier, TriageModel } from './model.js';
import { type Concept, expandTerm, type ModifierType, type Pattern, type Tier, type TriageData } from './schema.js';
import { type Lang, type Occurrence, TermIndex, type TermSet } from './termIndex.js';
import { Segmenter } from './segment.js';
import { soundAlikeSpellings } from './soundAlike.js';
import {
  emojiWords,
  foldText,
  type IgnoredWords,
  ignoredWords,
  type ScoreWords,
  type Token,
  triageTokens,
} from './tokens.js';

/**
 * Clinical triage in the manner of ConText (pyConText, medspaCy): concepts are found in
 * the message, then modifiers decide whether each is negated, historical, hypothetical
 * or an idiom, within an explicit scope (a window of words that stops at a comma, a
 * sentence end or a word such as "but"). Everything it knows is `knowledge/triage.json`.
 */

/** What the bot must do first: crisis and emergency before anything, urgent before the answer. */
export type TriageTier = 'crisis' | 'emergency' | 'urgent' | 'mention' | 'none';

export interface ConceptFinding {
  readonly id: string;
  readonly tier: Tier;
  /** Empty when the concept is asserted; otherwise why it does not count. */
  readonly modifiers: readonly ModifierType[];
  /** The reply must say "call 911 now": every emergency concept, and a crisis marked `callNow` (an overdose). */
  readonly callNow: boolean;
}

/** The most words an answer to a name question has when it is only a name ("María de los Ángeles"). */
const NAME_WORDS = 5;

/** How many words after a hypothetical trigger a break word is still supposed with it ("if he suddenly"). */
const SUPPOSED_BREAK = 2;

/** How many words a list of signs alone may run on in the scope of a trigger that crosses list commas. */
const LIST_REACH = 40;
const NO_OCCURRENCES: readonly Occurrence[] = Object.freeze([]);

/** The id of a finding the statistical second look raised (`model-crisis`…), not a concept. */
function secondLookId(tier: Tier): string {
  return `model-${tier}`;
}

/** The id of a finding the danger-now look raised (a crisis, 911 now). */
const DANGER_NOW_ID = 'model-danger';

export function isSecondLook(finding: ConceptFinding): boolean {
  return finding.id === secondLookId(finding.tier) || finding.id === DANGER_NOW_ID;
}

export interface TriageResult {
  readonly tier: TriageTier;
  /** Spanish when the message is in Spanish or a Spanish term raised the alarm. */
  readonly language: Lang;
  /**
   * Read as Spanish but holding English words too ("my abuela can't breathe"): the writer may read English
   * better, so an alarm also gives the page's English sentence. A message all in Spanish gets Spanish only.
   */
  readonly englishToo: boolean;
  /**
   * Read as English but holding Spanish words too ("Durante el procedure, I'm going to be boca abajo?"): a question
   * the English matcher cannot place may still be a Spanish one.
   */
  readonly spanishToo: boolean;
  /** The words tell the language (hint words or a Spanish term); "ok", "1" or a name tell none. */
  readonly languageSaid: boolean;
  /** Concept ids and modifiers only: safe to log, never the message's words. */
  readonly findings: readonly ConceptFinding[];
  /** The message asks about warning signs, or about a symptom that is not happening. */
  readonly asksAboutWarningSigns: boolean;
}

const RANK: Record<Tier, number> = { crisis: 4, emergency: 3, urgent: 2, info: 1 };

/** What bounds a modifier's reach in one message: sentence breaks, and words saying a symptom is here now or back. */
interface Scope {
  /** Sentences asked and answered no: "chest pain? no, none." */
  readonly answeredNo: ReadonlySet<number>;
  /** Sentences asked and answered no or barely: "is he breathing? barely", for `askedNo` patterns only. */
  readonly answeredBarely: ReadonlySet<number>;
  readonly breaks: readonly Occurrence[];
  readonly current: readonly Occurrence[];
  readonly returned: readonly Occurrence[];
  /** "…and now I do": a denial before it in its sentence is undone. */
  readonly affirmed: readonly Occurrence[];
  /** Parts of the message's findings that say "not" themselves ("no puede respirar"), before any modifier. */
  readonly negativeFindings: readonly Occurrence[];
  /** Every part of every finding, before any modifier: what a modifier crossing a "but" may not pass. */
  readonly findingParts: readonly Occurrence[];
  /** Sentences that end with "?". */
  readonly questions: ReadonlySet<number>;
}

interface Match {
  readonly parts: readonly Occurrence[];
  /** The finding the modifiers must reach: the pattern's last group, or the term itself. */
  readonly anchor: Occurrence;
  /** Asked and answered no ("is he breathing? no"): the "no" asserts it rather than denies it. */
  readonly askedNo?: boolean;
  /** Its pattern is an act in progress: "call 911 now" whatever else the message says. */
  readonly callNow?: boolean;
  /** Its pattern's `unlessTold` group: a term of it asserted in the message voids the match. */
  readonly unless?: number;
}

type CompiledPattern =
  | {
      readonly near: readonly [number, number];
      /** A third group that must stand near the pair's second word. */
      readonly with: number | undefined;
      readonly window: number;
      readonly ordered: boolean;
      readonly acrossSentences: boolean;
      readonly sameClause: boolean;
      readonly callNow: boolean;
      readonly unless: number | undefined;
    }
  | {
      readonly set: number;
      readonly kind: 'terms' | 'whole' | 'askedNo';
      readonly unless?: number;
      readonly endsClause?: boolean;
    };

interface Modifier {
  readonly type: ModifierType;
  readonly crossesCommas: boolean;
  readonly crossesListCommas: boolean;
  readonly supposes: boolean;
  readonly crossesBreaks: boolean;
  readonly reachesListedQuestions: boolean;
  readonly resolution: boolean;
  /** Only for a symptom told in the past (a verdict of a check). */
  readonly pastOnly: boolean;
  /** A time alone, not a verdict (`timeOnly`): no reason for the second look to stay quiet. */
  readonly timeOnly: boolean;
  /** How many sentences after the finding's a resolution may stand (`acrossSentences`); 0 for its own only. */
  readonly acrossSentences: number;
  /** A time aside that opens the next sentence dates the finding before it (`opensNextSentence`). */
  readonly opensNextSentence: boolean;
  /** Dates in the past that must be said near the finding (`datedBy`); its sentence's past words then suffice. */
  readonly datedBySet: number | undefined;
  /** Only of a finding whose own words do not say "not" (see the schema). */
  readonly mildOnly: boolean;
  readonly concepts: ReadonlySet<string> | undefined;
  readonly exceptConcepts: ReadonlySet<string>;
  /** Words that, said as the writer's own, end this modifier's reach besides the terminators (`endsAtOwn`). */
  readonly endsAtOwnSet: number | undefined;
  /** Words that end this modifier's reach wherever they are said (`endsAt`). */
  readonly endsAtSet: number | undefined;
  /** Words that keep this modifier off a finding of their sentence (`undoneBy`). */
  readonly undoneBySet: number | undefined;
  /** Words that, said after the trigger, take it back (`undoneAfter`): a return told after an ending. */
  readonly undoneAfterSet: number | undefined;
  /** Words one of which must be said after the trigger (`answeredBy`): a screening question answered no. */
  readonly answeredBySet: number | undefined;
  readonly direction: 'forward' | 'backward' | 'both' | 'span';
  readonly window: number;
  readonly set: number;
}

/** Whether a modifier speaks of a concept: its `concepts` (all when none are listed), never its `exceptConcepts`. */
function reaches(m: Modifier, conceptId: string): boolean {
  return (m.concepts === undefined || m.concepts.has(conceptId)) && !m.exceptConcepts.has(conceptId);
}

export class Triage {
  private readonly index: TermIndex;
  private readonly ignore: IgnoredWords;
  private readonly spellings: ReadonlyMap<string, string>;
  private readonly concepts: ReadonlyArray<{
    readonly concept: Concept;
    readonly patterns: readonly CompiledPattern[];
    /**
     * The idioms that silence this concept ("dying to"; "pain medicine" for pain concepts only), each with the words
     * that keep it off its sentence (`undoneBy`: "I'd rather die than" is an idiom, not beside "live like this").
     */
    readonly idiomSets: ReadonlyArray<{ readonly set: number; readonly undoneBySet: number | undefined }>;
    /** `callNowWhen`'s group, compiled. */
    readonly callNowSet: number | undefined;
    /** `mayBeEmergencyWhen`'s group, compiled. */
    readonly mayBeEmergencySet: number | undefined;
    /** `mayBeEmergencyUnless`'s group, compiled. */
    readonly mayBeEmergencyUnlessSet: number | undefined;
  }>;
  private readonly modifiers: readonly Modifier[];
  private readonly currentSet: number;
  private readonly recurrenceSet: number;
  private readonly confirmedSet: number;
  private readonly listJoiners: ReadonlySet<string>;
  /** Tags that close a listed question ("…, right?", "…, ¿verdad?"). */
  private readonly listTags: ReadonlySet<string>;
  private readonly listChoices: ReadonlySet<string>;
  /** The sets of modifiers that say a sign is over (`resolution`, or a denial said after it): see `resolutionClause`. */
  private readonly resolutionSets: readonly number[];
  private readonly bodyPartPrepositions: ReadonlySet<string>;
  private readonly returnedSet: number;
  private readonly affirmedSet: number;
  private readonly alsoSet: number;
  private readonly asideTails: ReadonlySet<string>;
  private readonly pastSet: number;
  private readonly nowSet: number;
  private readonly presentSet: number;
  /** `wishNow`, compiled: a crisis told now after a time of the past ("…last year and I want to be with her"). */
  private readonly wishNowSet: number;
  private readonly todaySet: number;
  private readonly terminatorSet: number;
  private readonly pseudoSet: number;
  private readonly siteSet: number;
  private readonly answerDenials: ReadonlySet<string>;
  private readonly answerFillers: ReadonlySet<string>;
  /** `checkedOff`, its word lists as sets. */
  private readonly checkOff: Readonly<Record<'atEnd' | 'anywhere' | 'joins' | 'signs', ReadonlySet<string>>>;
  private readonly askWords: ReadonlySet<string>;
  private readonly askedAnswers: ReadonlySet<string>;
  private readonly abbreviations: ReadonlySet<string>;
  private readonly lineContinuers: ReadonlySet<string>;
  private readonly possessives: ReadonlySet<string>;
  private readonly personPossessives: ReadonlySet<string>;
  /** `emojiWords`, keyed as folded text reads them. */
  private readonly emojiWords: ReadonlyMap<string, string>;
  /** `clockWords`, as sets. */
  private readonly clockWords: { readonly before: ReadonlySet<string>; readonly next: ReadonlySet<string> };
  /** `scoreWords`, its `next` as a set. */
  private readonly scoreWords: ScoreWords;
  /** `ratioWords`' words: "175 sobre 100" is a slash reading. */
  private readonly ratioWords: readonly string[] | undefined;
  private readonly nameIntroductions: readonly (readonly string[])[];
  private readonly spanishHints: ReadonlySet<string>;
  private readonly englishHints: ReadonlySet<string>;
  private readonly englishAlsoSpanish: ReadonlySet<string>;
  private readonly interjections: ReadonlySet<string>;
  private readonly deniedNouns: ReadonlySet<string>;
  /** Words that deny what follows ("hasnt", "no"): a denied return is no return. */
  private readonly gapStops: ReadonlySet<string>;
  private readonly denialContinuers: ReadonlySet<string>;
  private readonly wholeFillers: ReadonlySet<string>;
  /** Cuts text typed without spaces into the words triage and spoken English know. */
  private readonly segmenter: Segmenter;
  /** `secondLookCallNow`'s group, compiled. */
  private readonly secondLookDangerSet: number | undefined;
  /** `secondLookQuiet`'s group, compiled. */
  private readonly quietSet: number | undefined;
  /** `secondLookAhead`'s group, compiled. */
  private readonly aheadSet: number | undefined;
  /** `secondLookPlace`, compiled: a place of danger lowers the second look's crisis bar, and its crisis is 911 now. */
  private readonly place: { readonly set: number; readonly crisis: number } | undefined;
  /** `secondLookRelief`'s group, compiled, and the thresholds it sets. */
  private readonly relief:
    | {
        readonly set: number;
        readonly scheduled: { readonly set: number; readonly voidedBy: readonly number[] } | undefined;
        /** Relief only when it is the whole message (see `secondLookRelief.alone`). */
        readonly alone: number | undefined;
        readonly thresholds: Readonly<Record<ModelTier, number>>;
      }
    | undefined;
  /** `secondLookBesideUrgent`, compiled. */
  private readonly besideUrgent: { readonly crisis: number; readonly voidedBy: readonly number[] } | undefined;

  constructor(
    data: TriageData,
    commonWords: ReadonlySet<string>,
    /** The statistical second look (`knowledge/triage-model.json`); concepts alone without it. */
    private readonly model?: TriageModel,
    /** Words most frequent first, for cutting text typed without spaces (`commonWords` without it). */
    segmentWords: () => Iterable<string> = () => commonWords,
    /** Spanish words the knowledge writes, never read as typos of English terms ("a mi edad" is not "dead"). */
    spanishWords: ReadonlySet<string> = new Set(),
  ) {
    this.ignore = ignoredWords(data);
    const spelt = new Map(Object.entries(data.spellings));
    const taken = new Set([...commonWords, ...data.spanishHints, ...data.englishHints, ...termWords(data)]);
    this.spellings = new Map([...spelt, ...soundAlikeSpellings(spanishTermWords(data), taken, spelt)]);
    const sets = new SetBuilder(data);
    this.modifiers = data.modifiers.map((m) => ({
      type: m.type,
      direction: m.direction,
      window: m.window,
      crossesCommas: m.crossesCommas ?? false,
      crossesListCommas: m.crossesListCommas ?? false,
      supposes: m.supposes ?? false,
      crossesBreaks: m.crossesBreaks ?? false,
      reachesListedQuestions: m.reachesListedQuestions ?? false,
      resolution: m.resolution ?? false,
      pastOnly: m.pastOnly ?? false,
      timeOnly: m.timeOnly ?? false,
      acrossSentences: m.acrossSentences ?? 0,
      opensNextSentence: m.opensNextSentence ?? false,
      datedBySet: m.datedBy === undefined ? undefined : sets.group(m.datedBy),
      mildOnly: m.mildOnly ?? false,
      concepts: m.concepts === undefined ? undefined : new Set(m.concepts),
      exceptConcepts: new Set(m.exceptConcepts),
      endsAtOwnSet: m.endsAtOwn === undefined ? undefined : sets.group(m.endsAtOwn),
      endsAtSet: m.endsAt === undefined ? undefined : sets.group(m.endsAt),
      undoneBySet: m.undoneBy === undefined ? undefined : sets.anyOf(m.undoneBy),
      undoneAfterSet: m.undoneAfter === undefined ? undefined : sets.anyOf(m.undoneAfter),
      answeredBySet: m.answeredBy === undefined ? undefined : sets.group(m.answeredBy),
      set: sets.terms(m.terms, false),
    }));
    const idioms = this.modifiers.filter((m) => m.type === 'idiom');
    this.concepts = data.concepts.map((concept) => ({
      concept,
      patterns: concept.patterns.map((p) => sets.pattern(p)),
      idiomSets: concept.ignores?.includes('idiom')
        ? []
        : idioms.filter((m) => reaches(m, concept.id)).map(({ set, undoneBySet }) => ({ set, undoneBySet })),
      callNowSet: concept.callNowWhen === undefined ? undefined : sets.group(concept.callNowWhen.near),
      mayBeEmergencySet: concept.mayBeEmergencyWhen === undefined ? undefined : sets.group(concept.mayBeEmergencyWhen),
      mayBeEmergencyUnlessSet:
        concept.mayBeEmergencyUnless === undefined ? undefined : sets.group(concept.mayBeEmergencyUnless),
    }));
    this.secondLookDangerSet = data.secondLookCallNow === undefined ? undefined : sets.group(data.secondLookCallNow);
    this.quietSet = data.secondLookQuiet === undefined ? undefined : sets.group(data.secondLookQuiet);
    this.aheadSet = data.secondLookAhead === undefined ? undefined : sets.group(data.secondLookAhead);
    this.place =
      data.secondLookPlace === undefined
        ? undefined
        : { set: sets.group(data.secondLookPlace.group), crisis: data.secondLookPlace.crisis };
    const relief = data.secondLookRelief;
    this.relief =
      relief === undefined
        ? undefined
        : {
            set: sets.group(relief.group),
            scheduled:
              relief.scheduled === undefined
                ? undefined
                : {
                    set: sets.group(relief.scheduled.group),
                    voidedBy: relief.scheduled.voidedBy.map((g) => sets.group(g)),
                  },
            alone: relief.alone === undefined ? undefined : sets.group(relief.alone),
            thresholds: relief.thresholds,
          };
    const besideUrgent = data.secondLookBesideUrgent;
    this.besideUrgent =
      besideUrgent === undefined
        ? undefined
        : { crisis: besideUrgent.crisis, voidedBy: besideUrgent.voidedBy.map((g) => sets.group(g)) };
    if (model !== undefined && besideUrgent !== undefined && besideUrgent.crisis < model.data.thresholds.crisis)
      throw new Error("Triage: secondLookBesideUrgent.crisis is below the model's own threshold");
    // Relief only raises the bar (`secondLook` reads it only once a usual threshold is passed).
    for (const [tier, bar] of Object.entries(relief?.thresholds ?? {}))
      if (model !== undefined && bar < model.data.thresholds[tier as ModelTier])
        throw new Error(`Triage: secondLookRelief.thresholds.${tier} is below the model's own threshold`);
    this.currentSet = sets.terms(data.current, false);
    this.recurrenceSet = sets.terms(data.recurrence, false);
    this.confirmedSet = sets.terms(data.confirmed, false);
    this.listJoiners = bothLanguages(data.listJoiners);
    this.listTags = bothLanguages(data.listTags);
    this.listChoices = bothLanguages(data.listChoices);
    this.resolutionSets = this.modifiers
      .filter((m) => m.resolution || (m.type === 'negated' && m.direction === 'backward'))
      .map((m) => m.set);
    this.bodyPartPrepositions = bothLanguages(data.bodyPartPrepositions);
    this.returnedSet = sets.terms(data.returned, false);
    this.affirmedSet = sets.terms(data.affirmedNow, false);
    this.alsoSet = sets.terms(data.alsoTold, false);
    this.asideTails = bothLanguages(data.asideTails);
    this.pastSet = sets.terms(data.pastTold, false);
    this.nowSet = sets.terms(data.nowTold, false);
    this.presentSet = sets.terms(data.presentTold, false);
    this.wishNowSet = sets.terms(data.wishNow, false);
    this.todaySet = sets.terms(data.todayTold, false);
    this.terminatorSet = sets.terms(data.terminators, false);
    this.pseudoSet = sets.terms(data.pseudo, false);
    this.siteSet = sets.terms(data.sites, false);
    this.answerDenials = bothLanguages(data.answerDenials);
    this.answerFillers = bothLanguages(data.answerFillers);
    const { atEnd, anywhere, joins, signs } = data.checkedOff;
    this.checkOff = {
      atEnd: bothLanguages(atEnd),
      anywhere: bothLanguages(anywhere),
      joins: bothLanguages(joins),
      signs: bothLanguages(signs),
    };
    this.askWords = bothLanguages(data.askWords);
    this.askedAnswers = new Set([...this.answerDenials, ...data.askedAnswers.en, ...data.askedAnswers.es]);
    this.abbreviations = bothLanguages(data.abbreviations);
    this.lineContinuers = bothLanguages(data.lineContinuers);
    this.possessives = new Set(data.possessives);
    this.personPossessives = new Set(data.personPossessives);
    this.emojiWords = emojiWords(data);
    this.clockWords = { before: new Set(data.clockWords.before), next: new Set(data.clockWords.next) };
    this.scoreWords = { between: data.scoreWords.between, next: new Set(data.scoreWords.next) };
    this.ratioWords = data.ratioWords?.between;
    this.nameIntroductions = [...data.nameIntroductions.en, ...data.nameIntroductions.es].map((intro) =>
      foldText(intro).split(' '),
    );
    this.index = new TermIndex(sets.all, {
      ignore: this.ignore,
      spellings: this.spellings,
      manyWords: new Set(data.manyWords),
      // Common English words and the Spanish hint words are read as themselves, never as typos ("pero" is not "percs").
      commonWords: new Set([...commonWords, ...data.spanishHints].filter((w) => w.length >= 4)),
      spanishWords,
      negativeWords: new Set(data.negativeWords),
      gapStops: new Set(data.gapStops),
      contractions: new Map(Object.entries(data.contractions)),
      beNot: data.beNot,
    });
    // Spanish hint words ("mi", "no", "que") rank with the most common English words, triage's own words ("duele",
    // "pecho") after the common ones, before rarer ones ("duel", "eel", "mima").
    this.segmenter = new Segmenter(() => {
      const english = [...segmentWords()];
      const common = commonWords.size;
      return [
        ...english.slice(0, SPANISH_HINTS_RANK),
        ...data.spanishHints,
        ...english.slice(SPANISH_HINTS_RANK, common),
        ...termWords(data),
        ...english.slice(common),
      ];
    });
    this.spanishHints = new Set(data.spanishHints);
    this.englishHints = new Set(data.englishHints);
    this.englishAlsoSpanish = new Set(data.englishHintsAlsoSpanish);
    this.interjections = new Set(data.interjections);
    this.deniedNouns = new Set(data.deniedNouns);
    this.gapStops = new Set(data.gapStops);
    this.denialContinuers = new Set(data.denialContinuers);
    this.wholeFillers = new Set(data.wholeFillers);
  }

  /** Whether the message is the phrase alone, but for words such as "please" or another cry. */
  private alone(o: Occurrence, tokens: readonly Token[]): boolean {
    return tokens.every((t, i) => (i >= o.start && i <= o.end) || this.wholeFillers.has(t.raw));
  }

  /** Whether `o` is the whole of a question answered no or barely, but for `askWords` ("can you wake him up? no"). */
  private askedAlone(o: Occurrence, tokens: readonly Token[], answered: ReadonlySet<number>): boolean {
    const sentence = tokens[o.start]!.sentence;
    return (
      answered.has(sentence) &&
      tokens.every((t, i) => t.sentence !== sentence || (i >= o.start && i <= o.end) || this.askWords.has(t.raw))
    );
  }

  /** Whether one of the two words before `o`, in its clause, denies it ("hasnt come back", "no ha vuelto"). */
  private deniedBefore(o: Occurrence, tokens: readonly Token[]): boolean {
    const clause = tokens[o.start]!.clause;
    return [o.start - 1, o.start - 2].some(
      (i) => i >= 0 && tokens[i]!.clause === clause && this.gapStops.has(tokens[i]!.raw),
    );
  }

  /** Whether `t` is one of `denialContinuers` with at most two words between it and a finding that says "not". */
  private continuesDenial(t: Occurrence, tokens: readonly Token[], negativeFindings: readonly Occurrence[]): boolean {
    if (t.start !== t.end || !this.denialContinuers.has(tokens[t.start]!.raw)) return false;
    return negativeFindings.some(
      (o) => o.end < t.start && t.start - o.end <= 3 && tokens[o.end]!.clause === tokens[t.start]!.clause,
    );
  }

  private interjection(tokens: readonly Token[], trigger: Occurrence): boolean {
    const next = tokens[trigger.end + 1];
    if (next !== undefined && next.clause === tokens[trigger.end]!.clause && this.deniedNouns.has(next.raw))
      return false;
    return trigger.start === trigger.end && this.interjections.has(tokens[trigger.start]!.raw);
  }

  /**
   * @param options.secondLook false leaves out the statistical second look: concepts alone decide (a form command
   * such as "no lo envíes, ya no quiero" at the summary; "ya no quiero vivir" is still a concept).
   * @param options.nameAsked the message answers a name question: if it is only a name (see onlyAName), its words
   * are read as themselves, never as typos of a term (form review 49: "Rosa Delia Martinez" got 911 for "delira").
   * A term typed exactly still counts.
   */
  assess(text: string, options: { readonly secondLook?: boolean; readonly nameAsked?: boolean } = {}): TriageResult {
    let spanish = 0;
    let english = 0;
    let englishOnly = 0;
    const stops: string[] = [];
    const tokens = triageTokens(text, this.ignore, this.spellings, {
      onWord: (w) => {
        if (this.spanishHints.has(w)) spanish++;
        else if (this.englishHints.has(w)) {
          english++;
          if (!this.englishAlsoSpanish.has(w)) englishOnly++;
        }
      },
      onStop: (stop) => stops.push(stop),
      abbreviations: this.abbreviations,
      lineContinuers: this.lineContinuers,
      segmenter: this.segmenter,
      nameIntroductions: this.nameIntroductions,
      allNames: options.nameAsked === true && this.onlyAName(text),
      possessives: this.possessives,
      personPossessives: this.personPossessives,
      emoji: this.emojiWords,
      clockWords: this.clockWords,
      scoreWords: this.scoreWords,
      ratioWords: this.ratioWords,
    });
    const found = this.index.find(tokens);
    const breaks = found[this.terminatorSet]!;
    // "it hasn't come back", "no ha regresado": a return that is denied says the symptom is still gone.
    const said = (o: Occurrence) => !this.deniedBefore(o, tokens);
    const answeredBarely = this.answered(tokens, stops, this.askedAnswers);
    // Each concept's matches first: a finding that says "not" itself ("no coge aire") is then no denial of another.
    let matched = this.concepts.flatMap((entry) => {
      // Most messages hold no word of most concepts: skip those before building any match.
      if (!entry.patterns.some((p) => mayMatch(p, found))) return [];
      const matches = entry.patterns.flatMap((p) => this.matches(p, found, tokens, answeredBarely));
      if (matches.length === 0) return [];
      const idioms = idiomsTold(entry.idiomSets, found, tokens);
      if (idioms.length === 0) return [{ entry, matches }];
      return [
        { entry, matches: matches.filter((m) => !m.parts.some((part) => idioms.some((i) => overlaps(i, part)))) },
      ];
    });
    // "my 2 yr old swallowed his heart pills": a concept that yields to another found here is that one (`yieldsTo`),
    // unless a word of its `unlessTold` is there at all, said or denied ("took the whole bottle twice, I feel fine" stays
    // an overdose).
    const foundIds = new Set(
      matched
        .filter(({ matches }) => matches.some((m) => m.unless === undefined || found[m.unless]!.length === 0))
        .map(({ entry }) => entry.concept.id),
    );
    matched = matched.filter(({ entry }) => !entry.concept.yieldsTo?.some((id) => foundIds.has(id)));
    // "I think about not waking up": words a crisis match holds are its own, not a person who cannot be woken.
    const crisisParts = matched.flatMap(({ entry, matches }) =>
      entry.concept.tier === 'crisis' ? matches.flatMap((m) => m.parts) : [],
    );
    if (crisisParts.length > 0)
      matched = matched.flatMap(({ entry, matches }) => {
        if (entry.concept.tier !== 'emergency') return [{ entry, matches }];
        const own = matches.filter((m) => !m.parts.every((p) => crisisParts.some((c) => overlaps(c, p))));
        return own.length === 0 && matches.length > 0 ? [] : [{ entry, matches: own }];
      });
    // "now they're strong again", "normal again": the "again" of a resolution says no symptom came back.
    // Gathered only when a current or return word was found: most messages hold none.
    let resolutions: readonly Occurrence[] | undefined;
    const inResolution = (o: Occurrence) =>
      (resolutions ??= this.modifiers.flatMap((m) => (m.type === 'negated' ? found[m.set]! : []))).some(
        (r) => r.end > r.start && o.start >= r.start && o.end <= r.end,
      );
    const scope: Scope = {
      answeredNo: this.answered(tokens, stops, this.answerDenials),
      answeredBarely,
      breaks,
      current: found[this.currentSet]!.filter((o) => said(o) && !inResolution(o)),
      returned: found[this.returnedSet]!.filter((o) => said(o) && !inResolution(o)),
      affirmed: found[this.affirmedSet]!,
      negativeFindings: matched.flatMap(({ matches }) => matches.flatMap((m) => m.parts.filter((p) => p.negative))),
      // An ending ("it stopped after I held pressure") is no sign told after another one's verdict.
      findingParts: matched.flatMap(({ entry, matches }) =>
        entry.concept.tellsAnEnding === true ? [] : matches.flatMap((m) => m.parts),
      ),
      questions: new Set(stops.flatMap((stop, k) => (stop.includes('?') ? [k] : []))),
    };
    const findings: ConceptFinding[] = [];
    let tier: TriageTier = 'none';
    let spanishAlarm = false;
    let asks = false;

    // Read once per message, and only for an asserted crisis match: most messages have none.
    let meansAtHand: boolean | undefined;
    const meansTold = () => (meansAtHand ??= this.dangerAnywhere(found, tokens, scope));
    for (const { entry, matches } of matched) {
      const { concept, callNowSet } = entry;
      if (matches.length === 0) {
        // Words read as an idiom ("kill me now, another form", "le voy a dar un infarto con mis chistes"): the second
        // look, which only sees the words, must not raise them again.
        if (concept.tier === 'crisis' || concept.tier === 'emergency')
          findings.push({ id: concept.id, tier: concept.tier, modifiers: ['idiom'], callNow: false });
        continue;
      }
      let best: readonly ModifierType[] | undefined;
      let danger = false;
      for (const match of matches) {
        // "This is goodbye, we're moving to Arizona": the everyday sense of the words, read as an idiom is.
        const mods: readonly ModifierType[] =
          match.unless !== undefined && this.told(match.unless, found, tokens, scope, () => false)
            ? ['idiom']
            : this.modifiersOf(match, concept, found, tokens, scope);
        if (mods.includes('hypothetical')) asks = true;
        if (best === undefined || mods.length < best.length) best = mods;
        if (mods.length === 0) {
          if (match.parts.some((p) => p.lang === 'es')) spanishAlarm = true;
          // Every asserted match may stand beside the danger ("i cut myself and i want to die").
          // A crisis told with the means at hand anywhere in it is danger now, as the second look reads it.
          danger =
            match.callNow === true ||
            (callNowSet !== undefined && this.dangerNear(match, concept, callNowSet, found, tokens, scope)) ||
            (concept.tier === 'crisis' && meansTold());
          if (callNowSet === undefined || danger) break;
        }
      }
      findings.push({
        id: concept.id,
        tier: concept.tier,
        modifiers: best!,
        callNow: concept.tier === 'emergency' || concept.callNow === true || danger,
      });
      if (concept.tier === 'info') asks = true;
      else if (best!.length === 0 && RANK[concept.tier] > rankOf(tier)) tier = concept.tier as TriageTier;
    }
    // "se me quitó la semana pasada y no ha vuelto": the writer says it is over, whatever words it used.
    const over = found[this.returnedSet]!.some((o) => !said(o));
    if (options.secondLook !== false) {
      const urgentParts =
        tier === 'urgent'
          ? matched.flatMap(({ entry, matches }) =>
              entry.concept.tier === 'urgent' ? matches.flatMap((m) => m.parts) : [],
            )
          : [];
      tier = this.secondLook(tokens, tier, findings, text, over, found, scope, urgentParts);
    }
    // Emergency words read only as an idiom ("gave him a heart attack lol") mention nothing.
    if (tier === 'none' && findings.some((f) => !(f.tier === 'emergency' && f.modifiers.includes('idiom'))))
      tier = 'mention';
    const language = spanishAlarm || spanish > english ? 'es' : 'en';
    return {
      tier,
      language,
      englishToo: language === 'es' && englishOnly > 0,
      spanishToo: language === 'en' && spanish > 0,
      languageSaid: spanishAlarm || spanish !== english,
      findings,
      asksAboutWarningSigns: asks,
    };
  }

  private matches(
    p: CompiledPattern,
    found: ReadonlyArray<readonly Occurrence[]>,
    tokens: readonly Token[],
    answeredBarely: ReadonlySet<number>,
  ): Match[] {
    if ('set' in p) {
      const { kind } = p;
      return found[p.set]!.filter((o) =>
        kind === 'terms'
          ? p.endsClause !== true || tokens[o.end + 1]?.clause !== tokens[o.end]!.clause
          : kind === 'whole'
            ? this.alone(o, tokens)
            : this.askedAlone(o, tokens, answeredBarely),
      ).map((o) => ({ parts: [o], anchor: o, askedNo: kind === 'askedNo', unless: p.unless }));
    }
    const pairs: Array<{ a: Occurrence; b: Occurrence; c?: Occurrence }> = [];
    const near = (a: Occurrence, b: Occurrence) => {
      const apart =
        (tokens[a.start]!.sentence !== tokens[b.start]!.sentence && !p.acrossSentences) ||
        (p.sameClause && tokens[a.start]!.clause !== tokens[b.start]!.clause);
      return !apart && (a.start > b.end ? a.start - b.end - 1 : b.start - a.end - 1) <= p.window;
    };
    for (const b of found[p.near[1]]!) {
      for (const a of found[p.near[0]]!) {
        if (overlaps(a, b) || (p.ordered && a.start > b.start) || !near(a, b)) continue;
        if (p.with === undefined) pairs.push({ a, b });
        else {
          const c = found[p.with]!.find((x) => !overlaps(x, a) && near(x, b));
          if (c !== undefined) pairs.push({ a, b, c });
        }
      }
    }
    // A word that has its partner in its own clause leaves one past a comma to a body part there: in "no tengo dolor
    // de pecho, solo me duele la espalda" the chest's pain is the denied "dolor"; "duele" is the back's.
    type Pair = (typeof pairs)[number];
    const home = (q: Pair) => tokens[q.a.start]!.clause === tokens[q.b.start]!.clause;
    const pairedAtHome = (x: Occurrence, side: 'a' | 'b') => pairs.some((q) => q[side] === x && home(q));
    const siteBeside = (x: Occurrence) =>
      found[this.siteSet]!.some((s) => tokens[s.start]!.clause === tokens[x.start]!.clause);
    // "feel a bit achy, no chest pain": a word before the comma is no partner of a site that has its own after it.
    const takenFromSite = (q: Pair) =>
      !home(q) &&
      ((pairedAtHome(q.a, 'a') && (siteBeside(q.b) || q.b.start < q.a.start)) ||
        (pairedAtHome(q.b, 'b') && siteBeside(q.a)));
    return pairs
      .filter((q) => !takenFromSite(q))
      .map(({ a, b, c }) => ({
        parts: c === undefined ? [a, b] : [a, b, c],
        anchor: b,
        callNow: p.callNow,
        unless: p.unless,
      }));
  }

  /**
   * A name alone: NAME_WORDS words at most and none of the language hint words ("my", "she", "no", "se", "ayuda"),
   * which a name does not use but a sentence does ("my husband colapsed" is read as usual, typos and all).
   */
  private onlyAName(text: string): boolean {
    const words = foldText(text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w !== '');
    return (
      words.length > 0 &&
      words.length <= NAME_WORDS &&
      !words.some((w) => this.spanishHints.has(w) || this.englishHints.has(w))
    );
  }

  /**
   * The model may raise the tier of a message in which no crisis or emergency concept was
   * found at all: a silenced one ("no chest pain") means ConText has read that message,
   * and an urgent one is not raised to 911 by word statistics alone. An emergency found is
   * read only by the danger-now look, which may add 988 to it (`dangerBeside`).
   */
  private secondLook(
    tokens: readonly Token[],
    tier: TriageTier,
    findings: ConceptFinding[],
    text: string,
    /** A return denied ("hasn't come back"): the second look raises no emergency or urgent symptom then. */
    over: boolean,
    found: ReadonlyArray<readonly Occurrence[]>,
    scope: Scope,
    /** The words of the urgent symptoms found ("las pastillas para el dolor ya no me hacen efecto"). */
    urgentParts: readonly Occurrence[],
  ): TriageTier {
    // A crisis the concepts read only as asked ahead ("what if I took the whole bottle tonight") leaves the words to the
    // second look: a question can carry a crisis ("…asking because I want it over with").
    if (this.model === undefined || findings.some((f) => f.tier === 'crisis' && !askedOnly(f))) return tier;
    // An emergency the concepts found is read further only for danger now beside it (below).
    if (findings.some((f) => f.tier === 'emergency') && tier !== 'emergency') return tier;
    // A message giving a phone number is a call-back request ("soy Francisco, mi teléfono es 832-555-0105,
    // quiero que me llamen…"): the second look learnt from no such messages and raised one to crisis. The
    // concepts still read it.
    if (phoneIn(text) !== undefined) return tier;
    // A story from the news or of a pet ("mi perro se comió unas pastillas"): whose story it is, words cannot say.
    if (this.told(this.quietSet, found, tokens, scope, () => false)) return tier;
    if (tier === 'emergency') return this.dangerBeside(tokens, tier, findings, found, scope);
    const p = this.model.probabilities(tokens);
    const base = this.model.data.thresholds;
    // Relief only ever raises the bar: read it only when a probability passes the usual one.
    const passes = (Object.keys(base) as ModelTier[]).some((tier) => p[tier] > base[tier]);
    const threshold = passes && this.toldRelief(found, tokens, scope) ? this.relief!.thresholds : base;
    let raised: ModelTier | undefined;
    // Read only when the probability would count there: most messages name no place and are far below the bar.
    const place = this.place;
    const atPlace =
      place !== undefined && p.crisis > place.crisis && this.told(place.set, found, tokens, scope, () => false);
    // Words an urgent symptom holds are that symptom, not despair ("ya no me hacen efecto" is the pills, not a life):
    // beside one, the crisis bar reads the other words ("no point anymore… the pain isn't getting better… I've made
    // my decision" stays a crisis).
    const crisis =
      tier === 'urgent' && p.crisis > threshold.crisis
        ? this.model.probabilities(tokens.filter((_, i) => !urgentParts.some((o) => i >= o.start && i <= o.end))).crisis
        : p.crisis;
    // The bar beside an urgent symptom is read only once the usual one is passed.
    if (
      (crisis > threshold.crisis && crisis > this.crisisBar(threshold.crisis, findings, found, tokens, scope)) ||
      atPlace
    )
      raised = 'crisis';
    else if (over || this.toldAsChecked(found, tokens)) return tier;
    else if (
      p.emergency > threshold.emergency &&
      !this.urgentStands(findings, found, tokens, scope) &&
      !this.signDenied(findings) &&
      !this.told(this.aheadSet, found, tokens, scope, () => false)
    )
      raised = 'emergency';
    else if (p.urgent > threshold.urgent && tier === 'none' && findings.length === 0) raised = 'urgent';
    // Someone about to act told by place and action alone ("parado en la orilla del puente mirando el agua"): the
    // danger-now look, read last and only where neither a concept nor the tiers' model raised anything (an urgent
    // symptom keeps its reply). Relief told ("ya me tomé la pastilla de las 8") leaves it unread.
    if (
      tier === 'none' &&
      raised === undefined &&
      this.model.danger?.says(tokens) === true &&
      !this.toldRelief(found, tokens, scope)
    ) {
      findings.push({ id: DANGER_NOW_ID, tier: 'crisis', modifiers: [], callNow: true });
      return 'crisis';
    }
    if (raised === undefined) return tier;
    const danger = raised === 'crisis' && (atPlace || this.dangerAnywhere(found, tokens, scope));
    findings.push({ id: secondLookId(raised), tier: raised, modifiers: [], callNow: raised === 'emergency' || danger });
    return raised === 'emergency' ? this.dangerBeside(tokens, raised, findings, found, scope) : raised;
  }

  /**
   * The second look's crisis bar: `secondLookBesideUrgent`'s when an urgent symptom found and asserted explains the
   * message and no word of its `voidedBy` groups is told; otherwise `bar`.
   */
  private crisisBar(
    bar: number,
    findings: readonly ConceptFinding[],
    found: ReadonlyArray<readonly Occurrence[]>,
    tokens: readonly Token[],
    scope: Scope,
  ): number {
    const beside = this.besideUrgent;
    if (beside === undefined || !findings.some((f) => f.tier === 'urgent' && f.modifiers.length === 0)) return bar;
    if (beside.voidedBy.some((set) => this.told(set, found, tokens, scope, () => false))) return bar;
    return Math.max(bar, beside.crisis);
  }

  /**
   * An emergency told beside someone acting right now ("closet door locked. belt. cant talk long", "kitchen floor
   * with the big knife"): 911 was already said, and the danger-now look adds 988. On the labelled emergencies it
   * read none of thousands (round 48), so a medical emergency keeps its own reply.
   */
  private dangerBeside(
    tokens: readonly Token[],
    tier: TriageTier,
    findings: ConceptFinding[],
    found: ReadonlyArray<readonly Occurrence[]>,
    scope: Scope,
  ): TriageTier {
    if (this.model?.danger?.says(tokens) !== true || this.toldRelief(found, tokens, scope)) return tier;
    findings.push({ id: DANGER_NOW_ID, tier: 'crisis', modifiers: [], callNow: true });
    return 'crisis';
  }

  /**
   * Whether the writer denied a sign ("didn't hit his head, no new pain, just a bruise on his arm"): ConText has read
   * the message, and word statistics alone raise no 911 beside a denial.
   */
  private signDenied(findings: readonly ConceptFinding[]): boolean {
    return findings.some((f) => f.modifiers.includes('negated'));
  }

  /**
   * Whether an urgent sign is asserted that keeps its own reply: word statistics alone raise no 911 beside it. A
   * `mayBeEmergency` sign stands too when its `mayBeEmergencyWhen` words are not told, or its `mayBeEmergencyUnless`
   * words are.
   */
  private urgentStands(
    findings: readonly ConceptFinding[],
    found: ReadonlyArray<readonly Occurrence[]>,
    tokens: readonly Token[],
    scope: Scope,
  ): boolean {
    return findings.some((f) => {
      if (f.tier !== 'urgent' || f.modifiers.length > 0) return false;
      const entry = this.concepts.find((c) => c.concept.id === f.id);
      if (entry?.concept.mayBeEmergency !== true) return true;
      const told = (set: number) => this.told(set, found, tokens, scope, () => false);
      return (
        (entry.mayBeEmergencySet !== undefined && !told(entry.mayBeEmergencySet)) ||
        (entry.mayBeEmergencyUnlessSet !== undefined && told(entry.mayBeEmergencyUnlessSet))
      );
    });
  }

  /**
   * A past event told with a verdict of a check, a long-standing cause or as someone else's story (the `pastOnly`
   * modifiers' words and a past word: "se cayó la semana pasada pero lo revisaron en urgencias y no tenía nada"):
   * the second look raises no emergency or urgent symptom from its words (review 63 got "call 911 now").
   */
  private toldAsChecked(found: ReadonlyArray<readonly Occurrence[]>, tokens: readonly Token[]): boolean {
    return (
      found[this.pastSet]!.length > 0 &&
      this.modifiers.some(
        (m) =>
          m.pastOnly &&
          !m.timeOnly &&
          found[m.set]!.length > 0 &&
          // A dated verdict ("stable", "in rehab") is one only beside a date that is not the procedure's.
          (m.datedBySet === undefined || this.eventDates(m, found, tokens).length > 0),
      )
    );
  }

  /**
   * The dates of a `datedBy` modifier said in the message, but those in a clause that names the procedure (its
   * `endsAt`): "la operaron el jueves" dates the operation, not the sign told beside it.
   */
  private eventDates(m: Modifier, found: ReadonlyArray<readonly Occurrence[]>, tokens: readonly Token[]): Occurrence[] {
    const procedure = m.endsAtSet === undefined ? [] : found[m.endsAtSet]!;
    return found[m.datedBySet!]!.filter(
      (o) => !procedure.some((p) => tokens[p.start]!.clause === tokens[o.start]!.clause),
    );
  }

  /**
   * Whether a `secondLookRelief` term is told as now ("ya no le duele"; not "no me siento mejor", "I was feeling
   * better", "ojalá se sienta mejor"). Relief is relief whoever has it: "él dice que está mejor" counts.
   */
  private toldRelief(found: ReadonlyArray<readonly Occurrence[]>, tokens: readonly Token[], scope: Scope): boolean {
    const relief = this.relief;
    if (relief === undefined) return false;
    const said = (set: number, allowed: (m: ModifierType) => boolean) => this.told(set, found, tokens, scope, allowed);
    if (said(relief.set, (m) => m === 'experiencer')) return true;
    if (relief.alone !== undefined && found[relief.alone]!.some((o) => this.alone(o, tokens))) return true;
    const { scheduled } = relief;
    return (
      scheduled !== undefined &&
      said(scheduled.set, () => false) &&
      !scheduled.voidedBy.some((set) => said(set, () => false))
    );
  }

  /** Whether an asserted `secondLookCallNow` term (the pills in hand, a gun) is anywhere in the message. */
  private dangerAnywhere(found: ReadonlyArray<readonly Occurrence[]>, tokens: readonly Token[], scope: Scope): boolean {
    return this.told(this.secondLookDangerSet, found, tokens, scope, () => false);
  }

  /** Whether a term of `set` stands in the message with no modifier but those `allowed`. */
  private told(
    set: number | undefined,
    found: ReadonlyArray<readonly Occurrence[]>,
    tokens: readonly Token[],
    scope: Scope,
    allowed: (modifier: ModifierType) => boolean,
  ): boolean {
    if (set === undefined) return false;
    return found[set]!.some((o) =>
      this.modifiersOf({ parts: [o], anchor: o }, MODEL_CRISIS, found, tokens, scope).every(allowed),
    );
  }

  /** Whether a resolution's words ("fine now", "stable", "sent him home") are said in the clause of `o`. */
  private resolutionClause(
    o: Occurrence,
    found: ReadonlyArray<readonly Occurrence[]>,
    tokens: readonly Token[],
  ): boolean {
    const clause = tokens[o.start]!.clause;
    return this.resolutionSets.some((set) =>
      found[set]!.some((r) => r.start !== o.start && tokens[r.start]!.clause === clause),
    );
  }

  /**
   * Whether a term of `set` (a plan, a time, the means at hand) stands within the concept's `callNowWhen`
   * window of its asserted match and is itself asserted: "I don't have a plan" is no immediate danger.
   */
  private dangerNear(
    match: Match,
    concept: Concept,
    set: number,
    found: ReadonlyArray<readonly Occurrence[]>,
    tokens: readonly Token[],
    scope: Scope,
  ): boolean {
    const window = concept.callNowWhen!.window;
    const first = Math.min(...match.parts.map((p) => p.start));
    const last = Math.max(...match.parts.map((p) => p.end));
    // In a pair of terms, a danger term inside one of them is that term ("going to" beside "kill myself"); one that
    // says more is not ("ya tengo la cuerda" around the means "cuerda"). A single term holding one ("tengo la pistola
    // en la mano", "im on the bridge" typed alone) says the danger itself.
    const paired = match.parts.length > 1;
    // "my client said today she thinks about it… I'm with her now": a time inside an idiom of this concept tells when
    // it was said or who is with them, not when it will happen.
    const idioms = idiomsTold(this.concepts.find((c) => c.concept === concept)?.idiomSets ?? [], found, tokens);
    return found[set]!.some(
      (o) =>
        !idioms.some((i) => overlaps(i, o)) &&
        !(paired && match.parts.some((p) => p.start <= o.start && o.end <= p.end)) &&
        (o.start > last ? o.start - last - 1 : o.end < first ? first - o.end - 1 : 0) <= window &&
        this.modifiersOf({ parts: [o], anchor: o }, concept, found, tokens, scope).length === 0,
    );
  }

  /** The modifiers whose scope reaches the match's finding. */
  private modifiersOf(
    match: Match,
    concept: Concept,
    found: ReadonlyArray<readonly Occurrence[]>,
    tokens: readonly Token[],
    scope: Scope,
  ): ModifierType[] {
    const { answeredNo, breaks, current, returned, affirmed, negativeFindings, findingParts, questions } = scope;
    const { anchor } = match;
    const sentence = tokens[anchor.start]!.sentence;
    // "again", "right now": a past event is happening now, when said of it (same clause).
    const isCurrent =
      current.some((c) => tokens[c.start]!.clause === tokens[anchor.start]!.clause) ||
      // A pseudo-trigger blocks a return too: "ojalá esta vez no me pase" hopes, it tells nothing happening again.
      found[this.recurrenceSet]!.some(
        (r) => r.start > anchor.end && !found[this.pseudoSet]!.some((p) => overlaps(p, r)),
      );
    // "the leaflet said to watch for X. That's exactly what he has now": a later, asserted confirmation.
    const confirmed = () =>
      found[this.confirmedSet]!.some(
        (c) =>
          c.start > anchor.end &&
          tokens[c.start]!.clause > tokens[anchor.end]!.clause &&
          // "he doesn't have it now": a denial that shares a word with the confirmation ("doesnt have").
          !this.modifiers.some((m) => m.type === 'negated' && found[m.set]!.some((t) => overlaps(t, c))) &&
          this.modifiersOf({ parts: [c], anchor: c }, concept, found, tokens, scope).length === 0,
      );
    // "it went away, but now it's back": a resolved symptom that came back is current (same sentence).
    // ("right now she feels fine" says it is gone now: only words of a return count here.)
    const cameBack = returned.some((c) => tokens[c.start]!.sentence === sentence);
    // A modifier that crosses a "but" ("chest pain but they said it was reflux") still stops at another finding
    // ("my leg is numb but the chest pain went away" says nothing of the leg).
    const between = (list: readonly Occurrence[], from: number, to: number) =>
      list.some((b) => b.start > from && b.end < to);
    // "numbness in my legs", "can't control my bladder": a body part after a preposition or a sign's word is that
    // sign's, not a new report ("call 911 for chest pain and my chest hurts").
    const inSign = (at: number): boolean => {
      const before = tokens[at - 1];
      if (before === undefined || before.clause !== tokens[at]!.clause) return false;
      return (
        this.bodyPartPrepositions.has(before.raw) || findingParts.some((f) => f.start <= at - 1 && at - 1 <= f.end)
      );
    };
    const open = (from: number, to: number, m: Modifier): boolean =>
      tokens[from]!.sentence === tokens[to]!.sentence &&
      (m.crossesCommas ||
        tokens[from]!.clause === tokens[to]!.clause ||
        (m.crossesListCommas && listRun(from, to, m))) &&
      // "what if he suddenly can't feel his legs": a break word right after a supposition's trigger and its subject is
      // part of what is supposed, not a turn to what happens now ("I was fine, suddenly I can't breathe").
      // A dated event's other signs are that event's ("had chest pain Tuesday, ambulance, 2 stents"): see `dated`.
      !(m.crossesBreaks
        ? m.datedBySet === undefined && between(otherFindings(), from, to)
        : between(breaks, m.supposes ? from + SUPPOSED_BREAK : from, to)) &&
      (m.endsAtOwnSet === undefined ||
        !between(
          found[m.endsAtOwnSet]!.filter((o) => tokens[o.start]!.own === true && !inSign(o.start)),
          from,
          to,
        )) &&
      (m.endsAtSet === undefined ||
        toldInPastBefore() ||
        // "call 911 if I have chest pain": a self-report right after a supposition's trigger is what is supposed, and so
        // is one a list offers as another choice ("llame al 911 si tiene dolor de pecho o no puede mover las piernas").
        !found[m.endsAtSet]!.some(
          (b) =>
            b.start > (m.supposes ? from + SUPPOSED_BREAK : from) &&
            b.start <= to &&
            !(m.crossesListCommas && this.listChoices.has(tokens[b.start - 1]?.raw ?? '')),
        ));
    // "I had chest pain after the procedure last year": a symptom its own clause tells in the past keeps the time.
    const toldInPastBefore = () =>
      found[this.pastSet]!.some(
        (o) => o.start < anchor.start && tokens[o.start]!.clause === tokens[anchor.start]!.clause,
      );
    // "chest felt tight, couldn't breathe, …, everything was normal": a finding in a later clause that is itself told in
    // the past is part of the event the verdict ends; one told now ("my leg is numb but the chest pain went away") is not.
    const inClauseOf = (set: number, clause: number) => found[set]!.some((o) => tokens[o.start]!.clause === clause);
    const toldPastThere = (f: Occurrence) => {
      const clause = tokens[f.start]!.clause;
      return (
        inClauseOf(this.pastSet, clause) &&
        !inClauseOf(this.nowSet, clause) &&
        !inClauseOf(this.presentSet, clause) &&
        !inClauseOf(this.todaySet, clause)
      );
    };
    const wishedBetween = (from: number, to: number) =>
      found[this.wishNowSet]!.some(
        (o) => o.start > from && o.end < to && tokens[o.start]!.sentence === tokens[to]!.sentence,
      );
    // "I had surgery years ago, my legs are numb": the finding's own clause is told in the present.
    let anchorPresent: boolean | undefined;
    const toldPresentHere = () => (anchorPresent ??= inClauseOf(this.presentSet, tokens[anchor.start]!.clause));
    const otherFindings = () =>
      findingParts.filter(
        (f) =>
          !match.parts.some((p) => overlaps(p, f)) &&
          !(tokens[f.start]!.clause > tokens[anchor.end]!.clause && toldPastThere(f)),
      );
    // "I had chest pain last month": the symptom's own clause tells it in the past, and nothing in it before the
    // verdict tells it now ("…dijo q era la anestesia y ya se me quitó desde el martes": "desde" is after it).
    // A past word may open the verdict itself ("el dolor de pecho era gastritis").
    const inClause = (set: number, until: number) =>
      found[set]!.some((o) => o.start <= until && tokens[o.start]!.clause === tokens[anchor.start]!.clause);
    // A word of now in the symptom's clause up to `until`; "this morning" after a past word is that event's time.
    const sameClause = (o: Occurrence) => tokens[o.start]!.clause === tokens[anchor.start]!.clause;
    const toldNow = (until: number) =>
      inClause(this.nowSet, until) ||
      found[this.todaySet]!.some(
        (o) =>
          o.start <= until && sameClause(o) && !found[this.pastSet]!.some((p) => p.start < o.start && sameClause(p)),
      );
    // Said before the symptom (someone else's story: "mi vecina dice que a ella le dio falta de aire"), a past word
    // between the two: "my sister had it done and said she can't breathe" tells a breathing trouble now.
    const toldInPast = (verdict: Occurrence, type: ModifierType) => {
      if (verdict.start < anchor.start)
        return (
          found[this.pastSet]!.some(
            (o) =>
              o.start > verdict.end &&
              o.start <= anchor.start &&
              tokens[o.start]!.clause === tokens[anchor.start]!.clause,
          ) && !toldNow(anchor.start - 1)
        );
      // "…chest pain from his anxiety and still is": a word of now after a past cause keeps the symptom current (a
      // verdict's "still" asks about the procedure: "doc said fine, can he still have it").
      // The "now" of a resolution's own clause ("…hes totally fine now", "hes stable in the hospital now") is not one.
      const nowAfter =
        type === 'historical' &&
        [...found[this.nowSet]!, ...found[this.todaySet]!].some(
          (o) =>
            o.start > verdict.end &&
            tokens[o.start]!.sentence === tokens[anchor.start]!.sentence &&
            !this.resolutionClause(o, found, tokens),
        );
      return inClause(this.pastSet, verdict.start) && !toldNow(verdict.start - 1) && !nowAfter;
    };
    // "watch for fever, leg numbness or chest pain": each clause entered is only signs and the words joining them.
    const listRun = (from: number, to: number, m: Modifier): boolean => {
      // "the nurse said if I get chest pain, numb legs or trouble breathing I should call 911": the answer a modifier
      // needs (`answeredBy`) closes the list's last clause.
      const closers = m.answeredBySet === undefined ? NO_OCCURRENCES : found[m.answeredBySet]!;
      for (let k = from + 1; k <= to; k++) {
        if (tokens[k]!.clause === tokens[k - 1]!.clause) continue;
        const clause = tokens[k]!.clause;
        // "…watch for chest pain, his lips are blue": a clause that opens with someone's body is told, not listed.
        if (tokens[k]!.own === true || tokens[k]!.held === true) return false;
        for (let j = k; j < tokens.length && tokens[j]!.clause === clause; j++) {
          if (j > to && closers.some((c) => c.start === j)) break;
          if (!this.listJoiners.has(tokens[j]!.raw) && !findingParts.some((f) => f.start <= j && j <= f.end))
            return false;
        }
      }
      return true;
    };
    // "I had a heart attack once, years ago": a clause that is only a time phrase speaks of the clause before it.
    const timeAside = (t: Occurrence) => {
      const clause = tokens[t.start]!.clause;
      return (
        clause === tokens[anchor.end]!.clause + 1 &&
        tokens[t.start]!.sentence === sentence &&
        tokens[t.start - 1]?.clause !== clause &&
        tokens[t.end + 1]?.clause !== clause
      );
    };
    // "My legs went numb. It went away. Now they're numb again": a return told after a resolution in a later sentence
    // or the one after undoes it, as one in the finding's own sentence does (not one asked about, nor "back to normal").
    const toldAfter = (t: Occurrence) =>
      returned.some(
        (o) =>
          o.start > t.end &&
          tokens[o.start]!.sentence - tokens[t.start]!.sentence <= 1 &&
          !questions.has(tokens[o.start]!.sentence) &&
          !this.resolutionSets.some((set) => found[set]!.some((r) => overlaps(r, o))),
      );
    // "My dad had a seizure. In 1998.": the words open their sentence and fill their clause (but for `asideTails`: "But
    // that was before the procedure though"), and nothing after them in it tells a sign, now or another time ("He fell.
    // Years ago, she had a brain bleed", "He passed out. Last year, too"); a return after it is `toldAfter`'s.
    const asideOpening = (t: Occurrence) => {
      const aside = tokens[t.start]!.sentence;
      const after = (o: Occurrence) => o.start > t.end && tokens[o.start]!.sentence === aside;
      let start = t.start;
      let end = t.end;
      while (tokens[start - 1]?.sentence === aside && this.asideTails.has(tokens[start - 1]!.raw)) start--;
      while (tokens[end + 1]?.clause === tokens[t.end]!.clause && this.asideTails.has(tokens[end + 1]!.raw)) end++;
      return (
        tokens[start - 1]?.sentence !== aside &&
        tokens[end + 1]?.clause !== tokens[t.end]!.clause &&
        ![findingParts, found[this.alsoSet]!, current].some((set) => set.some(after))
      );
    };
    // "mom fell down the stairs last week, hit her head, blood everywhere. The CT was fine": a date in the past (not the
    // procedure's) said in the finding's sentence or the one before, or in the verdict itself ("that was in May"), and
    // the finding's sentence told in the past.
    const dated = (m: Modifier, verdict: Occurrence) => {
      const dates = this.eventDates(m, found, tokens);
      const inVerdict = dates.some((o) => o.start >= verdict.start && o.end <= verdict.end);
      const inSentence = (o: Occurrence) => tokens[o.start]!.sentence === sentence;
      const near = inVerdict || dates.some((o) => inSentence(o) || tokens[o.start]!.sentence === sentence - 1);
      const past =
        (inVerdict ||
          dates.some(inSentence) ||
          found[this.pastSet]!.some((o) => o.start < anchor.start && inSentence(o))) &&
        !toldNow(anchor.start - 1) &&
        !toldPresentHere();
      return near && (past || toldInPast(verdict, 'historical'));
    };
    const types = new Set<ModifierType>();
    for (const m of this.modifiers) {
      if (m.direction === 'span' || types.has(m.type) || concept.ignores?.includes(m.type)) continue;
      if (!reaches(m, concept.id)) continue;
      if (m.type === 'historical' && isCurrent) continue;
      if (m.type === 'hypothetical' && found[m.set]!.length > 0 && confirmed()) continue;
      // A `mild` reading is undone only by a worse sign said, not by one denied ("not numb, just pins and needles").
      const worse = (o: Occurrence) => m.type !== 'mild' || !this.deniedBefore(o, tokens);
      if (saidInSentence(found, tokens, m.undoneBySet, sentence, worse)) continue;
      // "se me quitó … pero ya volvió", "…but that was years ago, now it's back": a return undoes what said it was over.
      if (cameBack && (m.resolution || (m.type === 'negated' && m.direction === 'backward'))) continue;
      // "I never had chest pain before the procedure and now I do": a denial or a time before, said before the words
      // of now.
      if (
        (m.type === 'negated' || m.type === 'historical') &&
        affirmed.some((a) => a.start > anchor.end && tokens[a.start]!.sentence === sentence)
      )
        continue;
      // "chest pain right now, the doctor said it was fine last week": a verdict said past a break is another time's.
      if (isCurrent && m.type === 'negated' && m.crossesBreaks) continue;
      for (const t of found[m.set]!) {
        if (match.parts.some((p) => t.start >= p.start && t.end <= p.end)) continue;
        // A pseudo-trigger blocks a modifier it overlaps, unless the modifier's term holds it whole: "never mind" is
        // no negation, "never mind my last message about" takes that message back.
        if (found[this.pseudoSet]!.some((p) => overlaps(t, p) && !(t.start <= p.start && t.end >= p.end))) continue;
        // A verdict that names the finding as its cause ("le dijeron que era el azúcar baja") speaks of it whenever told.
        const holds = t.start <= anchor.start && t.end >= anchor.end;
        if (m.undoneAfterSet !== undefined && found[m.undoneAfterSet]!.some((r) => r.start > t.end && worse(r)))
          continue;
        // The answer covers the words asked about: "asked if I was ok and I said no, I want to die" answers no
        // question of dying.
        if (m.answeredBySet !== undefined && !found[m.answeredBySet]!.some((r) => r.start > anchor.end)) continue;
        if (m.pastOnly && !holds && !(m.datedBySet === undefined ? toldInPast(t, m.type) : dated(m, t))) continue;
        if (m.mildOnly && match.parts.some((p) => p.negative)) continue;
        // "No he can't breathe": "no" before words that already say "not" is an interjection.
        if (m.type === 'negated' && match.parts.some((p) => p.negative) && this.interjection(tokens, t)) continue;
        // "no coge aire y el pecho apretado": the "no" of another finding ("can't breathe") denies nothing else.
        if (m.type === 'negated' && insideNegativeFinding(t, negativeFindings)) continue;
        // "no quiere comer ni tomar agua desde ayer": "ni" right after a finding that says "not" goes on with it.
        if (m.type === 'negated' && this.continuesDenial(t, tokens, negativeFindings)) continue;
        if (tokens[t.start]!.sentence !== sentence) {
          if (m.reachesListedQuestions && this.listedQuestion(t, anchor, tokens, questions, isCurrent, findingParts)) {
            types.add(m.type);
            break;
          }
          // "…had a seizure Saturday. … they discharged her": the ending of a past event, told sentences later (a
          // `pastOnly` modifier got here only for a finding told in the past: see above; the load check refuses
          // `acrossSentences` without `pastOnly`).
          const later = tokens[t.start]!.sentence - sentence;
          if (later > 0 && later <= m.acrossSentences && !toldAfter(t)) {
            types.add(m.type);
            break;
          }
          if (
            m.opensNextSentence &&
            later === 1 &&
            asideOpening(t) &&
            !toldAfter(t) &&
            !toldNow(anchor.end) &&
            !toldPresentHere()
          ) {
            types.add(m.type);
            break;
          }
          continue;
        }
        // "since her stroke" holds the finding it speaks of.
        if (m.type !== 'idiom' && t.start <= anchor.start && t.end >= anchor.end) {
          types.add(m.type);
          break;
        }
        const window = m.type === 'negated' ? Math.min(m.window, concept.negationWindow ?? m.window) : m.window;
        // "call 911 if you get numb legs, chest pain, trouble breathing or a drooping face": a list of signs alone stays
        // in the trigger's scope to its end.
        const reach =
          anchor.start - t.end - 1 <= window ||
          (m.crossesListCommas &&
            anchor.start - t.end - 1 <= LIST_REACH &&
            tokens[t.end]!.clause !== tokens[anchor.start]!.clause &&
            listRun(t.end, anchor.start, m));
        // A time reaches a later clause only if that clause is not told in the present.
        const ahead =
          t.end < anchor.start &&
          reach &&
          open(t.end, anchor.start, m) &&
          !(m.type === 'historical' && tokens[t.end]!.clause !== tokens[anchor.start]!.clause && toldPresentHere()) &&
          // "my wife died last year and I want to be with her": a wish told now after the time is not that time's.
          !(m.type === 'historical' && concept.tier === 'crisis' && wishedBetween(t.end, anchor.start));
        const behind =
          t.start > anchor.end &&
          t.start - anchor.end - 1 <= window &&
          (open(anchor.end, t.start, m) || (m.type === 'historical' && timeAside(t)));
        if ((m.direction !== 'backward' && ahead) || (m.direction !== 'forward' && behind)) {
          types.add(m.type);
          break;
        }
      }
    }
    // "shortness of breath? nope.": the writer asked it and said no.
    if (answeredNo.has(sentence) && match.askedNo !== true && !concept.ignores?.includes('negated'))
      types.add('negated');
    if (!concept.ignores?.includes('negated') && this.checkedOff(match, tokens, scope)) types.add('negated');
    return [...types];
  }

  /**
   * "numbness in legs nope bleeding nope fever no so im doing good": a sign with a denial right after it in its clause
   * is one ticked off a list, when the denial ends the clause or a `checkedOff.joins` word follows, or is one that
   * never stands before a noun ("nope") and another sign or a `checkedOff.signs` word follows. Never a sign that says
   * "not" itself ("cant feel my legs no"), a denial that is part of a sign ("me duele el pecho no puedo respirar"), or
   * a tag question ("le duele el pecho no?").
   */
  private checkedOff(match: Match, tokens: readonly Token[], scope: Scope): boolean {
    if (match.parts.some((p) => p.negative)) return false;
    const at = Math.max(...match.parts.map((p) => p.end)) + 1;
    const denial = tokens[at];
    if (denial === undefined || denial.clause !== tokens[at - 1]!.clause) return false;
    const anywhere = this.checkOff.anywhere.has(denial.raw);
    if (!anywhere && !this.checkOff.atEnd.has(denial.raw)) return false;
    if (scope.findingParts.some((f) => f.start <= at && at <= f.end)) return false;
    const next = tokens[at + 1];
    if (next === undefined || next.sentence !== denial.sentence) return !scope.questions.has(denial.sentence);
    if (next.clause !== denial.clause || this.checkOff.joins.has(next.raw)) return true;
    return anywhere && (this.checkOff.signs.has(next.raw) || scope.findingParts.some((f) => f.start === at + 1));
  }

  /**
   * "what are the warning signs? chest pain? numbness?": the anchor's sentence is a question of at most three words,
   * or one that only lists signs ("dolor de pecho, falta de aire, debilidad en las piernas verdad?": sign words, the
   * `listJoiners` that say no one's body and `listTags`), not said to be happening now, and every sentence from the
   * modifier's to it is a question.
   */
  private listedQuestion(
    t: Occurrence,
    anchor: Occurrence,
    tokens: readonly Token[],
    questions: ReadonlySet<number>,
    isCurrent: boolean,
    findingParts: readonly Occurrence[],
  ): boolean {
    const from = tokens[t.start]!.sentence;
    const to = tokens[anchor.start]!.sentence;
    if (isCurrent || to < from) return false;
    const asked = tokens.map((k, i) => ({ k, i })).filter(({ k }) => k.sentence === to);
    const onlySigns = asked.every(
      ({ k, i }) =>
        k.own !== true &&
        k.held !== true &&
        (findingParts.some((f) => f.start <= i && i <= f.end) ||
          this.listTags.has(k.raw) ||
          (this.listJoiners.has(k.raw) && !this.askWords.has(k.raw) && !this.answerFillers.has(k.raw))),
    );
    if (asked.length > 3 && !onlySigns) return false;
    for (let k = from; k <= to; k++) if (!questions.has(k)) return false;
    return true;
  }

  /**
   * Sentences that end with "?" and are answered "no" by the whole next one, which holds only `words` and
   * `answerFillers`, and at least one of `words` ("chest pain? no, none.", "¿falta de aire? tampoco.", "I don't have
   * any"). "no idea, it's crushing" and "no, crushing pressure" say more than no, so the symptom stays; "I think so"
   * and "he is" say no "no" at all.
   */
  private answered(
    tokens: readonly Token[],
    stops: readonly string[],
    words: ReadonlySet<string>,
  ): ReadonlySet<number> {
    const fillers = this.answerFillers;
    // "Fever? 98.6.": a normal temperature answers no (review 89 got the care team's advice).
    const denies = (t: Token) => (words.has(t.raw) && !fillers.has(t.raw)) || normalTemperature(t);
    const asked = new Set<number>();
    stops.forEach((stop, k) => {
      if (!stop.includes('?')) return;
      const answer = tokens.filter((t) => t.sentence === k + 1);
      if (answer.every((t) => denies(t) || fillers.has(t.raw)) && answer.some(denies)) asked.add(k);
    });
    return asked;
  }
}

/** A body temperature below a fever (°F or °C), as a thermometer shows it: "98.6", "36.8". */
function normalTemperature(token: Token): boolean {
  const value = Number(token.word);
  return token.isNumber && ((value >= 95 && value < 100.4) || (value >= 35 && value < 38 && token.word.includes('.')));
}

/** Every word of triage's own lists (terms, hints, spellings), not its prose (`about`, sources, labels). */
function termWords(data: TriageData): string[] {
  const words: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (key === 'about' || key === 'sources' || key === 'label') return;
    if (typeof value === 'string') {
      for (const w of value.split(' ')) if (!w.startsWith('@') && !w.startsWith('#')) words.push(w);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        // A spelling's own key is a word as typed ("cannot"); so is what it reads as.
        if (key === 'spellings') words.push(k);
        walk(v, k);
      }
  };
  walk(data, '');
  return words;
}

/** Whether a term of `set` (an `undoneBy` group) stands in sentence number `sentence`. */
function saidInSentence(
  found: ReadonlyArray<readonly Occurrence[]>,
  tokens: readonly Token[],
  set: number | undefined,
  sentence: number,
  counts: (o: Occurrence) => boolean = () => true,
): boolean {
  return set !== undefined && found[set]!.some((u) => tokens[u.start]!.sentence === sentence && counts(u));
}

/** The words of triage's Spanish lists (each `es` list of terms and groups). */
function spanishTermWords(data: TriageData): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown, spanish: boolean): void => {
    if (typeof value === 'string') {
      if (spanish) for (const w of value.split(' ')) if (!w.startsWith('@') && !w.startsWith('#')) words.add(w);
    } else if (Array.isArray(value)) for (const v of value) walk(v, spanish);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'about' && k !== 'sources') walk(v, spanish || k === 'es');
  };
  walk(data, false);
  return words;
}

/** Where Spanish hint words rank among spoken-English words when text typed without spaces is cut. */
const SPANISH_HINTS_RANK = 1000;

/** The concept a second-look crisis stands for when its danger terms are read for modifiers. */
const MODEL_CRISIS: Concept = { id: 'model-crisis', tier: 'crisis', label: 'model', sources: ['model'], patterns: [] };

/** Numbers every list of terms the index must find: groups once each, then concept and modifier lists. */
class SetBuilder {
  readonly all: TermSet[] = [];
  private readonly groups = new Map<string, number>();

  constructor(private readonly data: TriageData) {}

  pattern(p: Pattern): CompiledPattern {
    const unless = 'unlessTold' in p && p.unlessTold !== undefined ? this.anyOf(p.unlessTold) : undefined;
    if ('near' in p)
      return {
        near: [this.group(p.near[0]!), this.group(p.near[1]!)],
        with: p.with === undefined ? undefined : this.group(p.with),
        window: p.window,
        ordered: p.ordered ?? false,
        acrossSentences: p.acrossSentences ?? false,
        sameClause: p.sameClause ?? false,
        callNow: p.callNow ?? false,
        unless,
      };
    if ('whole' in p) return { set: this.terms(p.whole, false), kind: 'whole' };
    if ('askedNo' in p) return { set: this.terms(p.askedNo, true, true), kind: 'askedNo' };
    return { set: this.terms(p.terms, true, true), kind: 'terms', unless, endsClause: p.endsClause ?? false };
  }

  terms(
    terms: { readonly en: readonly string[]; readonly es: readonly string[] },
    typos: boolean,
    standalone = false,
  ): number {
    const list = [...terms.en.flatMap((t) => this.expand(t, 'en')), ...terms.es.flatMap((t) => this.expand(t, 'es'))];
    return this.all.push({ terms: list, typos, standalone }) - 1;
  }

  /** A group ('@name') or a number class ('#fever'), compiled once however many patterns use it. */
  group(ref: string): number {
    let id = this.groups.get(ref);
    if (id === undefined) {
      id =
        this.all.push({
          terms: ref.startsWith('#') ? [{ text: ref, lang: 'en' }] : this.expand(ref, 'en'),
          typos: true,
        }) - 1;
      this.groups.set(ref, id);
    }
    return id;
  }

  /** One group, or several read as one (`unlessTold` or `undoneBy` naming a list), compiled once per list. */
  anyOf(refs: string | readonly string[]): number {
    if (typeof refs === 'string') return this.group(refs);
    const key = refs.join(' ');
    let id = this.groups.get(key);
    if (id === undefined) {
      id = this.all.push({ terms: refs.flatMap((r) => this.expand(r, 'en')), typos: true }) - 1;
      this.groups.set(key, id);
    }
    return id;
  }

  private expand(term: string, lang: Lang): Array<{ text: string; lang: Lang }> {
    return expandTerm(this.data, term, lang);
  }
}

/** A finding whose only modifier is `hypothetical`. */
function askedOnly(finding: ConceptFinding): boolean {
  return finding.modifiers.length === 1 && finding.modifiers[0] === 'hypothetical';
}

/** Whether `t` lies inside a longer part of a finding that says "not" itself ("no puede respirar"). */
function insideNegativeFinding(t: Occurrence, negativeFindings: readonly Occurrence[]): boolean {
  return negativeFindings.some((o) => o.start <= t.start && t.end <= o.end && o.end - o.start > t.end - t.start);
}

/** Whether the words a pattern needs were all found; when not, `matches` can only be empty. */
function mayMatch(p: CompiledPattern, found: ReadonlyArray<readonly Occurrence[]>): boolean {
  if ('set' in p) return found[p.set]!.length > 0;
  return (
    found[p.near[0]]!.length > 0 && found[p.near[1]]!.length > 0 && (p.with === undefined || found[p.with]!.length > 0)
  );
}

/** The idioms of a concept told in the message, but for those its `undoneBy` words take back in their sentence. */
function idiomsTold(
  idiomSets: ReadonlyArray<{ readonly set: number; readonly undoneBySet: number | undefined }>,
  found: ReadonlyArray<readonly Occurrence[]>,
  tokens: readonly Token[],
): Occurrence[] {
  return idiomSets.flatMap(({ set, undoneBySet }) =>
    found[set]!.filter((i) => !saidInSentence(found, tokens, undoneBySet, tokens[i.start]!.sentence)),
  );
}

function overlaps(a: Occurrence, b: Occurrence): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function rankOf(tier: TriageTier): number {
  return tier === 'crisis' || tier === 'emergency' || tier === 'urgent' ? RANK[tier] : 0;
}

/** The words of a list given in both languages, as one set: triage reads either language in any message. */
function bothLanguages(words: { readonly en: readonly string[]; readonly es: readonly string[] }): ReadonlySet<string> {
  return new Set([...words.en, ...words.es]);
}
