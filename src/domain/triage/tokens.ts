import { ASCII_APOSTROPHES, ASCII_STRETCHED, isAscii, STRETCHED, stem } from '../normalize.js';
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
  /** Given as a name ("soy Elena Vargas", "me llamo carla"): read as itself, never as a typo of a term. */
  readonly name?: boolean;
  /** Said right after a first-person possessive ("my dad", "mi abuela"): the writer's own, not "the grandma" of a film. */
  readonly own?: boolean;
  /** Said right after another person's possessive ("his lips", "su cara"): someone's, told about. */
  readonly held?: boolean;
  /** One number of a reading with a slash ("70/40", "8/10"): a blood pressure or a score, never a temperature. */
  readonly ratio?: boolean;
  /** The first number of a slash reading ("80/50"): a blood pressure's top number, when it is one. */
  readonly systolic?: boolean;
  /** A time of day ("at 8", "a las 8", "8am", "9:15"): a schedule, never a count of pills. */
  readonly clock?: boolean;
  /** A number of a score out of 10 ("8 out of 10", "un 8 de 10"): how bad the pain is, never a count of pills. */
  readonly score?: boolean;
}

const APOSTROPHES = /['’‘`´]/g;
const COMBINING_MARKS = /\p{M}+/gu;
/**
 * A number (with a decimal part), a word, a sentence end, or a comma, colon or semicolon ("riesgos: embolia,
 * parálisis" lists; "…after she fainted; she's stable now" goes on about the same thing).
 */
const PIECES = /(\d+(?:[.,]\d+)?)|(\p{L}[\p{L}\p{N}]*)|([.!?\n]+)|([,:;])/gu;
/** What parts the words of a text, for telling which words it has. */
const NOT_WORD = /[^\p{L}\p{N}]+/u;
/** "1) can I shower 2) the bandage is soaked": a numbered list's items are separate sentences. */
const LIST_MARKER = /(^|\s)\d{1,2}\)\s/g;
const DATE_COMMA = /\b(\d{1,2}),\s*((?:19|20)\d{2})\b/g;
/** After a number: "am", "p.m.", ":15". */
const CLOCK_AFTER = /^\s?(?:[ap]\.?m\b|:\d\d)/u;
const NEXT_WORD = /^\s*(\p{L}+)/u;

/** Lower case without accents or apostrophes, stretched letters cut to two: "Está" and "esta", "can't" and "cant", "helppp" and "help" read alike. */
export function foldText(text: string): string {
  if (isAscii(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, '').replace(ASCII_STRETCHED, '$1');
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

/** `emojiWords` of `knowledge/triage.json`, keyed as `foldText` reads them (it drops the emoji variation selector). */
export function emojiWords(data: {
  readonly emojiWords: Readonly<Record<string, string>>;
}): ReadonlyMap<string, string> {
  return new Map(Object.entries(data.emojiWords).map(([emoji, word]) => [foldText(emoji), word]));
}

/** How `triageTokens` reads a message beyond its words; every part is optional. */
export interface TokenReading {
  /** Sees every word, ignored ones too (for telling the language). */
  readonly onWord?: (word: string) => void;
  /** Sees the punctuation that ends each sentence, in order ("?" asks: "chest pain? no, none"). */
  readonly onStop?: (stop: string) => void;
  /** Words whose "." ends no sentence: "Dr. Patel said it was muscle" goes on about what came before. */
  readonly abbreviations?: ReadonlySet<string>;
  /**
   * Words that carry a sentence on over a line break ("i want to die⏎of embarrassment lol", "se desmayó⏎en la
   * novela"): a break between a word and one of them is a space, as phones wrap one thought over several lines.
   */
  readonly lineContinuers?: ReadonlySet<string>;
  /** Cuts a long run typed without spaces into words ("nopuedorespirar"); none leaves runs as they are. */
  readonly segmenter?: Segmenter;
  /** Words after which a word is a name ("me llamo", "soy"), each as its folded words. */
  readonly nameIntroductions?: readonly (readonly string[])[];
  /** The message answers a name question: every word is a name, read as itself ("Delia" is no typo of "delira"). */
  readonly allNames?: boolean;
  /** First-person possessives ("my", "mi"): the word after one is marked `own`. */
  readonly possessives?: ReadonlySet<string>;
  /** Another person's possessives ("his", "su"): the word after one is marked `held`. */
  readonly personPossessives?: ReadonlySet<string>;
  /** Emoji read as a word ("😂" as "lol"), keyed as `foldText` reads them. */
  readonly emoji?: ReadonlyMap<string, string>;
  /**
   * A number after one of `before` ("at 8", "las 8") is a time of day when the next word is one of `next`, a stop or
   * nothing; after any other word it is a count ("me tomé las 10 pastillas"). Without it only "8am" and "9:15" are.
   */
  readonly clockWords?: { readonly before: ReadonlySet<string>; readonly next: ReadonlySet<string> };
  /**
   * "8 out of 10", "un 8 de 10": a number of 0 to 10, a word of `between` and 10 make a score when a word of `next`, a
   * stop or nothing follows; any other word makes them counts ("took 8 of 10 pills").
   */
  readonly scoreWords?: ScoreWords;
  /**
   * "175 over 100", "175 sobre 100": a word that joins the two numbers of a blood pressure reading as the slash does,
   * when the first is 60 or more and the second lower and 30 or more (so "8 sobre 10" stays a score).
   */
  readonly ratioWords?: readonly string[];
}

export interface ScoreWords {
  readonly between: readonly string[];
  readonly next: ReadonlySet<string>;
}

/** Words of `text` in order, leaving out `ignore` (possessives and articles) entirely. */
export function triageTokens(
  text: string,
  ignore: IgnoredWords,
  spellings: ReadonlyMap<string, string> = NO_SPELLINGS,
  {
    onWord,
    onStop,
    abbreviations = NO_WORDS,
    lineContinuers = NO_WORDS,
    segmenter,
    nameIntroductions = [],
    allNames = false,
    possessives = NO_WORDS,
    personPossessives = NO_WORDS,
    emoji = NO_SPELLINGS,
    clockWords,
    scoreWords,
    ratioWords,
  }: TokenReading = {},
): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  // "March 3, 2019": the comma of a date parts no clause.
  // Each pattern needs its ")" or ",": most texts have neither (tens of thousands of terms are read at start-up).
  let folded = foldText(text);
  if (folded.includes(')')) folded = folded.replace(LIST_MARKER, '$1. ');
  if (folded.includes(',')) folded = folded.replace(DATE_COMMA, '$1 $2');
  // Emoji are outside ASCII: a message typed in it (most are) is never searched for them.
  if (emoji.size > 0 && !isAscii(folded))
    for (const [e, word] of emoji) if (folded.includes(e)) folded = folded.replaceAll(e, ` ${word} `);
  // A phrase is tried only when each of its plain words is a word of the text ("a podido" needs "podido").
  const written = folded.split(NOT_WORD);
  const phrases = phrasesIn(written, spellings);
  // Most texts start no phrase: they need no set of their words.
  const present = phrases.length > 0 ? new Set(written) : undefined;
  for (const { phrase, words, pattern } of phrases)
    if (words.every((w) => present!.has(w))) folded = folded.replace(pattern, spellings.get(phrase)!);
  if (ratioWords !== undefined && ratioWords.some((w) => folded.includes(w)))
    folded = slashReadings(folded, ratioWords);
  let last = '';
  const scores = scoreWords === undefined ? undefined : scoreNumbers(folded, scoreWords);
  const pieces = piecesOf(folded);
  // Read only once a name was introduced: most messages introduce none.
  let titled: ReadonlySet<string> | undefined;
  /** The words before the current one, as written (ignored words too), for the name introductions. */
  const before: string[] = [];
  const introduced = () => nameIntroductions.some((intro) => intro.every((w, k) => before.at(k - intro.length) === w));
  let naming = false;
  let owned = false;
  let heldBy = false;
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
    if (stop !== undefined && /^\n+$/u.test(stop) && last !== '' && lineContinuers.has(pieces[at + 1]?.[2] ?? ''))
      continue;
    last = word ?? '';
    // A number, a comma or a stop ends a name, and parts a possessive from what follows.
    if (word === undefined) naming = owned = heldBy = false;
    if (num !== undefined) {
      const end = m.index + num.length;
      const systolic = /^\/\d/u.test(folded.slice(end, end + 2));
      const ratio = systolic || /\d\/$/u.test(folded.slice(0, m.index));
      const next = NEXT_WORD.exec(folded.slice(end))?.[1];
      const clock =
        /^\d{1,2}$/u.test(num) &&
        Number(num) <= 12 &&
        (CLOCK_AFTER.test(folded.slice(end)) ||
          (clockWords !== undefined &&
            clockWords.before.has(before.at(-1) ?? '') &&
            (next === undefined || clockWords.next.has(next))));
      const score = scores?.has(m.index) === true;
      const reading = {
        ...(ratio && { ratio }),
        ...(systolic && { systolic }),
        ...(clock && { clock }),
        ...(score && { score }),
      };
      tokens.push({ word: num.replace(',', '.'), raw: num, sentence, clause, isNumber: true, ...reading });
    } else if (word !== undefined) {
      // The word after an introduction, and the capitalised words that follow it ("soy Elena Vargas", "soy carla").
      const name: boolean = allNames || introduced() || (naming && (titled ??= titleCased(text)).has(word));
      naming = name;
      before.push(word);
      for (const piece of (!spellings.has(word) && segmenter?.split(word)) || [word]) {
        onWord?.(piece);
        // A spelling may stand for several words: "chestpain" is "chest pain".
        const spelling = spellings.get(piece);
        for (const spelt of spelling === undefined ? [piece] : spelling.split(' ')) {
          if (!ignore.has(spelt) || endsClause(spelt, at)) {
            const own = owned;
            const held = heldBy;
            tokens.push({
              word: stem(spelt),
              raw: spelt,
              sentence,
              clause,
              isNumber: false,
              ...(name && { name }),
              ...(own && { own }),
              ...(held && { held }),
            });
          }
          owned = possessives.has(spelt);
          heldBy = personPossessives.has(spelt);
        }
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

/**
 * Every match of PIECES in `folded`, as `matchAll` finds them but without its copy of the pattern and its iterator:
 * triage reads tens of thousands of term texts at start-up, and every message.
 */
function piecesOf(folded: string): RegExpExecArray[] {
  const pieces: RegExpExecArray[] = [];
  PIECES.lastIndex = 0;
  for (let m = PIECES.exec(folded); m !== null; m = PIECES.exec(folded)) pieces.push(m);
  return pieces;
}

const NO_SPELLINGS: ReadonlyMap<string, string> = new Map();
const WRITTEN_WORDS = /\p{L}[\p{L}\p{M}'’]*/gu;
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/**
 * Words written with a capital and then small letters ("Vargas"), folded: after a name introduction ("soy Elena
 * Vargas") they go on with the name. Elsewhere a capital says nothing: "Dad is Unresponsve" stresses the symptom.
 */
function titleCased(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const [word] of text.matchAll(WRITTEN_WORDS)) if (TITLE_CASE.test(word)) words.add(foldText(word));
  return words;
}
const NO_WORDS: ReadonlySet<string> = new Set();

const scorePatterns = new WeakMap<ScoreWords, RegExp>();

const ratioPatterns = new WeakMap<readonly string[], RegExp>();

/** "175 sobre 100" written as "175/100", so the reading is read as a slash reading is. */
function slashReadings(folded: string, ratioWords: readonly string[]): string {
  let pattern = ratioPatterns.get(ratioWords);
  if (pattern === undefined) {
    const between = ratioWords.map((w) => w.replace(/ /g, '\\s+')).join('|');
    pattern = new RegExp(`(?<![\\d.,])(\\d{2,3})\\s+(?:${between})\\s+(\\d{2,3})(?![\\d.,]*\\d)`, 'gu');
    ratioPatterns.set(ratioWords, pattern);
  }
  return folded.replace(pattern, (whole, top: string, bottom: string) =>
    Number(top) >= 60 && Number(bottom) >= 30 && Number(bottom) < Number(top) ? `${top}/${bottom}` : whole,
  );
}

/** Where the numbers of each score out of 10 start in `folded` (see `ScoreWords`); none in most messages. */
function scoreNumbers(folded: string, scoreWords: ScoreWords): ReadonlySet<number> | undefined {
  if (!folded.includes('10')) return undefined;
  let pattern = scorePatterns.get(scoreWords);
  if (pattern === undefined) {
    const between = scoreWords.between.map((w) => w.replace(/ /g, '\\s+')).join('|');
    pattern = new RegExp(`(?<![\\d.,])(\\d{1,2})(\\s*(?:${between})\\s*)10(?![\\d.,]*\\d)`, 'gu');
    scorePatterns.set(scoreWords, pattern);
  }
  const at = new Set<number>();
  for (const m of folded.matchAll(pattern)) {
    const end = m.index + m[0].length;
    const next = NEXT_WORD.exec(folded.slice(end))?.[1];
    if (Number(m[1]) > 10 || (next !== undefined && !scoreWords.next.has(next))) continue;
    at.add(m.index).add(m.index + m[1]!.length + m[2]!.length);
  }
  return at;
}

interface PhrasePattern {
  readonly phrase: string;
  /**
   * The phrase's words that are letters and digits only: text without one of them cannot
   * match, so the pattern is not run (most messages hold none of these phrases).
   */
  readonly words: readonly string[];
  readonly pattern: RegExp;
}

/** A map's phrases by their first plain word, and those with none; compiled once per map. */
interface PhraseIndex {
  readonly byWord: ReadonlyMap<string, readonly PhrasePattern[]>;
  readonly always: readonly PhrasePattern[];
  /** Each phrase's place in the map: phrases are applied in it, as one rewrite may feed another. */
  readonly order: ReadonlyMap<PhrasePattern, number>;
}

const compiled = new WeakMap<ReadonlyMap<string, string>, PhraseIndex>();

/** Spellings of several words ("not able to" is "cant") whose first plain word is among `words`, in map order. */
function phrasesIn(words: Iterable<string>, spellings: ReadonlyMap<string, string>): readonly PhrasePattern[] {
  const index = compiled.get(spellings) ?? indexPhrases(spellings);
  const found = new Set(index.always);
  for (const word of words) for (const phrase of index.byWord.get(word) ?? []) found.add(phrase);
  return found.size < 2 ? [...found] : [...found].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

function indexPhrases(spellings: ReadonlyMap<string, string>): PhraseIndex {
  const byWord = new Map<string, PhrasePattern[]>();
  const always: PhrasePattern[] = [];
  const order = new Map<PhrasePattern, number>();
  for (const phrase of spellings.keys()) {
    if (!phrase.includes(' ')) continue;
    const words = phrase.split(' ').filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
    const pattern = { phrase, words, pattern: new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'g') };
    order.set(pattern, order.size);
    if (words.length === 0) always.push(pattern);
    else byWord.set(words[0]!, [...(byWord.get(words[0]!) ?? []), pattern]);
  }
  const index = { byWord, always, order };
  compiled.set(spellings, index);
  return index;
}

/**
 * Number classes a term may use: '#many', '#year', '#fever', '#level', '#lowsugar' (a blood sugar under 70),
 * '#lowoxygen' (an oxygen saturation of 92% or less, when UK NHS advice says A&E or 999 now [GPD]), '#fairoxygen'
 * (93-94%, when the same advice says to call the doctor: a same-day call [GPD]), '#lowbp' (the top number of a slash
 * reading under 90, "80/50": low blood pressure, read beside a sign of it such as dizziness), '#highbp'
 * (a slash reading of 180 or more on top or 120 or more below, "200/110": the American Heart Association's hypertensive
 * crisis line [AHAHBP]), '#fastpulse' (101-250, a resting pulse over 100: "pulse 110 all day"), '#slowpulse'
 * (25-50, "el pulso me marca 50"; both read beside a pulse word, never a slash reading or a time) [DCUPAL, MYHB],
 * '#highsugar' (a blood sugar of 300 or more, "sugar 350 all day", "in the 300s": a very high reading, when diabetes
 * advice says to call the doctor if it stays there [MSDM, YALEBG]; read beside a sugar word, never a slash reading),
 * '#raisedbp' (a slash reading of 160-179 on top or 100-119 below, "175/100": very high, a same-day call when it stays
 * there on a second reading [WMDBP]), '#highinr' (an INR of 4 to 20, "inr 4.5": over every usual target range, a dose
 * change for the team that manages the blood thinner [CUHINR]; read beside an INR word, never a slash reading or a time),
 * '#clock' (a time of day, "at 8", "a las 8", "9am": a dose told on its schedule),
 * '#temperature' (a `#fever` number written with one decimal, "101.2", "38.6": a thermometer's reading told bare).
 */
export const NUMBER_CLASSES = [
  'many',
  'year',
  'fever',
  'level',
  'lowsugar',
  'lowoxygen',
  'fairoxygen',
  'lowbp',
  'highbp',
  'raisedbp',
  'highinr',
  'fastpulse',
  'slowpulse',
  'highsugar',
  'clock',
  'temperature',
] as const;
export type NumberClass = (typeof NUMBER_CLASSES)[number];
/** "#fever" in a term: a number class, as the schema and the index read it. */
export const NUMBER_CLASS_REF = new RegExp(`#(${NUMBER_CLASSES.join('|')})\\b`, 'g');

export function inClass(token: Token, cls: NumberClass, manyWords: ReadonlySet<string>): boolean {
  if (cls === 'level') return /^[tlcs]\d{1,2}$/.test(token.raw);
  if (!token.isNumber) return cls === 'many' && manyWords.has(token.raw);
  if (cls === 'clock') return token.clock === true;
  // "me tomé el tylenol a las 12" took one at noon, not twelve; "pain pills… 8 out of 10" is no handful of pills.
  if ((token.clock === true || token.score === true) && cls === 'many') return false;
  // "la presión me marca 70/40" is no fever of 40 °C.
  if (token.ratio === true && cls === 'fever') return false;
  const value = Number(token.word);
  if (cls === 'many') return Number.isInteger(value) && value >= 5 && value <= 1000;
  if (cls === 'year') return /^\d{4}$/.test(token.word) && value >= 1900 && value <= 2099;
  if (cls === 'lowsugar') return value >= 10 && value < 70;
  // 50-92: a pulse oximeter's low reading, not "sats 95" nor "oxygen 2 liters".
  if (cls === 'lowoxygen') return value >= 50 && value <= 92;
  if (cls === 'fairoxygen') return value >= 93 && value <= 94;
  if (cls === 'lowbp') return token.systolic === true && value >= 50 && value < 90;
  // A pulse or a sugar is a number told on its own: not half of "120/80", a time or a pain score.
  const bare = token.ratio !== true && token.clock !== true && token.score !== true;
  if (cls === 'fastpulse' || cls === 'slowpulse') {
    if (!bare || !Number.isInteger(value)) return false;
    return cls === 'fastpulse' ? value >= 101 && value <= 250 : value >= 25 && value <= 50;
  }
  if (cls === 'highsugar') return bare && value >= 300 && value <= 1000;
  if (cls === 'highinr') return bare && value >= 4 && value <= 20;
  if (cls === 'raisedbp')
    return token.systolic === true ? value >= 160 && value < 180 : token.ratio === true && value >= 100 && value < 120;
  if (cls === 'highbp')
    return token.systolic === true
      ? value >= 180 && value <= 300
      : token.ratio === true && value >= 120 && value <= 200;
  const fever = (value >= 100.4 && value <= 107) || (value >= 38 && value <= 42.5);
  // "38.4 this afternoon": one decimal is a thermometer; "$100.50" and "tiene 38 años" are not.
  if (cls === 'temperature') return fever && /^\d{2,3}\.\d$/.test(token.word);
  return fever;
}
