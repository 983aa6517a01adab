import {
  emailSuggestion,
  formatPhone,
  isSkip,
  leadInStripper,
  MAX_MESSAGE_LENGTH,
  optionalField,
  type Parsed,
  parseEmail,
  parseMessage,
  parseName,
  properCase,
  parsePhone,
  timeParser,
} from './contactFields.js';
import {
  alternation,
  type Correction,
  correctionFinder,
  detailsFinder,
  EMAIL_ENDING,
  emailIn,
  phoneIn,
  foldText,
  numberChosenLater,
  onePhoneIn,
  choiceOfTwo,
  eitherOfTwo,
  phoneInRegion,
  otherPhoneIn,
  type PhoneWords,
  phoneWords,
  withoutPhoneAndEmail,
} from './contactCorrections.js';
import type { ContactFile, ContactTexts } from './knowledge.js';
import type { CountryCode } from 'libphonenumber-js';
import { nicknameReader } from './nicknames.js';
import { editDistance, normalizeText } from './normalize.js';
import { languageName } from './languageName.js';
import { type NamesGiven, RelativeNames } from './relativeNames.js';

export const FIELDS = ['name', 'phone', 'email', 'preferredTime', 'message'] as const;
export type Field = (typeof FIELDS)[number];

/** The question the form is asking when a message comes. */
/** The questions the form asks: 'patient' is whose call it is, asked of relatives right after their own name. */
export type FormStep = Field | 'patient' | 'consent' | 'confirm' | 'field';

/** What the form has collected; the reader fills and changes it. */
export interface FormDetails {
  /** Asked for in Spanish ("llámenme"): the questions and replies are in Spanish. */
  spanish?: boolean;
  /** The call should be in Spanish though the form is not ("she only speaks Spanish", answers in Spanish). */
  callInSpanish?: boolean;
  /** The person said which language the call should be in: answers typed later in the other language do not change it. */
  callLanguageChosen?: boolean;
  /** A call language the form is not in ("she only speaks Vietnamese": 'vi'); the team arranges an interpreter. */
  callLanguage?: string;
  /** The caller's name: whom the team asks for. */
  name?: string;
  /** Whom the call is about when a relative asks for it ("her name is Margaret Olson, I'm her daughter Karen"). */
  patientName?: string;
  /** The call is about a relative ("about my husband"): the patient's name is asked once after the caller's. */
  aboutRelative?: boolean;
  /** The patient was asked for, or said to be nobody else ("it's for me"): not asked again. */
  patientAsked?: boolean;
  /** The topic named a relative with no name ("it's about my husband"): the patient question was asked after it. */
  patientAfterTopic?: boolean;
  /** A phone was typed at the patient question: the patient's name may come one question late, at the email's. */
  patientPending?: boolean;
  /** The digits of a phone number typed so far in pieces ("713", then "555"): joined with the next piece. */
  phonePiece?: string;
  /** A topic from the opening that names nothing to talk about ("about the procedure"): kept if the question is skipped. */
  vagueTopic?: string;
  /**
   * An address typed at the email question whose domain looked mistyped ("gmail.con"), asked about: kept as typed
   * when the next answer is another detail, respelt when it names the domain ("it's gmail not gmial").
   */
  emailQuestioned?: string;
  phone?: string;
  email?: string | null;
  preferredTime?: string;
  message?: string | null;
  /** Words typed beside the phone number on how to reach the person ("ask for Maria"): added to the topic. */
  callNote?: string;
  /** A message that gave two phone numbers without saying which: the next short answer may name one ("the cell"). */
  twoNumbers?: string;
  /** The number a correction replaced: "no, keep the first one" puts it back (form review 59 kept the new one). */
  replacedPhone?: string;
  /** While a detail is being changed from the summary: its old value, kept if the new one never comes. */
  changing?: { field: Field; value: string | null };
}

/** "no, keep the first one, the 713 number. my cell has bad signal at home": a sentence or two at most. */
const MAX_PHONE_BACK_WORDS = 16;

/** Details taken from a message typed at another question: what to log and what to say. */
export interface Taken {
  readonly event: 'contact.corrected' | 'contact.removed' | 'contact.severalDetails';
  readonly fields: ReadonlyArray<Field | 'patientName'>;
  readonly text: string;
  /** The part of the message that answers the question asked, when another part changed a detail beside it. */
  readonly answer?: string;
}

/** Two to four words with capitals ("Maricel Dela Cruz"), as people write a name. */
const CAPITALISED_NAME = /(?<!\p{L})\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}/u;

/** "Thank you, I've changed your {field} to {value}." */
function correctedText(t: ContactTexts, fieldName: string, value: string): string {
  return t.corrected.replace('{field}', fieldName).replace('{value}', value);
}

/** "Thank you: we will call {name} about {patientName}." */
function calledInsteadText(t: ContactTexts, name: string, patientName: string): string {
  return t.calledInstead.replace('{name}', name).replace('{patientName}', patientName);
}

/** "mejor después de las 4" at the topic question: a short correction of the time, not a topic. */
const MAX_TIME_CORRECTION_WORDS = 9;
/** Two to four capitalised words, then "I" or a word in lower case: a name that a sentence goes on after. */
const CAPITALISED_RUN = /^((?:(?!I\s)\p{Lu}[\p{L}'’-]*\s+){1,3}(?!I\s)\p{Lu}[\p{L}'’-]*)(?=\s+(?:I\s|\p{Ll}))/u;
/** "no email dont use it": a few words after declining the email say no more than that. */
const MAX_WORDS_AFTER_NO_EMAIL = 3;
/** A name spelt out letter by letter after a comma or a space ("Reed, R-E-E-D", "Ann Lee, A N N"). */
const SPELT_OUT = /[,\s]+\p{L}(?:[-. ]\p{L}){2,}\.?(?=$|[,.;\s])/gu;
/** Words before a call-language request at the topic question that make it a topic too. */
const MIN_TOPIC_WORDS = 3;
/** A respelt name word this short may differ from the name's word by one letter only. */
const SHORT_RESPELT_WORD = 4;

/** "sorry 0194 al final": four digits after a cue are the last digits only in a message this short. */
const MAX_LAST_DIGITS_WORDS = 6;

/** The share of common English words above which a message is written in English. */
/** Words an answer to the email question may hold around the one address in it ("ok fine, ann@aol.com"). */
const EMAIL_ANSWER_WORDS = 6;
const ENGLISH_SHARE = 0.6;

/** A longer message that names a language is about something else ("my mother only speaks Spanish and…"). */
const MAX_LANGUAGE_REQUEST_WORDS = 16;
/** "no, en español por favor": the form's own language asked for again, in a message about nothing else. */
const MAX_REPEATED_LANGUAGE_WORDS = 5;

/**
 * "it's George" said of "Goerge Alvarez": a one-word correction replaces the word it is closest to (two letters
 * or fewer apart); otherwise the whole name.
 */
function oneNameChanged(old: string, value: string): string {
  const words = old.split(/\s+/);
  if (value.split(/\s+/).length !== 1 || words.length < 2) return value;
  const at = words.findIndex((w) => editDistance(normalizeText(w), normalizeText(value), 2) <= 2);
  return at < 0 ? value : words.map((w, i) => (i === at ? value : w)).join(' ');
}

/** The questions whose answers may also come in a message typed at another question. */
const FILLED_AHEAD: ReadonlySet<FormStep> = new Set(['name', 'patient', 'phone', 'email']);

/**
 * How the call-back form reads what people type, framework-free: each question's answer, and
 * what a message says beyond the question asked (a correction of an earlier detail, several
 * details at once, details in the message that asked for the call, a change of language).
 * The dialog decides when to ask; this decides what was said. Words come from `contact.json`.
 */
export class ContactReader {
  readonly parseName: (s: string) => Parsed<string>;
  readonly parsePhone: (s: string) => Parsed<string>;
  readonly parseTime: (s: string) => Parsed<string>;
  readonly parseOptionalEmail: (s: string) => Parsed<string | null>;
  readonly parseOptionalTime: (s: string) => Parsed<string | null>;
  readonly parseOptionalMessage: (s: string) => Parsed<string | null>;
  private readonly spanishTexts: ContactTexts;
  private readonly findCorrection: (s: string, namingIsEnough?: boolean) => Correction | undefined;
  private readonly findDetails: ReturnType<typeof detailsFinder>;
  private readonly inRequestAfter: readonly string[];
  private readonly timeWords: ReadonlySet<string>;
  /** "don't want to be called", "no quiero que me llamen": a refusal of the call that a time may follow. */
  private readonly notCalledLeadIns: readonly string[];
  /** " al" left at the end of a piece whose phone number was taken out ("soy Guillermo Castillo al 713…"). */
  private readonly beforePhone: RegExp;
  /** Time words that need another beside them to name a time ("any" calls, "after" the procedure). */
  private readonly weakTimeWords: ReadonlySet<string>;
  /** "no, the email is right" (`corrections.keeps`): an address asked about is kept as typed. */
  private readonly emailKeeps: readonly string[];
  /** One-word "no" answers of the permission question (`consentWords.no`): "no" to "Did you mean…?" too. */
  private readonly noWords: ReadonlySet<string>;
  /** "room 412": a place's number, which names no time. */
  private readonly placeNumber: RegExp;
  /** "not", "nunca": before a time, when not to call (`timeAnswers.negations`). */
  private readonly timeNegations: ReadonlyArray<readonly string[]>;
  /** "with a C", "con una sola n": words of a note on spelling after a name. */
  private readonly spellingNote: readonly string[];
  /** "not" of "Kathryn not Katherine": words that set a new spelling against the old one. */
  private readonly setAgainstWords: ReadonlySet<string>;
  /** A correction with its spelling note ("sorry I mean Marc Hall with a c"): the cue that starts it, the note. */
  private readonly correctedWithNote: { readonly cue: RegExp; readonly note: RegExp };
  private readonly aboutTheForm: readonly string[];
  private readonly clarifyWords: ReadonlySet<string>;
  /** `topicAddedLate.notWith`, as spaced normalised phrases. */
  private readonly topicNotWith: readonly string[];
  private readonly formAnswers: ReadonlyArray<{ words: readonly string[]; answer: string; answerSpanish: string }>;
  private readonly askedInSpanish: ReadonlySet<string>;
  private readonly askedInEnglish: ReadonlySet<string>;
  private readonly spanishWithin: readonly string[];
  private readonly callSpanish: readonly string[];
  private readonly callEnglish: readonly string[];
  /** "la llamada", "call": a clause with one of them and one language named sets the call's language. */
  private readonly callNamed: readonly string[];
  private readonly phoneReading: PhoneWords;
  /** `callNotes.ignore` as whole words, and `callNotes.joiners` at a note's start. */
  private readonly callNoteIgnored: RegExp;
  private readonly callNoteJoiner: RegExp;
  /** A refusal right before an email's ending ("not .com", "no .com"): the ending turned down. */
  private readonly endingRefused: RegExp;
  private readonly englishWithin: readonly string[];
  private readonly isCommonWord: (word: string) => boolean;
  private readonly greetings: readonly string[];
  /** Words that start a time in the opening message ("after 6pm", "between noon and 3", "mornings"). */
  private readonly timeStarts: ReadonlySet<string>;
  private readonly callWords: ReadonlySet<string>;
  private readonly bestWords: ReadonlySet<string>;
  private readonly timeLeadIns: ReadonlySet<string>;
  /** Where a time in the first message ends ("… about my back") and what is left off it ("please"). */
  private readonly topicStart: RegExp;
  /** "…call me in the morning about my back still hurting": the topic, to the next comma or sentence end. */
  private readonly openingTopic: RegExp;
  /** Where a detail starts in a run-on request typed without punctuation ("…my name is X number … afternoons…"). */
  private readonly runOnClause: RegExp;
  private readonly noEmailPhrase: RegExp;
  private readonly topicNotAbout: readonly string[];
  private readonly vagueTopicWords: ReadonlySet<string>;
  /** "because", "porque": where a reason begins after a corrected time. */
  private readonly reasonStart: RegExp;
  /** A clause break ("," "and" "y") before a word naming a detail: where one detail's correction ends. */
  private readonly fieldClause: RegExp;
  private readonly noEmail: readonly string[];
  private readonly topicEnds: ReadonlyArray<readonly string[]>;
  /** "about my abuela Carmen Ríos": words of a relation and of "my", which name whom, not what. */
  private readonly relationWords: ReadonlySet<string>;
  private readonly patientPossessives: ReadonlySet<string>;
  private readonly politeEnd: RegExp;
  /** "between 1 and 2 pm", "after 3": a clock time at the summary, from its first word on. */
  private readonly clockTime: RegExp;
  /** "it ends in 0113". */
  private readonly lastDigitsSaid: RegExp;
  private readonly phoneBack: RegExp;
  private readonly lastDigitsNamedAfter: RegExp;
  private readonly spokenDigits: ReadonlyMap<string, string>;
  /** "veinte", "treinta y cuatro", "twenty one": two digits said as one number (`spokenPairs`). */
  private readonly spokenPairs: {
    readonly whole: ReadonlyMap<string, string>;
    readonly tens: ReadonlyMap<string, string>;
    readonly joiners: ReadonlySet<string>;
  };
  /** "no wait", "perdón": a correction word, as in `knowledge/contact.json` corrections.cues. */
  private readonly correctionCue: RegExp;
  /** "that's my dad", "esa es mi mamá": the name given before was a relative's (`relatives.earlierNameLeadIns`). */
  private readonly earlierNameWasRelative: RegExp;
  /** `corrections.patientWords`, as phrases. */
  private readonly patientWords: readonly string[];
  /** "call my", "llámenle a mi": the person to call is a relative (`knowledge/contact.json` callOther). */
  private readonly callOther: RegExp;
  /** "mr", "doña": titles before a name (`knowledge/contact.json` relatives.titles), as `normalizeText` writes them. */
  private readonly titles: ReadonlySet<string>;
  /** A word that names the phone ("number", "celular"), as `knowledge/contact.json` corrections.fields.phone. */
  private readonly phoneNamed: RegExp;
  private readonly dictation: ContactTexts['dictation'];
  private readonly selfPhrase: RegExp;
  private readonly signature: RegExp;
  private readonly dictatedMark: RegExp;
  private readonly dictatedLast: RegExp;
  /** Words around a respelt name word ("sorry", "it's", "perdón", "es") and where a spelling note starts. */
  private readonly respellWords: readonly string[];
  private readonly respellTail: RegExp;
  private readonly otherLanguages: ReadonlyArray<{ readonly code: string; readonly names: readonly string[] }>;
  private readonly otherCues: {
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly anywhere: readonly string[];
  };
  private readonly languageDenials: readonly string[];
  private readonly changesOfMind: readonly string[];
  /** A caller asking for someone else: the patient's name and the caller's (`relatives`). */
  private readonly relatives: RelativeNames;

  /** `isCommonWord`: a real word ("banana") is never read as a misspelt time ("aftrenoon"). */
  constructor(
    private readonly texts: ContactFile,
    isCommonWord: (word: string) => boolean,
  ) {
    const t = texts;
    this.spanishTexts = { ...t, ...t.spanish };
    const { patientLeadIns, callerRelations } = t.relatives;
    // A relative's answer is still a name answer: "my mother is Rosa Martínez" at the name question is a name.
    const name = leadInStripper(
      { ...t.leadIns, name: [...t.leadIns.name, ...patientLeadIns, ...callerRelations] },
      'name',
    );
    this.relatives = new RelativeNames(t, isCommonWord);
    const phone = leadInStripper(t.leadIns, 'phone');
    const email = leadInStripper(t.leadIns, 'email');
    // "skip", "yes" or "idk" typed at the name question is not a name.
    // A button's words typed at the name question ("Sí, envíalo", "Yes, send it") are no name either.
    const buttons = [t, { ...t, ...t.spanish }].flatMap((x) => [
      ...x.consentChoices,
      ...x.confirmChoices,
      ...x.fieldChoices,
      ...x.callLanguageChoices,
      x.patientChoice,
    ]);
    const notNames = new Set(
      [
        ...t.notNames.words,
        ...t.skipWords,
        ...t.consentWords.yes,
        ...t.consentWords.no,
        ...buttons,
        ...t.confirmWords.send,
      ].map(normalizeText),
    );
    // "afternoon" is a best time and "¿puede hablar en español?" a question, not names.
    const timeChoice = timeParser(t.timeAnswers, isCommonWord);
    const notAfter = new RegExp(
      `[\\s,;]+(?:${t.notNames.after.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}]).*$`,
      'iu',
    );
    const sentenceWords = new Set(t.notNames.sentenceWords.map(normalizeText));
    const notFirstWords = new Set(t.notNames.firstWords.map(normalizeText));
    this.inRequestAfter = t.notNames.inRequestAfter.map(normalizeText);
    this.timeWords = new Set(t.timeAnswers.timeWords.map(normalizeText));
    this.notCalledLeadIns = t.timeAnswers.notCalledLeadIns.map(normalizeText);
    this.weakTimeWords = new Set(t.timeAnswers.weakTimeWords.map(normalizeText));
    this.timeNegations = t.timeAnswers.negations.map((n) => normalizeText(n).split(' '));
    this.spellingNote = t.corrections.spellingNotes.map((w) => ` ${normalizeText(w)} `);
    this.setAgainstWords = new Set(t.corrections.setAgainst.map(normalizeText));
    // Cues may come in a row: "Micheal Ross, sorry I mean Michael Ross" (form review 42 kept "I mean Michael Ross").
    const nameCue = `(?:${alternation(t.corrections.nameCues)})(?=[,;.!\\s]|$)`;
    const nameCueBreak = new RegExp(`(?:^|[,;.\\s]+)${nameCue}(?:[,;.!\\s]+${nameCue})*[,;.!\\s]*`, 'iu');
    this.correctedWithNote = {
      cue: new RegExp(`^\\s*${nameCue}`, 'iu'),
      note: new RegExp(`\\s+(?:${alternation(t.corrections.spellingNotes)})(?![\\p{L}]).*$`, 'iu'),
    };
    const relationOnly = new Set(t.relatives.patientLeadIns.map(normalizeText));
    const particles = new Set(t.nameParticles.map((w) => w.toLowerCase()));
    const withNickname = nicknameReader(t.nicknames);
    // "I'm calling for my mom. My name is Karen Delgado": the sentence that gives the caller's own name.
    const ownName = t.relatives.ownNameSentences.map((w) => `${normalizeText(w)} `);
    const relation = new RegExp(`(?<![\\p{L}])(?:${alternation(t.relatives.relations)})(?![\\p{L}])`, 'iu');
    const ownNameSentence = (typed: string): string | undefined => {
      const pieces = typed
        .split(/[.!?;,]+/u)
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const own = pieces.filter((p) => ownName.some((w) => `${normalizeText(p)} `.startsWith(w)));
      const others = pieces.filter((p) => !own.includes(p));
      return own.length === 1 && others.some((p) => relation.test(foldText(p))) ? own[0] : undefined;
    };
    const courtesyTitle = new RegExp(`^(?:${alternation(t.relatives.courtesyTitles)})\\.?\\s+(?=\\S+\\s+\\S)`, 'iu');
    this.parseName = (given) => {
      // "Mr. Harold Jennings, but everybody calls me Hal": the title's full stop would end the name (form review 67).
      const typed = (ownNameSentence(given) ?? given).trim().replace(courtesyTitle, '');
      // "I'm his son-in-law Dave Ruiz", "soy su hijo Pedro Salinas": the caller's name, without the relation.
      const named = withNickname(typed) ?? name(this.relatives.withoutCallerRelation(typed));
      // "Jon, perdón, John Reyes", "Michael Andrews, sorry": the name as corrected, without the cue. A name spelt out
      // letter by letter is no part of it ("Reed, R-E-E-D"), and one word corrects the word of the full name it
      // respells ("Susan Reid. sorry, Reed": form review 43 stored "Reed, R-E-E-D").
      const pieces = named
        .replace(SPELT_OUT, '')
        .split(nameCueBreak)
        .map((p) => p.trim().replace(/[.,;]+$/u, ''))
        .filter((p) => p !== '');
      const [before, last] = pieces.slice(-2);
      const corrected =
        pieces.length >= 2 && !last!.includes(' ') && before!.includes(' ')
          ? oneNameChanged(before!, last!)
          : (pieces.at(-1) ?? named);
      // "Walter, Walter Simmons": a first name said, then the full name that starts with it.
      const said = corrected.split(/\s*,\s*/u);
      const restarted = said.length === 2 && normalizeText(said[1]!).startsWith(`${normalizeText(said[0]!)} `);
      const written = this.withoutTail((restarted ? said[1]! : corrected).replace(notAfter, ''));
      const time = timeChoice(written);
      const notAName =
        notNames.has(normalizeText(written)) ||
        // "para mi abuela", "for my mom" alone: whom the call is about, not anyone's name.
        relationOnly.has(normalizeText(written)) ||
        normalizeText(written)
          .split(' ')
          .some((w) => sentenceWords.has(w)) ||
        notFirstWords.has(normalizeText(written).split(' ')[0]!) ||
        written.trim().endsWith('?') ||
        (time.ok && t.timeChoices.includes(time.value));
      if (notAName) return { ok: false };
      const parsed = parseName(written.replace(courtesyTitle, ''));
      return parsed.ok ? { ok: true, value: properCase(parsed.value, particles) } : parsed;
    };
    // "713-555-O195": the letter O typed for a zero among the digits; "seven one three…" dictated.
    const phoneReading = phoneWords(t.corrections);
    this.phoneReading = phoneReading;
    this.callNoteIgnored = new RegExp(` (?:${alternation(t.callNotes.ignore.map(normalizeText))})(?= )`, 'gu');
    const endingRefusals = [...t.corrections.refusals, ...t.corrections.phoneChoice.negations].map(normalizeText);
    this.endingRefused = new RegExp(`(?:^|\\s)(?:${alternation(endingRefusals)})\\s*$`, 'u');
    this.callNoteJoiner = new RegExp(`^\\s*(?:${alternation(t.callNotes.joiners)})(?![\\p{L}])[\\s,]*`, 'iu');
    this.correctionCue = phoneReading.cue;
    this.placeNumber = phoneReading.place;
    this.emailKeeps = t.corrections.keeps.map(normalizeText);
    this.noWords = new Set(
      [...t.consentWords.no, ...this.spanishTexts.consentWords.no].map(normalizeText).filter((w) => !w.includes(' ')),
    );
    this.titles = new Set(t.relatives.titles.map(normalizeText));
    // "call my daughter", "llámenle mejor a mi hija": a verb of calling, at most two words, a possessive, a relation.
    this.callOther = new RegExp(
      `(?<!\\p{L})(?:${alternation(t.callOther.verbs.map(foldText))})\\s+(?:\\p{L}+\\s+){0,2}?(?:${alternation(
        t.relatives.patientPossessives.map(foldText),
      )})\\s+(?:${alternation(t.relatives.relations.map(foldText))})(?!\\p{L})`,
      'u',
    );
    this.patientWords = t.corrections.patientWords.map((w) => ` ${normalizeText(w)} `);
    this.earlierNameWasRelative = new RegExp(
      `(?<!\\p{L})(?:${alternation(t.relatives.earlierNameLeadIns.map(foldText))})\\s+(?:${alternation(
        t.relatives.relations.map(foldText),
      )})(?!\\p{L})`,
      'u',
    );
    this.phoneNamed = new RegExp(`(?<!\\p{L})(?:${alternation(t.corrections.fields.phone)})(?!\\p{L})`, 'iu');
    this.dictation = t.dictation;
    this.selfPhrase = new RegExp(`(?<!\\p{L})(?:${alternation(t.relatives.selfPhrases)})(?!\\p{L})`, 'iu');
    this.signature = new RegExp(`(?<!\\p{L})(?:${alternation(t.dictation.signatures)})(?!\\p{L})`, 'iu');
    this.dictatedMark = new RegExp(`(?<!\\p{L})(${alternation(Object.keys(t.dictation.marks))})(?!\\p{L})`, 'giu');
    this.dictatedLast = new RegExp(`(?<!\\p{L})(${alternation(Object.keys(t.dictation.lastMarks))})[.!\\s]*$`, 'iu');
    // "mi número es de México, 33 5555 0142": the country named beside the number says where it is dialled.
    const regions = Object.entries(t.phoneCountries.regions).map(
      ([region, words]) => [region as CountryCode, words.map((w) => ` ${normalizeText(w)} `)] as const,
    );
    const regionNamed = (s: string): CountryCode | undefined => {
      const said = ` ${normalizeText(s)} `;
      return regions.find(([, words]) => words.some((w) => said.includes(w)))?.[0];
    };
    this.parsePhone = (s) => {
      const region = /\d/u.test(s) ? regionNamed(s) : undefined;
      const abroad = region === undefined ? undefined : phoneInRegion(s, region);
      if (abroad !== undefined) return { ok: true, value: abroad };
      const parsed = parsePhone(
        phone(this.digitsSpoken(/\d/.test(s) && /^[\d\s().+\-oO]+$/.test(s.trim()) ? s.replace(/[oO]/g, '0') : s)),
      );
      if (parsed.ok) return parsed;
      // "713 555 0129 no wait 0192": the number as corrected; "home phone 713 555 0157, it's a landline so let it
      // ring": the one number said. Two numbers without a correction, or a number refused ("not 713…"), are asked again.
      const one = onePhoneIn(s, phoneReading);
      return one !== undefined && !phoneReading.refused.test(foldText(s.slice(0, one.end)))
        ? { ok: true, value: one.value }
        : parsed;
    };
    const said = (words: readonly string[]) => new RegExp(`\\s+(?:${alternation(words)})\\s+`, 'giu');
    const spokenAt = said(t.spokenEmail.at);
    const spokenDot = said(t.spokenEmail.dot);
    // "helen dot dubois at gmail dot com": as it is said, when it says where the "@" is.
    const spokenEmail = (s: string) =>
      s.includes('@')
        ? // "gary . whitfield @ yahoo . com": spaces typed around the @ and the dots
          s.replace(/\s*([@.])\s*/gu, '$1')
        : s.replace(spokenAt, '@') === s
          ? s
          : s.replace(spokenAt, '@').replace(spokenDot, '.').replace(/\s+/g, '');
    const anyLeadIn = leadInStripper(t.leadIns);
    // "ok then no email": a skip after a lead-in is a skip.
    const courtesyEnd = new RegExp(`[\\s,.!]+(?:${alternation(t.skipCourtesies)})[.!]*$`, 'iu');
    const optional = (parse: (s: string) => Parsed<string>) => {
      const read = optionalField(parse, t.skipWords, t.skipTails);
      return (s: string) => {
        const answer = anyLeadIn(s);
        // "no email sorry": a skip said with an apology is a skip; anything else is read as typed.
        const bare = answer.replace(courtesyEnd, '');
        return bare !== answer && isSkip(bare, t.skipWords, t.skipTails)
          ? { ok: true as const, value: null }
          : read(answer);
      };
    };
    const readEmail = optional((s) => {
      const typed = parseEmail(email(s));
      if (typed.ok) return typed;
      // "gracias. jose.ramirez@gmail.com": one whole address typed among words is that address; read as dictation,
      // the words around it joined it ("gracias.jose.ramirez@gmail.com", form review 70).
      const whole = s
        .trim()
        .split(/\s+/u)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((w) => parseEmail(w).ok);
      if (whole.length === 1) return parseEmail(whole[0]!);
      const spoken = parseEmail(spokenEmail(email(s).trim()));
      if (spoken.ok) return spoken;
      // "ok fine, marthao1947@aol.com": the one address in a short answer.
      // "jdoe@example.com no wait jane.doe@example.com": the address after the correction.
      // "It should be helen.brooks@example.com, I misspelled it": one address, however long the sentence around it.
      const one =
        s.trim().split(/\s+/u).length <= EMAIL_ANSWER_WORDS || s.split('@').length === 2
          ? emailIn(s, phoneReading.cue)
          : undefined;
      if (one !== undefined && s.split('@').length > 2 && !phoneReading.cue.test(foldText(s))) return { ok: false };
      return one === undefined ? spoken : { ok: true, value: one.value };
    });
    // "no emial", "no tengo imeil": the word for email misspelt is still a skip (form review 26 lost the form on it).
    const emailWords = t.corrections.fields.email.map(normalizeText).filter((w) => !w.includes(' '));
    const respelt = (s: string) =>
      normalizeText(anyLeadIn(s))
        .split(' ')
        .map((w) => (w.length >= 4 && emailWords.some((e) => editDistance(e, w, 2) <= 2) ? emailWords[0]! : w))
        .join(' ');
    // "I don't really use email, so no email please", "Prefiero no dar mi correo": a sentence that names email and
    // refuses it (form review 39 asked again, and every later answer landed a question late).
    const refusals = new Set(t.emailRefusalWords.map(normalizeText));
    // One that also asks ("para qué quieren mi email? no me gusta dar eso") gets its answer and the question again.
    const refusesEmail = (s: string) => {
      if (s.includes('?')) return false;
      const words = respelt(s).split(' ');
      return words.includes(emailWords[0]!) && words.some((w) => refusals.has(w));
    };
    this.parseOptionalEmail = (s) => {
      const read = readEmail(s);
      if (read.ok || /[@\d]/u.test(s)) return read;
      return isSkip(respelt(s), t.skipWords, t.skipTails) || refusesEmail(s) ? { ok: true, value: null } : read;
    };
    // A phone number is no best time: "281-555-0515" at that question is asked again.
    const relativeTimeWords = new Set(t.timeAnswers.relativeWords.map(normalizeText));
    // "how long before he can drive after this?" asks something: its time words are those any question may hold.
    const asksInstead = (s: string): boolean =>
      /\?\s*$/u.test(s) &&
      !/\d/u.test(s) &&
      normalizeText(s)
        .split(' ')
        .every((w) => !this.timeWords.has(w) || relativeTimeWords.has(w));
    this.parseTime = (s) => (phoneIn(s) === undefined && !asksInstead(s) ? timeChoice(s) : { ok: false });
    // "call me en la mañana... no wait, mejor en la tarde after 2" (form review 31 stored all of it): the time meant.
    const changedMind = new RegExp(
      `[.,;!…]+\\s*(?:no\\s*,?\\s*)?(?:${alternation(t.timeAnswers.changesOfMind)})(?![\\p{L}])[\\s,]*`,
      'giu',
    );
    const leadingChange = new RegExp(
      `^(?:no|${alternation(t.timeAnswers.changesOfMind)})(?![\\p{L}])[\\s,.;!…]*`,
      'iu',
    );
    const timeMeant = (s: string): string => {
      const last = [...s.matchAll(changedMind)].at(-1);
      let rest = last === undefined ? '' : s.slice(last.index + last[0].length);
      // "… no wait, mejor en la tarde": the words of the change itself are no part of the time.
      for (let lead = leadingChange.exec(rest); lead !== null && lead[0] !== ''; lead = leadingChange.exec(rest))
        rest = rest.slice(lead[0].length);
      const named = normalizeText(rest)
        .split(' ')
        .some((w) => this.timeWords.has(w) || /^\d/u.test(w));
      return named && this.parseTime(rest).ok ? rest : s;
    };
    this.parseOptionalTime = optional((s) => this.parseTime(timeMeant(s)));
    // "yes" or "ok" typed at the topic by someone tapping through says no topic.
    this.parseOptionalMessage = optionalField(
      (s) => parseMessage(anyLeadIn(s)),
      [...t.skipWords, ...t.confirmWords.send],
      t.skipTails,
    );
    this.findCorrection = correctionFinder(t.corrections, this.parseName, this.parseTime, t.timeChoices);
    this.findDetails = detailsFinder(t.corrections, t.timeAnswers.bestWords);
    this.aboutTheForm = t.aboutTheForm.words.map(normalizeText);
    this.clarifyWords = new Set(t.clarifyWords.map(normalizeText));
    const { description: _about, ...answers } = t.formAnswers;
    this.formAnswers = Object.values(answers).map((a) => ({
      ...a,
      words: a.words.map((w) => ` ${normalizeText(w)} `),
    }));
    this.askedInSpanish = new Set(t.languageRequests.spanish.map(normalizeText));
    this.languageDenials = t.languageRequests.denials.map((w) => ` ${normalizeText(w)} `);
    this.changesOfMind = t.languageRequests.changesOfMind.map((w) => ` ${normalizeText(w)} `);
    this.askedInEnglish = new Set(t.languageRequests.english.map(normalizeText));
    // A yes or no anywhere in it ("ok that's fine, yes") is an answer the prompt may yet read, never a topic; the
    // one-letter "y" and "n" are left out, as Spanish "y" is "and".
    this.topicNotWith = [...t.topicAddedLate.notWith, ...t.consentWords.yes, ...t.consentWords.no]
      .map(normalizeText)
      .filter((w) => w.length > 1)
      .map((w) => ` ${w} `);
    this.spanishWithin = t.languageRequests.spanishWithin.map((w) => ` ${normalizeText(w)} `);
    this.englishWithin = t.languageRequests.englishWithin.map((w) => ` ${normalizeText(w)} `);
    this.isCommonWord = isCommonWord;
    this.callSpanish = t.callLanguage.spanish.map((w) => ` ${normalizeText(w)} `);
    this.callEnglish = t.callLanguage.english.map((w) => ` ${normalizeText(w)} `);
    this.callNamed = t.callLanguage.callWords.map((w) => ` ${normalizeText(w)} `);
    this.otherLanguages = Object.entries(t.callLanguage.other).map(([code, names]) => ({
      code,
      names: names.map((n) => normalizeText(n)),
    }));
    const cues = (words: readonly string[]) => words.map((w) => normalizeText(w));
    this.otherCues = {
      before: cues(t.callLanguage.otherBefore),
      after: cues(t.callLanguage.otherAfter),
      anywhere: cues(t.callLanguage.otherAnywhere),
    };
    this.greetings = [...t.notNames.greetings].map(normalizeText).sort((a, b) => b.length - a.length);
    this.timeStarts = new Set(t.timeAnswers.timeWords.map(normalizeText));
    this.callWords = new Set(t.timeAnswers.callWords.map(normalizeText));
    this.bestWords = new Set(t.timeAnswers.bestWords.map(normalizeText));
    this.timeLeadIns = new Set(
      [...t.timeAnswers.correctionLeadIns, ...t.timeAnswers.bestWords, ...t.timeAnswers.fillerWords].flatMap((w) =>
        normalizeText(w).split(' '),
      ),
    );
    this.topicStart = new RegExp(`\\s+(?:${alternation(t.timeAnswers.topicStarts)})\\s+`, 'iu');
    // "at your hospital about two weeks ago …, call me to talk about whether she should come in": an amount after the
    // lead-in says when (form review 60 kept "two weeks ago for a compression fracture" as the topic); the next is read.
    this.openingTopic = new RegExp(
      `(?:^|\\s)(?:${alternation(t.openingDetails.topicStarts)})\\s+(?!(?:${alternation(
        t.openingDetails.approximateAfter,
      )})(?![\\p{L}])|\\d)([^,;.?!]+)`,
      'iu',
    );
    this.noEmail = t.openingDetails.noEmail.map(normalizeText);
    this.topicEnds = t.openingDetails.topicEnds.map((e) => normalizeText(e).split(' '));
    this.beforePhone = new RegExp(`\\s+(?:${alternation(t.openingDetails.beforePhone)})$`, 'iu');
    const { clauseStarts, noEmail, topicStarts } = t.openingDetails;
    this.noEmailPhrase = new RegExp(`(?<![\\p{L}])(?:${alternation(noEmail)})(?![\\p{L}])`, 'giu');
    // Before a detail's first words, and after "no email" (a clause by itself: "… no tengo email mejor después de las 3").
    this.runOnClause = new RegExp(
      `\\s(?=(?:${alternation([...clauseStarts, ...noEmail, ...topicStarts])})(?![\\p{L}]))|(?<=(?<![\\p{L}])(?:${alternation(noEmail)}))\\s`,
      'giu',
    );
    this.topicNotAbout = t.openingDetails.topicNotAbout.map((w) => ` ${normalizeText(w)} `);
    this.vagueTopicWords = new Set(t.openingDetails.vagueTopicWords.map(normalizeText));
    this.reasonStart = new RegExp(`[\\s,]+(?:${alternation(t.corrections.reasonWords)})(?![\\p{L}])`, 'iu');
    const fieldWords = Object.values(t.corrections.fields).flat();
    this.fieldClause = new RegExp(
      `([,;]\\s*(?:(?:${alternation(t.corrections.joiners)})\\s+)?|\\s(?:${alternation(t.corrections.joiners)})\\s+)(?:(?:${alternation(t.corrections.determiners)}|${alternation(t.corrections.possessives)})\\s+)?(?:${alternation(fieldWords)})(?![\\p{L}])`,
      'giu',
    );
    this.relationWords = new Set(t.relatives.relations.flatMap((w) => normalizeText(w).split(' ')));
    this.patientPossessives = new Set(t.relatives.patientPossessives.map(normalizeText));
    this.politeEnd = new RegExp(`\\s+(?:${alternation(t.corrections.politeEndings)})[.!]*$`, 'iu');
    this.clockTime = new RegExp(
      `(?:\\b(?:${alternation(t.timeAnswers.clockLeadIns)})\\b[^.?!]*\\d|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))[^.?!]*`,
      'iu',
    );
    this.phoneBack = new RegExp(
      `(?:^|\\s)(?:${alternation(t.corrections.phoneBack.map(normalizeText))})(?:\\s|$)`,
      'u',
    );
    this.lastDigitsSaid = new RegExp(
      `\\b(?:${alternation(t.corrections.lastDigits.map(normalizeText))})\\s*(\\d{2,4})\\b`,
      'u',
    );
    this.lastDigitsNamedAfter = new RegExp(
      `\\b(\\d{2,4})\\s+(?:${alternation(t.corrections.lastDigitsAfter.map(normalizeText))})\\b`,
      'u',
    );
    this.respellWords = [
      ...new Set(
        [
          ...t.corrections.cues,
          ...t.corrections.nameCues,
          ...t.corrections.valueLeadIns,
          // "my last name is spelled Rourk, no e": words that name the name and say how it is spelt.
          ...t.corrections.possessives,
          ...t.corrections.fields.name,
          ...t.corrections.spellingNotes,
        ].flatMap((w) => normalizeText(w).split(' ')),
      ),
    ];
    this.respellTail = new RegExp(`\\s+(?:${alternation(t.corrections.respellTails)})\\b.*$`, 'iu');
    const { description: _digits, ...digits } = t.spokenDigits;
    this.spokenDigits = new Map(Object.entries(digits));
    this.spokenPairs = {
      whole: new Map(Object.entries(t.spokenPairs.whole).map(([w, n]) => [normalizeText(w), n])),
      tens: new Map(Object.entries(t.spokenPairs.tens).map(([w, n]) => [normalizeText(w), n])),
      joiners: new Set(t.spokenPairs.joiners.map(normalizeText)),
    };
  }

  /** "Harold Baker, like I said", "Harold Baker, 74": what follows a comma is no name when it holds a number or only common words. */
  private withoutTail(written: string): string {
    const comma = written.indexOf(',');
    if (comma < 0) return written;
    const rest = written.slice(comma + 1).trim();
    const tail = normalizeText(rest);
    // A name is written with capitals ("Lopez, Maria"); "like I said" is not.
    const lowerCase = rest.split(/\s+/).some((w) => /^\p{Ll}/u.test(w));
    // "Raúl Gutiérrez, mi esposo" (form review 49 stored the relation as part of the name): a relation and its
    // possessive are no name either.
    const plain = (w: string) => this.isCommonWord(w) || this.relationWords.has(w) || this.patientPossessives.has(w);
    const noName = /\d/.test(tail) || (tail !== '' && lowerCase && tail.split(' ').every(plain));
    return noName ? written.slice(0, comma) : written;
  }

  /** The form's words in the language it was asked for in. */
  /**
   * The fix of an email answer whose domain looks mistyped ("hjenkins52@gmail.con" → "…@gmail.com"): form review 52
   * saved two addresses no one could write to. None for a skip or an address that looks right.
   */
  emailFix(typed: string): string | undefined {
    const read = this.parseOptionalEmail(typed);
    return read.ok && read.value !== null ? emailSuggestion(read.value, this.texts.emailTopLevelDomains) : undefined;
  }

  textsFor(d: FormDetails): ContactTexts {
    return d.spanish === true ? this.spanishTexts : this.texts;
  }

  /** A time choice is stored in English for the staff ("Afternoon"); it is said in the form's language. */
  shown(d: FormDetails, value: string): string {
    return this.textsFor(d).timeChoices[this.texts.timeChoices.indexOf(value)] ?? value;
  }

  /**
   * "en español" or "English please" typed alone, or a short message asking for it ("can we do this in
   * spanish?"), asking for the language the form is not in.
   */
  languageAsked(d: FormDetails, text: string): 'es' | 'en' | undefined {
    const { spanishAt, englishAt } = this.languagesNamed(text);
    if (d.spanish !== true && spanishAt < englishAt) return 'es';
    if (d.spanish === true && englishAt < spanishAt) return 'en';
    return undefined;
  }

  /**
   * The form's own language asked for ("no, en español por favor" in a Spanish form, form review 29 read it as a
   * bad phone number): said back, the call in it too.
   */
  languageRepeated(d: FormDetails, text: string): 'es' | 'en' | undefined {
    // Only a request alone: "quiero saber si el doctor habla español" at the topic question is the topic.
    if (normalizeText(text).split(' ').length > MAX_REPEATED_LANGUAGE_WORDS) return undefined;
    const { spanishAt, englishAt } = this.languagesNamed(text);
    if (d.spanish === true && spanishAt < englishAt) return 'es';
    if (d.spanish !== true && englishAt < spanishAt) return 'en';
    return undefined;
  }

  /** "English", "español por favor": a whole message that only names English or Spanish (`languageRequests`). */
  languageAlone(text: string): 'en' | 'es' | undefined {
    const said = normalizeText(text);
    if (this.askedInEnglish.has(said)) return 'en';
    return this.askedInSpanish.has(said) ? 'es' : undefined;
  }

  /**
   * The call asked for in English while the form is already in English ("English is fine", "the call in English
   * please"): only the call's language changes.
   */
  asksCallInEnglish(d: FormDetails, text: string): boolean {
    if (this.callLanguage(d) === 'en') return false;
    // "she only speaks Vietnamese but call me, english is fine, I'll translate" (form review 26 stored Vietnamese).
    if (this.saysCallInEnglish(text)) return true;
    return d.spanish !== true && d.callInSpanish === true && this.languagesNamed(text).englishAt < Infinity;
  }

  /**
   * A message that tells something before its language request ("le duele mucho la espalda, tiene osteoporosis. me
   * pueden llamar en inglés"); what follows a request ("…en inglés? mi hijo va a estar conmigo") says why.
   */
  saysMoreThanLanguage(text: string): boolean {
    const sentences = text.split(/(?<=[.!?;])\s+|,\s+/u).filter((s) => s.trim() !== '');
    const request = sentences.findIndex((s) => this.saysCallInEnglish(s) || this.saysCallInSpanish(s));
    // "oiga, la llamada…": a word or two before the request ("oiga", "hi") tells nothing.
    const before =
      sentences
        .slice(0, Math.max(request, 0))
        .join(' ')
        .match(/\p{L}+/gu) ?? [];
    return request > 0 && before.length >= MIN_TOPIC_WORDS;
  }

  /** "english is fine for the call", "I'll translate": the call in English, in a message of any length. */
  saysCallInEnglish(text: string): boolean {
    const said = ` ${normalizeText(text)} `;
    return this.callEnglish.some((w) => said.includes(w)) || this.callLanguageInClause(text) === 'en';
  }

  /**
   * "oiga, la llamada puede ser en inglés?", "mejor la llamada en español": a clause that speaks of the call and
   * names one language, not denied (form review 53 stored the first as the topic and the second was refused).
   */
  private callLanguageInClause(text: string): 'en' | 'es' | undefined {
    // The language named last, in a clause that names only one ("¿me pueden llamar en inglés? no, mejor en español").
    let last: 'en' | 'es' | undefined;
    let ofCall = false;
    for (const part of text.split(/[,.;:!?¿¡]+/u)) {
      const clause = ` ${normalizeText(part)} `;
      const english = this.firstNamed(clause, this.englishWithin) < Infinity;
      if (english === this.firstNamed(clause, this.spanishWithin) < Infinity) continue;
      last = english ? 'en' : 'es';
      ofCall ||= this.callNamed.some((w) => clause.includes(w));
    }
    return ofCall ? last : undefined;
  }

  /**
   * Where a short message first names each language (-1 for a request typed alone, Infinity for none):
   * "la llamada en inglés por favor, no en español" asks for English. A mind changed in a later clause
   * ("¿me pueden llamar en inglés? no, mejor en español", form review 29) asks for the language named last.
   */
  private languagesNamed(text: string): { spanishAt: number; englishAt: number } {
    const said = normalizeText(text);
    const short = said.split(' ').length <= MAX_LANGUAGE_REQUEST_WORDS;
    if (!short) return { spanishAt: Infinity, englishAt: Infinity };
    if (this.askedInSpanish.has(said)) return { spanishAt: -1, englishAt: Infinity };
    if (this.askedInEnglish.has(said)) return { spanishAt: Infinity, englishAt: -1 };
    // Clauses, so that "no, en español" is an answer then a request, and "no en español" a denial.
    const clauses = text
      .split(/[,.;:!?¿¡]+/u)
      .map((c) => ` ${normalizeText(c)} `)
      .filter((c) => c.trim() !== '');
    let named = { spanishAt: Infinity, englishAt: Infinity };
    let changing = false;
    clauses.forEach((clause, k) => {
      const offset = k * (said.length + 1);
      const here = {
        spanishAt: this.firstNamed(clause, this.spanishWithin),
        englishAt: this.firstNamed(clause, this.englishWithin),
      };
      changing ||= this.changesOfMind.some((w) => clause.startsWith(w));
      if (changing && here.spanishAt < Infinity !== here.englishAt < Infinity) {
        // The language named after a change of mind is the one meant.
        named =
          here.spanishAt < Infinity
            ? { spanishAt: offset, englishAt: Infinity }
            : { spanishAt: Infinity, englishAt: offset };
      } else {
        named = {
          spanishAt: Math.min(named.spanishAt, here.spanishAt + offset),
          englishAt: Math.min(named.englishAt, here.englishAt + offset),
        };
      }
      changing = this.changesOfMind.includes(clause);
    });
    return named;
  }

  /** Where a clause first names one of `phrases` without denying it ("no habla inglés"), or Infinity. */
  private firstNamed(clause: string, phrases: readonly string[]): number {
    const denied = (i: number) => this.languageDenials.some((w) => clause.slice(0, i + 1).endsWith(w));
    let first = Infinity;
    for (const p of phrases)
      for (let i = clause.indexOf(p); i >= 0 && i < first; i = clause.indexOf(p, i + 1)) if (!denied(i)) first = i;
    return first;
  }

  /** The answer to a question about the call back itself ("is my information private?"), in the form's language. */
  formAnswer(d: FormDetails, text: string): string | undefined {
    const said = ` ${normalizeText(text)} `;
    const found = this.formAnswers.find((a) => a.words.some((w) => said.includes(w)));
    return found && (d.spanish === true ? found.answerSpanish : found.answer);
  }

  /** A phone number or email in a message read for something else ("en español, mi número es …"), kept if not given yet. */
  keepNumbers(d: FormDetails, text: string): void {
    const found = this.findDetails(text);
    if (found.phone !== undefined) d.phone ??= found.phone;
    if (found.email !== undefined && d.email === undefined) d.email = found.email;
  }

  /**
   * The message that resumes a form on hold after 911 answers its question only when it plainly does (form review 50
   * lost "Verónica Silva" and "en la mañana" there): a name written as one, each of two to four words capitalised, a
   * time that is one of the time choices, or no email ("no tengo correo"). "ya viene la ambulancia" or "ok he's fine
   * now" answer nothing.
   */
  keepAnswerAfterHold(d: FormDetails, asking: 'name' | 'time' | 'email', text: string): boolean {
    const typed = text.trim();
    // "no tengo correo", "skip": no email, as the question's own answer would say.
    if (asking === 'email' && d.email === undefined) {
      const email = this.parseOptionalEmail(typed);
      if (email.ok) d.email = email.value;
      return email.ok;
    }
    if (asking === 'name' && d.name === undefined) {
      const words = typed.split(/\s+/u);
      const written = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w));
      const name = written ? this.parseOwnName(typed) : undefined;
      if (name?.ok === true) d.name = name.value;
      return name?.ok === true;
    }
    if (asking === 'time' && d.preferredTime === undefined) {
      const time = this.parseTime(typed);
      const choices = [...this.texts.timeChoices, ...this.textsFor(d).timeChoices];
      if (time.ok && choices.includes(time.value)) d.preferredTime = time.value;
      // "ok I'll take her in. Best time to call me is weekdays after 5", "ya llamé al 911. Mejor llámenme en la
      // noche": a time said with its call or "best" words, in any clause (form review 64 lost both).
      // "ya llamé a mi hija, me va a llevar al hospital. por la tarde": a clause that is only a time choice too (form
      // review 69 lost it, and the topic typed next met the time question).
      for (const clause of d.preferredTime === undefined ? typed.split(/[,;?!.]+\s*/u) : []) {
        const alone = this.parseTime(clause.trim());
        const said = alone.ok && choices.includes(alone.value) ? alone.value : this.timeSaid(clause);
        if (said === undefined) continue;
        d.preferredTime = said;
        break;
      }
      return d.preferredTime !== undefined;
    }
    return false;
  }

  /**
   * "Any time. Actually my back hurts more since this morning", "no tengo correo. Oiga, desde anoche…": the first
   * sentence or clause, before a worry, when it plainly answers the question asked (`keepAnswerAfterHold`) and holds
   * no alarm itself (`quiet`): kept when the worry gets the safety reply (form reviews 61 and 62 lost it and put the
   * next answer in the wrong place).
   */
  keepAnswerBesideWorry(
    d: FormDetails,
    asking: 'name' | 'time' | 'email',
    text: string,
    quiet: (sentence: string) => boolean,
  ): boolean {
    const first = /^(.+?[.!?;,\n])\s+\S/su.exec(text.trim())?.[1]?.replace(/[.!?;,\s]+$/u, '');
    if (first === undefined || !quiet(first)) return false;
    return this.keepAnswerAfterHold(d, asking, first);
  }

  /**
   * A plain answer to the permission question (a yes or no word) or the words that send at the summary, in either
   * language, with any "?" left off ("yes?", "¿sí?"). After an emergency hold it is that question's answer (form
   * review 51 asked again, and a "Yes, send it" there saved nothing); at the summary "no" would open the menu of
   * details, so it is none of these.
   */
  saysChoiceWord(asking: 'consent' | 'confirm', text: string): boolean {
    const said = normalizeText(text);
    return [this.texts, this.textsFor({ spanish: true })].some((t) =>
      (asking === 'consent'
        ? [...t.consentChoices, ...t.consentWords.yes, ...t.consentWords.no]
        : [t.confirmChoices[0]!, ...t.confirmWords.send]
      ).some((w) => normalizeText(w) === said),
    );
  }

  /**
   * A phone number typed in pieces ("713", "555", "0177": form review 51 refused each): a piece of three to seven
   * digits is kept, and joined with the next; `whole` once they make a number, else what the person has typed so far
   * and a request for the rest. Anything else at the phone question drops the pieces.
   */
  phonePiece(d: FormDetails, text: string): { whole: string } | { reply: string } | undefined {
    const digits = /^[\d\s().-]+$/u.test(text.trim()) ? text.replace(/\D/gu, '') : '';
    const joined = `${d.phonePiece ?? ''}${digits}`;
    const piece = digits.length >= 3 && digits.length <= 7;
    const whole = d.phonePiece !== undefined && this.parsePhone(joined).ok;
    if (!piece || (joined.length >= 10 && !whole)) {
      delete d.phonePiece;
      return undefined;
    }
    if (whole) {
      delete d.phonePiece;
      return { whole: joined };
    }
    d.phonePiece = joined;
    const shown = joined.replace(/^(\d{3})(\d{1,3})?(\d+)?$/u, (_, a: string, b?: string, c?: string) =>
      [a, b, c].filter(Boolean).join('-'),
    );
    return { reply: this.textsFor(d).phoneSoFar.replace('{digits}', shown) };
  }

  /** Most words common English ones: "please call her in Spanish" is written in English. */
  writtenInEnglish(text: string): boolean {
    const words = normalizeText(text).split(' ');
    return words.filter((w) => this.isCommonWord(w)).length >= words.length * ENGLISH_SHARE;
  }

  /** "she only speaks Spanish": the call should be in Spanish, whatever the form's language. */
  saysCallInSpanish(text: string): boolean {
    const said = ` ${normalizeText(text)} `;
    return (
      !this.saysCallInEnglish(text) &&
      (this.callSpanish.some((w) => said.includes(w)) || this.callLanguageInClause(text) === 'es')
    );
  }

  /** The language the call should be in: one the person named, else the form's, or Spanish when they said or wrote so. */
  callLanguage(d: FormDetails): string {
    // An English call asked for in a Spanish form ("Call language" -> English) says callInSpanish: false.
    return d.callLanguage ?? ((d.callInSpanish ?? d.spanish) === true ? 'es' : 'en');
  }

  /** The call language's name in the form's language: "Spanish", "vietnamita" (ICU's names beyond English and Spanish). */
  callLanguageName(d: FormDetails): string {
    const code = this.callLanguage(d);
    const names = this.textsFor(d).languageNames;
    if (code === 'en' || code === 'es') return names[code];
    return languageName(code, d.spanish === true ? 'es' : 'en');
  }

  /** "she only speaks Vietnamese", "necesita intérprete de vietnamita": a call language the form is not in. */
  otherCallLanguage(text: string, alone = false): string | undefined {
    // "we speak French at home but English is fine": English asked for.
    if (this.languagesNamed(text).englishAt < Infinity || this.saysCallInEnglish(text)) return undefined;
    const said = ` ${normalizeText(text)} `;
    // "Korean" typed alone where a change is asked for (the summary, "Change something") names the call's language.
    if (alone) {
      const whole = said.trim();
      const named = this.otherLanguages.find((l) => l.names.includes(whole))?.code;
      if (named !== undefined) return named;
    }
    const anywhere = this.otherCues.anywhere.some((c) => said.includes(` ${c} `));
    const asked = (n: string) =>
      anywhere ||
      this.otherCues.before.some((c) => said.includes(` ${c} ${n} `)) ||
      this.otherCues.after.some((c) => said.includes(` ${n} ${c} `));
    return this.otherLanguages.find((l) => l.names.some((n) => said.includes(` ${n} `) && asked(n)))?.code;
  }

  /** "huh", "no entiendo", "what do you mean?": the whole message says the question was not understood. */
  /**
   * "I don't want to be called in the morning", "no quiero que me llamen antes de las 10": a refusal of a call
   * followed by a time limits when to call; it cancels nothing.
   */
  notCalledAt(text: string): boolean {
    const said = normalizeText(text);
    const lead = this.notCalledLeadIns.find((w) => ` ${said} `.includes(` ${w} `));
    if (lead === undefined) return false;
    const rest = said.slice(said.indexOf(lead) + lead.length).trim();
    return this.namesTime(rest) && this.parseTime(rest).ok;
  }

  /** A time word of its own ("morning", not "before" alone) or a number in normalised text. */
  private namesTime(said: string): boolean {
    return said.split(' ').some((w) => (this.timeWords.has(w) && !this.weakTimeWords.has(w)) || /\d/u.test(w));
  }

  /** "sorry, it's …", "wait no …": a sentence that opens as a correction; one word may come first ("oh make it evening"). */
  startsWithCorrection(text: string): boolean {
    const said = normalizeText(text);
    const at = this.correctionCue.exec(said)?.index;
    return at !== undefined && !said.slice(0, at).trim().includes(' ');
  }

  asksToClarify(text: string): boolean {
    return this.clarifyWords.has(normalizeText(text));
  }

  /** "why do you need my email?", "¿para qué quieren mi correo?": a question about the form itself. */
  asksAboutForm(text: string): boolean {
    const said = ` ${normalizeText(text)} `;
    return this.aboutTheForm.some((w) => said.includes(` ${w} `));
  }

  /**
   * What a message typed at `asking` says beyond its answer: a detail given before, named again
   * with a new value, or (at the name, phone or email question) several details at once. `d` is
   * changed; undefined when the message is only the question's own business.
   */
  otherDetails(d: FormDetails, typed: string, asking: FormStep | undefined): Taken | undefined {
    // "el teléfono, es dos ocho uno cinco cinco cinco…" at the summary's menu: a number dictated in words is a number
    // here too (form review 71 kept the old one).
    const text = this.digitsSpoken(typed);
    return (
      this.emailQuestionedAnswer(d, text, asking) ??
      this.calledInstead(d, text, asking) ??
      this.patientSaidLater(d, text, asking) ??
      this.relativeNamedFirst(d, text, asking) ??
      this.patientLate(d, text, asking) ??
      this.surnameLate(d, text, asking) ??
      this.phoneChangedBack(d, text, asking) ??
      this.correct(d, text, asking) ??
      this.fillAhead(d, text, asking) ??
      this.emailLate(d, text, asking) ??
      this.nameAtMenu(d, text, asking) ??
      this.wholeNameAgain(d, text, asking)
    );
  }

  /**
   * At the email question: an address whose domain looks mistyped is noted (the question asks about it once); after
   * that, a respelling of its domain ("sorry, gmail.com not gmial") is the email (form review 20 met it a question
   * later, before the question asked).
   */
  private emailQuestionedAnswer(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (asking !== 'email') return undefined;
    const typed = this.parseOptionalEmail(text);
    if (
      typed.ok &&
      typeof typed.value === 'string' &&
      emailSuggestion(typed.value, this.texts.emailTopLevelDomains) !== undefined
    ) {
      d.emailQuestioned = typed.value;
      return undefined;
    }
    if (d.emailQuestioned === undefined) return undefined;
    // "no, the email is right": as typed.
    const said = ` ${normalizeText(text)} `;
    // "no" to "Did you mean…?" ("no wait, hotmail.com" names no domain near the typed one) keeps it too.
    const firstWord = said.trim().split(' ')[0] ?? '';
    const kept = this.emailKeeps.some((w) => said.includes(` ${w} `)) || this.noWords.has(firstWord);
    const fixed = this.emailDomainFixed({ email: d.emailQuestioned }, text);
    if (!kept && fixed === undefined) return undefined;
    d.email = fixed?.value ?? d.emailQuestioned;
    delete d.emailQuestioned;
    return { event: 'contact.corrected', fields: ['email'], text: this.noted(d, ['email']) };
  }

  /**
   * An email typed alone at the time or topic question ("ana.p@example.com") is the email: added when it
   * was skipped, changed when it differs (form review 50 got "Please choose one of the times" and lost it). The
   * question is asked again after the note.
   */
  private emailLate(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (asking !== 'preferredTime' && asking !== 'message') return undefined;
    const { phone, email, rest } = withoutPhoneAndEmail(text);
    if (email === undefined || phone !== undefined || normalizeText(rest).split(' ').length > 4) return undefined;
    const parsed = this.parseOptionalEmail(email.value);
    if (!parsed.ok || typeof parsed.value !== 'string') return undefined;
    const before = d.email;
    d.email = parsed.value;
    const t = this.textsFor(d);
    if (typeof before === 'string' && before !== parsed.value)
      return {
        event: 'contact.corrected',
        fields: ['email'],
        text: correctedText(t, t.fieldNames.email, parsed.value),
      };
    return { event: 'contact.corrected', fields: ['email'], text: this.noted(d, ['email']) };
  }

  /**
   * "no, keep the first one, the 713 number", "mejor déjelo el primero": after a correction changed the number, the one
   * it replaced is back (form review 59 read it as a bad email and saved the second number). The number replaced is
   * named by words ("the first one", "el anterior") or by its area code when the new one has another.
   */
  private phoneChangedBack(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    const before = d.replacedPhone;
    // A topic or a name is free text ("mi cita es el primero de diciembre"): read as itself.
    if (before === undefined || d.phone == null || phoneIn(text) !== undefined) return undefined;
    if (asking === 'message' || asking === 'name' || asking === 'patient') return undefined;
    const said = normalizeText(text);
    if (said.split(' ').length > MAX_PHONE_BACK_WORDS) return undefined;
    const area = (phone: string) => phone.replace(/^\+1/u, '').slice(0, 3);
    const byArea = area(before) !== area(d.phone) && new RegExp(`(?:^|\\s)${area(before)}(?:\\s|$)`, 'u').test(said);
    if (!byArea && !this.phoneBack.test(said)) return undefined;
    d.replacedPhone = d.phone;
    d.phone = before;
    const t = this.textsFor(d);
    return {
      event: 'contact.corrected',
      fields: ['phone'],
      text: correctedText(t, t.fieldNames.phone, formatPhone(before)),
    };
  }

  /**
   * "Robert Ferris" typed at "What would you like to change?": a full name written with capitals is the new name
   * (form review 47 got the menu again, with no word of why). With a patient named too it could be either name, and
   * a name typed all in lower case could be anything: the menu asks again.
   */
  private nameAtMenu(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (asking !== 'field' || d.patientName !== undefined) return undefined;
    const typed = text.trim().replace(/[.!]+$/u, '');
    if (CAPITALISED_NAME.exec(typed)?.[0] !== typed) return undefined;
    const name = this.parseName(typed);
    if (!name.ok || name.value === d.name) return undefined;
    d.name = name.value;
    const t = this.textsFor(d);
    return {
      event: 'contact.corrected',
      fields: ['name'],
      text: correctedText(t, t.fieldNames.name, name.value),
    };
  }

  /**
   * "actually call my daughter instead, Maricel Dela Cruz 713-555-0191" after the name question: the relative is the
   * person staff call, about the caller (form review 23: the daughter's name was lost, or made the patient). A number
   * in the message is the relative's. Without a name after the relation nothing changes.
   */
  private calledInstead(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (asking === undefined || asking === 'name' || d.name === undefined || !this.callOther.test(foldText(text)))
      return undefined;
    const { phone, rest } = withoutPhoneAndEmail(text);
    // "call my daughter instead, Maricel Dela Cruz": a name in capitals anywhere after the relation too.
    const said =
      this.namesIn(rest)?.patient ??
      CAPITALISED_NAME.exec(rest.slice(this.callOther.exec(foldText(rest))?.index ?? 0))?.[0];
    const person = said === undefined ? undefined : this.parseName(said);
    if (!person?.ok || normalizeText(person.value) === normalizeText(d.name)) return undefined;
    const number = phone === undefined ? undefined : this.parsePhone(phone.value);
    d.patientName ??= d.name;
    d.name = person.value;
    const fields: Array<Field | 'patientName'> = ['name', 'patientName'];
    if (number?.ok) {
      d.phone = number.value;
      fields.push('phone');
    }
    const t = this.textsFor(d);
    return {
      // With the number given, the form goes on from the first question still open (the phone's is answered).
      event: number?.ok ? 'contact.severalDetails' : 'contact.corrected',
      fields,
      text: calledInsteadText(t, d.name, d.patientName),
    };
  }

  /**
   * "his full name is Rajesh Patel, not Raj", "the patient's name is Annette Brooks": the patient's name said or
   * corrected after the name question, never the caller's. Not at the topic, which may well talk of the patient.
   */
  private patientSaidLater(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (
      asking === undefined ||
      asking === 'name' ||
      asking === 'patient' ||
      asking === 'message' ||
      d.name === undefined
    )
      return undefined;
    if (d.patientName !== undefined && this.selfPhrase.test(text)) {
      delete d.patientName;
      d.patientAsked = true;
      return { event: 'contact.corrected', fields: ['patientName'], text: this.textsFor(d).patientRemoved };
    }
    const said = this.namesIn(withoutPhoneAndEmail(text).rest);
    if (said === undefined || said.patient === d.patientName) return undefined;
    if (normalizeText(said.patient) === normalizeText(d.name)) return undefined;
    // "la cirugía de mi mamá, en español porfa": words after a relation that are no name change nobody; nor do words
    // with a possessive or a topic in them ("…no es sobre mi mamá, es sobre mi cirugía", form review 30).
    const words = normalizeText(said.patient).split(' ');
    const aboutSomething = words.some((w) => this.patientPossessives.has(w)) || this.openingTopic.test(said.patient);
    if (aboutSomething || !this.parseName(said.patient).ok) return undefined;
    d.patientName = said.patient;
    const t = this.textsFor(d);
    const reply = correctedText(t, t.fieldNames.patientName, said.patient);
    return { event: 'contact.corrected', fields: ['patientName'], text: reply };
  }

  /**
   * A topic that opens with a relation and a name ("my mom Eleanor Hart is 84 and still has pain") names the patient
   * when none was given (form review 32: three such callers were stored without one). The topic is kept as typed.
   */
  /** The answer to the patient question without who the patient is to the caller ("…, she's my mom"). */
  patientAnswer(typed: string): string {
    return this.relatives.withoutPatientRelation(typed);
  }

  /**
   * The topic is about a relative whose name was not given ("its about my husband, he fractured a vertebra"), and
   * the patient question has not been asked: it is asked before the permission (form review 64 saved no patient).
   */
  asksPatientAfterTopic(d: FormDetails): boolean {
    return (
      d.patientName === undefined &&
      d.patientAsked !== true &&
      typeof d.message === 'string' &&
      this.relatives.topicAboutRelative(d.message)
    );
  }

  patientInTopic(d: FormDetails): void {
    if (d.patientName !== undefined || d.name === undefined || typeof d.message !== 'string') return;
    const said = this.relatives.relationNameFirst(d.message);
    const person = said === undefined ? undefined : this.parseName(said);
    if (!person?.ok || normalizeText(person.value) === normalizeText(d.name)) return;
    d.patientName = person.value;
  }

  /**
   * "Walter Jenkins" at the email question, after a phone typed at the patient question: a caller who did not expect
   * that question gives the patient's name one question late (form reviews 41, 43 and 45 wrote their scripts so).
   * Only what reads as a name: "I don't use email" is no patient.
   */
  private patientLate(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (d.patientPending !== true || d.patientName != null || /[\d@]/u.test(text)) return undefined;
    if (asking !== 'email' && asking !== 'preferredTime') return undefined;
    // "prefiero no darlo" is the email's own answer, never a name; "Monday mornings" the time's (form review 69 lost
    // "Carol Whitfield" typed at the time question).
    const ownAnswer = asking === 'email' ? this.parseOptionalEmail(text).ok : this.parseTime(text).ok;
    const parsed = ownAnswer ? undefined : this.parseName(text);
    if (!parsed?.ok) return undefined;
    const words = normalizeText(parsed.value).split(' ').length;
    if (words < 2 || words > 4) return undefined;
    delete d.patientPending;
    d.patientName = parsed.value;
    const t = this.textsFor(d);
    return {
      event: 'contact.corrected',
      fields: ['patientName'],
      text: t.patientChanged.replace('{patientName}', parsed.value),
    };
  }

  /**
   * "Harold", then "Jenkins" at the phone question: a slow typist sends the surname as a message of its own (form
   * review 51 dropped it). One word that reads as a name, after a name of one word, is its surname.
   */
  private surnameLate(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    const typed = text.trim().replace(/[.!]+$/u, '');
    if (asking !== 'phone' || typeof d.name !== 'string' || /\s/u.test(d.name) || !/^\p{L}[\p{L}'’-]+$/u.test(typed))
      return undefined;
    const name = this.parseName(`${d.name} ${typed}`);
    if (!name.ok || normalizeText(typed) === normalizeText(d.name) || this.parseOwnName(typed).ok === false)
      return undefined;
    d.name = name.value;
    const t = this.textsFor(d);
    return { event: 'contact.corrected', fields: ['name'], text: correctedText(t, t.fieldNames.name, name.value) };
  }

  /**
   * "perdón, es Rosa Elena Hernandez" or "sorry, it's Dorothy Ann Whitfield" a question after "Rosa Hernandez": a whole
   * name told with a cue, sharing more words with the patient's name or the caller's than with the other, corrects
   * that one (form review 72 read it as a wrong phone number). Only what reads as a name of two words or more.
   */
  private wholeNameAgain(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (asking === undefined || asking === 'name' || asking === 'patient' || asking === 'message') return undefined;
    if (typeof d.name !== 'string' || !this.correctionCue.test(normalizeText(text))) return undefined;
    const found = withoutPhoneAndEmail(text);
    if (found.phone !== undefined || found.email !== undefined) return undefined;
    const last =
      text
        .split(/[,;.!?:]+/u)
        .at(-1)
        ?.trim() ?? '';
    // "it's …", "es …": the name question's lead-ins (`leadIns`) are read by parseName.
    const name = this.parseName(last);
    if (!name.ok || !/\s/u.test(name.value)) return undefined;
    const words = new Set(normalizeText(name.value).split(' '));
    const shared = (other: string | null | undefined) =>
      typeof other === 'string'
        ? normalizeText(other)
            .split(' ')
            .filter((w) => words.has(w)).length
        : 0;
    const [caller, patient] = [shared(d.name), shared(d.patientName)];
    if (caller === patient) return undefined;
    const field = patient > caller ? 'patientName' : 'name';
    if (normalizeText(name.value) === normalizeText((field === 'name' ? d.name : d.patientName) ?? ''))
      return undefined;
    if (field === 'name') d.name = name.value;
    else d.patientName = name.value;
    const t = this.textsFor(d);
    return { event: 'contact.corrected', fields: [field], text: correctedText(t, t.fieldNames[field], name.value) };
  }

  /**
   * "wait, thats my mama's name. I'm Tamika Jefferson" at a later question (form review 30 kept the mother as the
   * caller): the name given first was the patient's, and the caller's is the one said with a lead-in after it.
   */
  private relativeNamedFirst(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    // At the patient question, "Margaret O'Connell, she's my mom" names the patient (form review 64 swapped them).
    if (asking === undefined || asking === 'name') return undefined;
    if (asking === 'patient' && this.relatives.withoutPatientRelation(text) !== text) return undefined;
    if (d.name === undefined || d.patientName !== undefined) return undefined;
    if (!this.earlierNameWasRelative.test(foldText(text))) return undefined;
    const caller = text
      .split(/[,;.!?]+/u)
      .map((clause) => this.nameInRequest(clause.trim()))
      .filter((n): n is string => n !== undefined)
      .at(-1);
    if (caller === undefined || normalizeText(caller) === normalizeText(d.name)) return undefined;
    d.patientName = d.name;
    d.name = caller;
    const t = this.textsFor(d);
    return {
      event: 'contact.corrected',
      fields: ['name', 'patientName'],
      text: calledInsteadText(t, d.name, d.patientName),
    };
  }

  /**
   * A phone number typed alone at a later question ("281-555-0105" at the email question, after "let me start
   * over"): the number to call now. The reply says the number is changed, and the summary shows it.
   */
  private numberAlone(text: string, asking: FormStep | undefined): Correction | undefined {
    // At a question that asks for words, a number among them that says it is the number is the number too ("oh the
    // number is 346-555-0138, the other one is my old one. topic is…"): keeping the old one sends staff to a stranger.
    // ("please call my daughter at 832-555-0111" as the topic says no such thing: it stays the topic.)
    const amongWords = asking === 'preferredTime' || asking === 'message' || asking === 'consent';
    const alone = /^[\d\s().+-]+$/u.test(text.trim());
    const named = amongWords && phoneIn(text) !== undefined && this.phoneNamed.test(foldText(text));
    if (!alone && !named) return undefined;
    const parsed = this.parsePhone(text);
    return parsed.ok ? { field: 'phone', value: parsed.value } : undefined;
  }

  /**
   * "sorry, gmail.com not gmial", "it's gmail not gmial": the domain of the email given, respelt after a cue.
   * Only a near spelling of the domain given (two letters at most) changes it.
   */
  private emailDomainFixed(d: FormDetails, text: string): Correction | undefined {
    if (typeof d.email !== 'string' || text.includes('@')) return undefined;
    const said = normalizeText(text);
    if (!this.correctionCue.test(said) && !/\bnot\b|\bno\b/u.test(said)) return undefined;
    const [local, domain = ''] = d.email.split('@');
    const [label = '', ...tld] = domain.split('.');
    // "the email should be .net not .com", "el correo es .net no .com": the ending said first, not after a "not".
    const ending = [...text.toLowerCase().matchAll(EMAIL_ENDING)].find(
      (m) => !this.endingRefused.test(normalizeText(text.slice(0, m.index))),
    )?.[1];
    if (ending !== undefined && tld.length > 0 && ending !== tld.at(-1)) {
      const fixed = parseEmail(`${local}@${[label, ...tld.slice(0, -1), ending].join('.')}`);
      if (fixed.ok) return { field: 'email', value: fixed.value };
    }
    for (const m of text.toLowerCase().matchAll(/(?<![\w.@-])([a-z0-9-]{4,}(?:\.[a-z0-9-]+)*)(?![\w-])/gu)) {
      const word = m[1]!;
      // A bare word must be no English word: "no, the email is right" names no domain ("email" is near "gmail").
      if (!word.includes('.') && this.isCommonWord(word)) continue;
      const candidate = word.includes('.') ? word : [word, ...tld].join('.');
      const near = word.includes('.') ? domain : label;
      if (candidate === domain || editDistance(word, near, 2) > 2) continue;
      const fixed = parseEmail(`${local}@${candidate}`);
      if (fixed.ok) return { field: 'email', value: fixed.value };
    }
    return undefined;
  }

  /**
   * Details given before, named again with new values; not the one being asked or changed now. "the name is wrong,
   * it's Susan Whitley, and the email should be swhitley@gmail.com" changes both (form review 26 changed the email
   * only): each part from one field's word to the next is read on its own, cued when the whole message is.
   */
  private correct(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    // "my number is actually 713-555-0132 … email is nina.b@example.com" at the email question: the email answers
    // it beside the correction (form review 44 changed the number and asked for the email again).
    return this.correctBesideAnswer(d, text, asking) ?? this.correctParts(d, text, asking);
  }

  /**
   * "sorry my name is John Smyth. 713-555-0151" at the phone question: the number answers it, and what is left
   * corrects the name (form review 37 kept the old name: the number, the question's own business, was read first).
   */
  private correctBesideAnswer(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (asking !== 'phone' && asking !== 'email') return undefined;
    const answer = withoutPhoneAndEmail(text)[asking];
    if (answer === undefined) return undefined;
    const taken = this.correctParts(d, `${text.slice(0, answer.start)},${text.slice(answer.end)}`, asking);
    return taken && { ...taken, answer: text.slice(answer.start, answer.end) };
  }

  private correctParts(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    const parts = this.fieldParts(text);
    if (parts.length < 2) return this.correctOne(d, text, asking);
    const cued = asking === 'confirm' || asking === 'field' || this.correctionCue.test(normalizeText(text));
    const taken = parts.flatMap((part) => {
      const one = this.correctOne(d, part, asking, cued, text);
      return one === undefined ? [] : [one];
    });
    if (taken.length === 0) return this.correctOne(d, text, asking);
    return {
      event: taken.some((x) => x.event === 'contact.corrected') ? 'contact.corrected' : taken[0]!.event,
      fields: taken.flatMap((x) => x.fields),
      text: taken.map((x) => x.text).join(' '),
    };
  }

  /** The message cut where a word naming another detail starts its clause ("…, and the email should be …"). */
  private fieldParts(text: string): string[] {
    const parts: string[] = [];
    let from = 0;
    for (const m of text.matchAll(this.fieldClause)) {
      if (m.index === 0) continue;
      parts.push(text.slice(from, m.index));
      from = m.index + m[1]!.length;
    }
    parts.push(text.slice(from));
    return parts.map((p) => p.trim()).filter((p) => p !== '');
  }

  private correctOne(
    d: FormDetails,
    text: string,
    asking: FormStep | undefined,
    cued = false,
    whole = text,
  ): Taken | undefined {
    const t = this.textsFor(d);
    // "wait no I work mornings, better after 5": the time kept is named first, the new one after it (form review 29).
    // At the summary and at its menu of details, a detail typed is a change ("the phone should be 832-555-0112").
    const read = this.findCorrection(text, cued || asking === 'confirm' || asking === 'field');
    // "it's not 713-555-0128, it's 713-555-0182": the number kept is named first, the new one after it (form review 35).
    const other =
      read?.field === 'phone' && d.phone != null && read.value === d.phone ? otherPhoneIn(text, d.phone) : undefined;
    const named = other === undefined ? read : { field: 'phone' as const, value: other };
    // A detail not given yet is no correction ("no email" at the email question): the message may still respell the
    // name ("sorry, spell my name Stephen not Steven. no email": form review 44).
    const found = named === undefined || d[named.field] === undefined ? undefined : named;
    const same = found?.field === 'preferredTime' && found.value === d.preferredTime;
    const correction =
      (same ? undefined : found) ??
      this.timeAtSummary(text, asking) ??
      found ??
      this.lastDigits(d, text, asking) ??
      this.numberAlone(text, asking) ??
      this.emailDomainFixed(d, text) ??
      // At the patient question a name is the patient's, never the caller's respelt.
      (asking === 'name' || asking === 'patient'
        ? undefined
        : (this.nameRespelled(d, text) ?? this.nameCompleted(d, text))) ??
      (asking === 'phone' ? this.nameAtPhone(d, text) : undefined);
    if (correction === undefined) return undefined;
    const { field, value } = correction.field === 'preferredTime' ? (this.negatedTime(text) ?? correction) : correction;
    // An email left out may be added later ("add my email please, …"); other details are changed, not added.
    const given = d[field] !== undefined && (d[field] !== null || field === 'email');
    if (!given || d[field] === value || asking === field || d.changing?.field === field) return undefined;
    if (value === undefined) {
      if (d[field] === null) return undefined;
      // Taken out as if skipped: the summary says "not given" and the question is not asked again.
      if (field !== 'email') return undefined;
      d.email = null;
      return { event: 'contact.removed', fields: [field], text: t.removed.replace('{field}', t.fieldNames[field]) };
    }
    // "oh sorry, that's my dad, my name is Karen Hill": the name given first is the patient's (form review 25).
    if (field === 'name' && d.patientName === undefined && this.earlierNameWasRelative.test(foldText(whole))) {
      d.patientName = d.name!;
      d.name = value;
      return {
        event: 'contact.corrected',
        fields: ['name', 'patientName'],
        text: calledInsteadText(t, d.name, d.patientName),
      };
    }
    // "the patient name is wrong, her legal name is Rosalinda Garza": the patient's name (form review 69 changed the
    // caller's).
    if (field === 'name' && d.patientName != null && this.namesPatient(whole)) {
      d.patientName = value;
      return {
        event: 'contact.corrected',
        fields: ['patientName'],
        text: t.patientChanged.replace('{patientName}', value),
      };
    }
    if (field === 'phone') d.replacedPhone = d.phone!;
    d[field] = field === 'name' ? oneNameChanged(d.name!, value) : value;
    const said = correctedText(
      t,
      t.fieldNames[field],
      field === 'phone' ? formatPhone(d[field]!) : this.shown(d, d[field]!),
    );
    return { event: 'contact.corrected', fields: [field], text: said };
  }

  /** Whether a correction names the patient's name ("the patient's name", "her legal name", "el nombre de mi mamá"). */
  private namesPatient(text: string): boolean {
    const said = ` ${normalizeText(text)} `;
    return this.patientWords.some((w) => said.includes(w));
  }

  /**
   * "actually not before 10am", "mejor no antes de las 10": a correction's cues include "not" and "no", so the time
   * read after them lost its negation (form review 35 stored "before 10am"). A time said not to be wanted is kept
   * with its negation, unless another part of the message names the time to use ("not mornings, afternoons").
   */
  private negatedTime(text: string): Correction | undefined {
    const parts = text.split(/[,;]|\s(?=(?:but|pero|sino|rather|mejor)\s)/iu);
    const at = parts.findIndex((part) => this.negatedTimeIn(part) !== undefined);
    // "afternoons are better, not mornings": the time to use came first.
    if (at < 0 || parts.slice(0, at).some((part) => this.fromTimeWord(part) !== undefined)) return undefined;
    const said =
      parts
        .slice(at + 1)
        .map((part) => this.fromTimeWord(part))
        .find((w) => w !== undefined) ?? this.negatedTimeIn(parts[at]!)!;
    const time = this.parseTime(said);
    return time.ok ? { field: 'preferredTime', value: time.value } : undefined;
  }

  /** A clause's words from its first time word on, or undefined. */
  private fromTimeWord(part: string): string | undefined {
    const words = normalizeText(part).split(' ');
    const start = words.findIndex((w) => this.timeWords.has(w));
    return start < 0 ? undefined : words.slice(start).join(' ');
  }

  /** The words from a negation followed by a time word on ("not before 10am"), or undefined. */
  private negatedTimeIn(part: string): string | undefined {
    const words = normalizeText(part).split(' ');
    const at = words.findIndex((_, i) =>
      this.timeNegations.some(
        (n) =>
          n.every((w, k) => words[i + k] === w) &&
          [n.at(-1)!, words[i + n.length] ?? ''].some((w) => this.timeWords.has(w)),
      ),
    );
    return at < 0 ? undefined : words.slice(at).join(' ');
  }

  /**
   * "sory its simmons with 2 m" after "hal simons": one word of the name spelt again (two letters or fewer
   * apart, same first letter), around words of a correction (typos of them too).
   */
  private nameRespelled(d: FormDetails, text: string): Correction | undefined {
    const name = d.name;
    if (typeof name !== 'string') return undefined;
    // "Sharron, spelled with two r's" ends in a note on the spelling; "my name is spelled Sharron Nelson" starts with it.
    // Each sentence alone too: "sorry, spell my name Stephen not Steven. no email" (form review 44).
    const sentences = text.split(/(?<=[.!?;])\s+/u);
    for (const said of sentences.length > 1 ? [text, ...sentences] : [text]) {
      const cut = said.replace(this.respellTail, '');
      const found = this.respeltIn(name, cut) ?? (cut === said ? undefined : this.respeltIn(name, said));
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The one word of `said` that respells a word of `name`, when every other word is a cue or the name's own. */
  private respeltIn(name: string, said: string): Correction | undefined {
    const words = normalizeText(said).split(' ');
    const nameWords = normalizeText(name).split(' ');
    // Two letters of a short word are another word, not a respelling: "the name" is not "Tom" respelt (form review 26).
    const allowed = (w: string) => (w.length <= SHORT_RESPELT_WORD ? 1 : 2);
    // "Kathryn not Katherine": a word set against a word of the name, with its first letter, respells it however far.
    const setAgainst = new Map(
      words.flatMap((w, i) => {
        const old = words[i + 2] ?? '';
        const against =
          this.setAgainstWords.has(words[i + 1] ?? '') && nameWords.includes(old) && !nameWords.includes(w);
        return against && w[0] === old[0] ? [[w, old] as const] : [];
      }),
    );
    const closeTo = (w: string) =>
      setAgainst.has(w) ||
      (w.length >= 3 && nameWords.some((n) => n !== w && n[0] === w[0] && editDistance(n, w, 2) <= allowed(w)));
    const respelt = words.filter(closeTo);
    const aside = words.filter((w) => !closeTo(w));
    // The name's other words, or the old spelling, may stand beside it: "my name is spelled Debrah, not Debra",
    // "my name is spelled Sharron Nelson" (form reviews 41, 42).
    // A letter alone is part of a note on the spelling ("no e", "sin h").
    const isCue = (w: string) =>
      nameWords.includes(w) ||
      w.length === 1 ||
      this.respellWords.some((c) => editDistance(c, w, 1) <= (c.length >= 4 ? 1 : 0));
    if (respelt.length !== 1 || aside.length === 0 || !aside.every(isCue)) return undefined;
    const written = said.split(/\s+/).find((w) => normalizeText(w) === respelt[0]);
    const parsed = this.parseName(written ?? respelt[0]!);
    if (!parsed.ok) return undefined;
    // The word it was set against is the one it replaces, however far apart the two spellings are.
    const old = setAgainst.get(respelt[0]!);
    if (old === undefined) return { field: 'name', value: parsed.value };
    return {
      field: 'name',
      value: name
        .split(/\s+/)
        .map((w) => (normalizeText(w) === old ? parsed.value : w))
        .join(' '),
    };
  }

  /** "Ruth", then "Ruth Ann Pickens" at the next question: the full name, after only a first name was given. */
  private nameCompleted(d: FormDetails, text: string): Correction | undefined {
    if (typeof d.name !== 'string' || d.name.includes(' ') || /[\d@]/u.test(text)) return undefined;
    const parsed = this.parseName(text);
    if (!parsed.ok) return undefined;
    const words = normalizeText(parsed.value).split(' ');
    return words.length >= 2 && words[0] === normalizeText(d.name) ? { field: 'name', value: parsed.value } : undefined;
  }

  /**
   * "Mrs. T", "Don Beto" or "Mr. Okeke" as the name, then "its Thuy Tran" when the phone is asked: the full name,
   * typed next, replaces a name that was only a title, an initial or one word (form review 23: it was read as a bad
   * phone number and lost).
   */
  private nameAtPhone(d: FormDetails, text: string): Correction | undefined {
    if (typeof d.name !== 'string' || /[\d@]/u.test(text)) return undefined;
    const given = normalizeText(d.name).split(' ');
    const thin = given.length === 1 || given.some((w) => w.length === 1 || this.titles.has(w));
    if (!thin) return undefined;
    const parsed = this.parseName(text);
    if (!parsed.ok) return undefined;
    const words = normalizeText(parsed.value).split(' ');
    return words.length >= 2 && !words.some((w) => this.titles.has(w))
      ? { field: 'name', value: parsed.value }
      : undefined;
  }

  /**
   * After "I see two phone numbers", the one a short answer names ("the cell", "the second one"), from the message
   * kept in `d.twoNumbers`; the message is forgotten once the phone question has any other answer.
   */
  numberChosen(d: FormDetails, text: string): string | undefined {
    const earlier = d.twoNumbers;
    delete d.twoNumbers;
    return earlier === undefined ? undefined : numberChosenLater(earlier, text, this.phoneReading);
  }

  /**
   * "713 555 0142 ext 204, ask for Maria", "… but can you text me instead? I can't hear well": the words beside the
   * number that tell the team how to reach the person, kept as a note for the call (they were dropped). A piece that
   * is a best time, or only words such as "it's my cell" (`callNotes.ignore`), is no note.
   */
  noteBesidePhone(text: string): string | undefined {
    const { phone, rest: besides } = withoutPhoneAndEmail(text, this.phoneReading);
    if (phone === undefined) return undefined;
    const pieces = besides
      .split(/[,;\n]+/u)
      .map((p) => p.trim())
      .filter((piece) => {
        // Another number or its last digits ("or 832-555-0166", "no wait 0192") is no note; "room 412" may be.
        if (!/\p{L}/u.test(piece) || (piece.match(/\d/gu)?.length ?? 0) >= 4) return false;
        // A correction ("no wait, …", "sorry, …") said beside the number is read as one, not kept as a note.
        const start = normalizeText(piece.replace(this.callNoteJoiner, '')).split(' ')[0] ?? '';
        if (this.correctionCue.test(start)) return false;
        const words = normalizeText(piece).split(' ');
        if (this.parseTime(piece).ok && words.some((w) => this.timeWords.has(w))) return false;
        const rest = ` ${normalizeText(piece)} `.replace(this.callNoteIgnored, ' ').trim();
        return rest.split(' ').filter((w) => w !== '').length >= 2;
      });
    const note = pieces
      .map((p) =>
        p
          .replace(/^[\s.!?¿¡:-]+/u, '')
          .replace(this.callNoteJoiner, '')
          .trim(),
      )
      .join(', ')
      .trim();
    return note === '' ? undefined : note;
  }

  /**
   * A sentence that answers nothing where it was typed (`topicAddedLate`), added to the topic; the reply to say, or
   * undefined when it is too short, holds a detail (a digit, an "@") or a word that may refuse.
   */
  addToTopic(d: FormDetails, text: string): string | undefined {
    const said = normalizeText(text);
    const words = said.split(' ').filter((w) => w !== '');
    const late = this.texts.topicAddedLate;
    if (words.length < late.minWords || /[\d@]/u.test(text)) return undefined;
    if (this.topicNotWith.some((w) => ` ${said} `.includes(w))) return undefined;
    const typed = text.trim().replace(/\s+/gu, ' ');
    const topic = typeof d.message === 'string' && d.message !== '' ? `${d.message}. ${typed}` : typed;
    d.message = topic.slice(0, MAX_MESSAGE_LENGTH);
    return this.textsFor(d).topicAdded;
  }

  /** The topic with the note for the call added (`callNoteFormat`), or the note alone; the note is then used up. */
  withCallNote(d: FormDetails): void {
    const note = d.callNote;
    if (note === undefined) return;
    delete d.callNote;
    const t = this.textsFor(d);
    const said =
      typeof d.message === 'string' && d.message !== ''
        ? t.callNoteFormat.replace('{topic}', d.message).replace('{note}', note)
        : t.callNoteAlone.replace('{note}', note);
    d.message = said.slice(0, MAX_MESSAGE_LENGTH);
  }

  /**
   * "home is 832-555-0110 or my cell 832-555-0187, either one is fine": the first number to call, and the other kept
   * as the note for the call (`otherNumberNote`), beside any note already kept.
   */
  eitherNumber(d: FormDetails, text: string): string | undefined {
    const two = eitherOfTwo(text, this.phoneReading);
    if (two === undefined) return undefined;
    this.keepOtherNumber(d, two.other);
    return two.first;
  }

  /**
   * "…but call my daughter first, her cell is 832-555-0168": the number chosen of two, and the other kept as the note
   * for the call (`otherNumberNote`), as `eitherNumber` keeps it.
   */
  chosenNumber(d: FormDetails, text: string): string | undefined {
    const two = choiceOfTwo(text, this.phoneReading);
    if (two === undefined) return undefined;
    this.keepOtherNumber(d, two.other);
    return two.chosen;
  }

  /**
   * The phone answer's words that tell the team how to reach the person (`noteBesidePhone`), and the other of two
   * numbers when one was chosen, kept as notes for the call.
   */
  keepBesidePhone(d: FormDetails, text: string): void {
    const note = this.noteBesidePhone(text);
    if (note !== undefined) this.keepNote(d, note);
    this.chosenNumber(d, text);
  }

  private keepOtherNumber(d: FormDetails, other: string): void {
    this.keepNote(d, this.textsFor(d).otherNumberNote.replace('{other}', formatPhone(other)));
  }

  private keepNote(d: FormDetails, note: string): void {
    d.callNote = d.callNote === undefined ? note : `${d.callNote}, ${note}`;
  }

  /** "cell 832-555-0174 or home 713-555-0100": two numbers and no correction between them. */
  twoNumbers(text: string): boolean {
    const first = phoneIn(text);
    return first !== undefined && phoneIn(text.slice(first.end)) !== undefined && this.parsePhone(text).ok === false;
  }

  /**
   * "it ends in 0113 not 0131", "sorry 0194 al final", or four digits alone after a cue ("sorry 0194"): the number
   * given before, with its last digits changed. Form review 26 lost "sorry 0194 al final" at the email question,
   * and staff would have called a stranger.
   */
  private lastDigits(d: FormDetails, text: string, asking: FormStep | undefined): Correction | undefined {
    const said = normalizeText(text);
    if (d.phone == null) return undefined;
    const digits =
      this.lastDigitsSaid.exec(said)?.[1] ??
      this.lastDigitsNamedAfter.exec(said)?.[1] ??
      swappedEnding(said, d.phone) ??
      this.cuedLastFour(said, asking);
    if (digits === undefined) return undefined;
    const [number = '', ext] = d.phone.split(';ext=');
    const changed = this.parsePhone(`${number.slice(0, number.length - digits.length)}${digits}`);
    return changed.ok
      ? { field: 'phone', value: ext === undefined ? changed.value : `${changed.value};ext=${ext}` }
      : undefined;
  }

  /**
   * "phone should end in 0144 not 0140" while the phone is being changed from the summary: the number as it was,
   * with its last digits changed (form review 46 met "That doesn't look like a US phone number" three times).
   */
  changedLastDigits(d: FormDetails, text: string): string | undefined {
    const before = d.changing?.field === 'phone' ? d.changing.value : null;
    if (before === null || this.parsePhone(text).ok) return undefined;
    return this.lastDigits({ phone: before }, text, 'phone')?.value;
  }

  /**
   * "sorry 0194", "perdón, 0194": a cue and four digits, the message's only digits, in a few words. Not at the
   * best-time question, where four digits may be a clock time ("sorry, 1530").
   */
  private cuedLastFour(said: string, asking: FormStep | undefined): string | undefined {
    if (asking === 'preferredTime' || said.split(' ').length > MAX_LAST_DIGITS_WORDS) return undefined;
    const groups = said.match(/\d+/gu) ?? [];
    return groups.length === 1 && groups[0]!.length === 4 && this.correctionCue.test(said) ? groups[0] : undefined;
  }

  /**
   * "wait no, better after 6pm", "no, mejor en la tarde": after the correction words, only words that lead into a
   * time (`timeAnswers.correctionLeadIns`, best words, fillers) before the first time word. "no pain after 4 days"
   * is a topic.
   */
  private timeFollowsCue(said: string): boolean {
    // After the first cue, which may be of two words ("make it evening") or follow a word such as "oh".
    const cue = this.correctionCue.exec(said);
    const words = (cue === null ? said : said.slice(cue.index + cue[0].length)).trim().split(' ');
    const first = words.findIndex((w) => !this.correctionCue.test(w) && !this.timeLeadIns.has(w));
    const w = first < 0 ? '' : words[first]!;
    return this.timeWords.has(w) || /^\d/u.test(w);
  }

  /**
   * A corrected time without the reason after it: "better after 6pm because I work"; "mejor en la tarde, en las
   * mañanas tengo terapia", where the reason's clause begins at the comma before its verb, with the time it rules
   * out (form review 57 saved "tarde en las mananas"), when a time is still said before that comma.
   */
  private withoutReason(said: string): string {
    const before = said.split(this.reasonStart)[0]!.trim();
    if (before === '') return said;
    if (before.length === said.length) return before;
    const comma = before.lastIndexOf(',');
    const kept = comma > 0 ? before.slice(0, comma) : '';
    return normalizeText(kept)
      .split(' ')
      .some((w) => this.timeWords.has(w) && !this.weakTimeWords.has(w))
      ? kept.trim()
      : before;
  }

  /**
   * At the summary, a best time alone ("mejor en la tarde", "evenings") changes the best time; it must name a
   * time ("whatever" is a shrug there, not "any time").
   */
  private timeAtSummary(typed: string, asking: FormStep | undefined): Correction | undefined {
    // "wait no, better after 6pm because I work": the reason is no part of the time (form review 27 took it as the topic).
    // "…evening instead of morning": the time to use is said before the one it replaces. "oh make it evening instead
    // of morning. it's about the cost": the first sentence (form review 43 stored both as the topic).
    const sentence = typed.split(/(?<=[.!?;])\s+/u)[0]!;
    // "wait, do they call on weekends? let me think about it first": a question names a time as written only to ask
    // about it (form review 47 changed the time to "weekends"); "can you call in the afternoon instead?" still
    // changes it to a choice.
    const asked = sentence.trim().endsWith('?') || sentence.trim().startsWith('¿');
    const first = sentence.replace(/[.!?;]+$/u, '');
    const text = this.withoutReason(first);
    // At the topic question only when it starts as a correction (one word such as "oh" may come first): "mejor
    // después de las 4" changes the time, while "the pain after 4 pm" is a topic.
    const atTopic =
      asking === 'message' &&
      this.startsWithCorrection(text) &&
      normalizeText(text).split(' ').length <= MAX_TIME_CORRECTION_WORDS &&
      this.timeFollowsCue(normalizeText(text));
    // At the permission question, which expects only yes or no, a correction with a time in it changes the time
    // as written ("hmm actually Saturday mornings are better"; form review 25 lost it).
    const atConsent = asking === 'consent' && this.correctionCue.test(normalizeText(text));
    // At the permission question a weak time word alone names no time: "no I dont want any calls" is a no.
    const timeWord = (w: string) => this.timeWords.has(w) && !(atConsent && this.weakTimeWords.has(w));
    // At the menu of details to change, a best-time choice alone changes it ("evening": form review 38).
    const atMenu = asking === 'field';
    if (
      (asking !== 'confirm' && !atMenu && !atTopic && !atConsent) ||
      !normalizeText(text)
        .split(' ')
        .some((w) => timeWord(w) || isHour(w))
    )
      return undefined;
    const time = this.parseTime(text);
    if (time.ok && this.texts.timeChoices.includes(time.value)) return { field: 'preferredTime', value: time.value };
    if (atMenu || asked) return undefined;
    if (atConsent) {
      // The words after the correction's cue, as said: "saturday mornings are better".
      const said = normalizeText(text);
      const cue = this.correctionCue.exec(said)!;
      const rest = this.parseTime(said.slice(cue.index + cue[0].length).trim());
      return rest.ok ? { field: 'preferredTime', value: rest.value } : undefined;
    }
    // "actually can you call between 1 and 2 pm only": the clock time, as said.
    const clock = this.clockTime.exec(text)?.[0].trim();
    const said = clock === undefined ? undefined : this.parseTime(clock);
    if (said?.ok) return { field: 'preferredTime', value: said.value };
    if (asking === 'confirm') return this.timeAfterCue(normalizeText(text));
    if (!atTopic) return undefined;
    // "no, actually afternoons mejor" (form review 29 stored it as the topic): the time after the cues.
    const words = normalizeText(text).split(' ');
    const start = words.findIndex((w) => !this.correctionCue.test(w) && !this.timeLeadIns.has(w));
    const after = start < 0 ? undefined : this.parseTime(words.slice(start).join(' '));
    return after?.ok ? { field: 'preferredTime', value: after.value } : undefined;
  }

  /**
   * "actually can you make that tomorrow morning instead" at the summary (form review 33 asked for a button and kept
   * the old time): after a correction word, from the first word that names a time, without the cue words at its end.
   */
  private timeAfterCue(said: string): Correction | undefined {
    const cue = this.correctionCue.exec(said);
    if (cue === null) return undefined;
    const words = said
      .slice(cue.index + cue[0].length)
      .trim()
      .split(' ');
    const at = words.findIndex((w) => this.timeWords.has(w) && !this.weakTimeWords.has(w));
    if (at < 0) return undefined;
    const time = words.slice(at);
    while (time.length > 1 && this.correctionCue.test(time.at(-1)!)) time.pop();
    const read = this.parseTime(time.join(' '));
    return read.ok ? { field: 'preferredTime', value: read.value } : undefined;
  }

  /**
   * At the name, phone or email question, an answer that is more than that answer: the phone
   * and email wherever they are, a best time, and (at the name question) the name. Only
   * questions not answered yet are filled; the topic and the yes/no questions are left alone.
   */
  private fillAhead(d: FormDetails, text: string, asking: FormStep | undefined): Taken | undefined {
    if (asking === undefined || !FILLED_AHEAD.has(asking)) return undefined;
    const found = this.findDetails(text);
    // "tomorrow morning is best" at the phone question: the best time, said early, is kept (blind review 39 lost it);
    // at the email question too, where it leaves the email out (form review 48 refused "after 3pm" there twice).
    const early = asking === 'phone' || asking === 'email';
    const said = early && d.preferredTime === undefined && found.phone === undefined && found.email === undefined;
    const time = said ? this.timeSaidEarly(text, asking) : undefined;
    if (time !== undefined) {
      d.preferredTime = time;
      const fields: Field[] = ['preferredTime'];
      if (asking === 'email') {
        // An address asked about ("gmail.con?") and passed by is kept as typed: nothing given is lost.
        d.email = d.emailQuestioned ?? null;
        delete d.emailQuestioned;
        fields.push('email');
      }
      return { event: 'contact.severalDetails', fields, text: this.noted(d, ['preferredTime']) };
    }
    const take: Partial<Record<Exclude<Field, 'message'>, string>> = {};
    if (found.phone !== undefined && d.phone === undefined) take.phone = found.phone;
    if (found.email !== undefined && d.email === undefined) take.email = found.email;
    // "his name is Donald Fischer, I'm Linda, use my phone …": the caller is Linda.
    const relative = asking === 'name' ? this.namesIn(withoutPhoneAndEmail(text).rest) : undefined;
    if (relative?.caller !== undefined) take.name = relative.caller;
    let patient: string | undefined;
    for (const whole of found.pieces) {
      // "afternoons about my follow-up appointment": the topic is no part of the time (form review 29 stored it so).
      const topicAt = this.openingTopic.exec(whole)?.index ?? 0;
      const piece = topicAt > 0 ? whole.slice(0, topicAt).trim() : whole;
      // Only with a time word or a number: "al trabajo por favor" beside the number says where, not when (form review 52).
      const time = this.parseTime(piece);
      if (
        time.ok &&
        this.namesTime(normalizeText(piece).replace(this.placeNumber, ' ')) &&
        d.preferredTime === undefined
      )
        take.preferredTime ??= time.value;
      else if (asking === 'name' && take.name === undefined && relative === undefined) {
        const name = this.parseName(piece);
        if (name.ok) take.name = name.value;
      } else if (asking === 'patient' && d.patientName === undefined && patient === undefined) {
        // "Charles Price, my number is 713-555-0118" at the patient question: the patient, then the phone.
        const name = this.parseName(piece);
        if (name.ok) patient = name.value;
      }
    }
    const fields = FIELDS.filter((f): f is Exclude<Field, 'message'> => f !== 'message' && take[f] !== undefined);
    // A plain answer ("my cell is 832-555-0111") is the question's own business.
    if (fields.every((f) => f === asking)) return undefined;
    // A phone or email is what says the message holds details; a name or time alone is an ordinary answer. A name
    // with a best time in a part of its own ("Michael Okafor, afternoons work best") is both: form review 56 lost the
    // time, asked for it again and refused the answers that followed.
    const nameAndTime = asking === 'name' && take.name !== undefined && take.preferredTime !== undefined;
    if (take.phone === undefined && take.email === undefined && !nameAndTime) return undefined;
    for (const f of fields) d[f] = take[f];
    if (relative !== undefined) d.patientName = relative.patient;
    if (patient !== undefined && normalizeText(patient) !== normalizeText(d.name ?? '')) d.patientName = patient;
    else if (asking === 'patient' && take.phone !== undefined) d.patientPending = true;
    // "… pat.nguyen@outlook.com afternoons about my follow-up appointment": the topic too, read as in the opening.
    const topicBefore = d.message;
    if (topicBefore === undefined) this.topicAndEmailFromOpening(d, withoutPhoneAndEmail(text).rest, relative?.patient);
    const noted: Field[] = d.message !== topicBefore ? [...fields, 'message'] : fields;
    return { event: 'contact.severalDetails', fields: noted, text: this.noted(d, noted) };
  }

  /**
   * A best time typed before its question: the whole message at the phone question; at the optional email question
   * one part of it, any others declining the email ("I don't have one, anytime is fine"). Someone who answers the
   * time there has passed the email by, as a third miss there does (`keepOrLeaveOut`): it is left out, and the
   * summary offers to add it. Only with a time word: a bare number is no time.
   */
  private timeSaidEarly(text: string, asking: FormStep): string | undefined {
    const timeIn = (s: string): string | undefined => {
      const time = this.parseTime(s);
      const named = normalizeText(s)
        .split(' ')
        .some((w) => this.timeWords.has(w));
      return time.ok && named ? time.value : undefined;
    };
    if (asking !== 'email') return timeIn(text);
    const parts = text
      .split(/[,.;]+/u)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const at = parts.findIndex((p) => timeIn(p) !== undefined);
    const declines = parts.every((p, i) => {
      if (i === at) return true;
      const email = this.parseOptionalEmail(p);
      return email.ok && email.value === null;
    });
    return at >= 0 && declines ? timeIn(parts[at]!) : undefined;
  }

  /**
   * The message that asked for the call may also hold the name and a best time ("I'm Carlos Ramirez, my cell
   * is 713-555-0142, afternoons are best"). A name needs a clear lead-in there: "I'm worried" is no name.
   */
  takeFromOpening(d: FormDetails, typed: string): void {
    // "call me back please my name is Raymond Castillo number … afternoons are best i want to ask about recovery time"
    // (form review 30 lost the name and the topic, and stored the time with the rest): clauses where details start,
    // in a message with commas too ("…my name is Linda Okafor my number is …, I want to ask…": form review 35).
    const text = this.runOnClauses(typed);
    // "call me back please, email is kevtran@outlook.com if that helps": an email with no phone beside it too.
    const found = this.findDetails(text);
    if (found.email !== undefined && d.email === undefined) d.email = found.email;
    // "The call needs to be in Spanish", "she only speaks Spanish": the call, not the form, in Spanish.
    const said = ` ${normalizeText(text)} `;
    if (this.saysCallInSpanish(text)) d.callInSpanish = d.callLanguageChosen = true;
    const other = this.otherCallLanguage(text);
    if (other !== undefined) {
      d.callLanguage = other;
      d.callLanguageChosen = true;
    }
    // "…can you call me? 832-555-0115 en español por favor": the form goes on in Spanish too; not when someone
    // writing English asks for the call in Spanish ("Can you have someone call my mother in Spanish?").
    const english = this.writtenInEnglish(text);
    if (this.spanishWithin.some((w) => said.includes(w)) && !(d.callInSpanish === true && english))
      d.spanish = d.callInSpanish = true;
    // "…después de las 4 mejor… english is fine for the call": the call in English, whatever the form's language.
    if (this.saysCallInEnglish(text)) {
      d.callInSpanish = false;
      delete d.callLanguage;
      d.callLanguageChosen = true;
    }
    // Sentences and dashes part details too ("Can someone call me? I'm Carmen Ruiz", "call me back - Susan Patel").
    // "Please call me: Rachel Kim, …": a colon parts them too.
    const parts = (t: string) => t.split(/[,;?!.]+\s*|:\s+|\s+[-–]\s+/u).map((p) => this.withoutGreeting(p.trim()));
    // A time choice ("afternoons are best"), or a time said from its first time word; "and" stays inside a time
    // ("between noon and 3"), so times are read from clauses, names from the pieces joiners part.
    // "en la mañana, no wait, after 5 mejor": a time said again after a correction word replaces the first.
    let corrected = false;
    const { rest } = withoutPhoneAndEmail(text);
    for (const clause of parts(rest)) {
      const time = this.parseTime(clause);
      const said = this.timeSaid(clause);
      const value = time.ok && this.texts.timeChoices.includes(time.value) ? time.value : said;
      if (value !== undefined && (d.preferredTime === undefined || corrected)) d.preferredTime = value;
      corrected = this.correctionCue.test(normalizeText(clause));
    }
    // "can someone call me about my husband?": the patient's name is asked after the phone unless given.
    if (this.relatives.mentionsRelative(typed)) d.aboutRelative = true;
    // "I'm asking for my mom Sandra Lee … call me, Kevin": the patient's name is not the caller's.
    const relative = this.namesIn(rest, true);
    this.topicAndEmailFromOpening(d, rest, relative?.patient);
    if (relative !== undefined) {
      d.patientName ??= relative.patient;
      d.name ??= relative.caller;
      // "Please call me: Ana Ruiz, 713…, about my mom Carmen Ruiz's back": the caller may be named in another piece
      // (form review 54 dropped "Ana Ruiz" and asked again).
      if (d.name !== undefined) return;
    }
    const patient = normalizeText(d.patientName ?? '');
    for (const piece of found.pieces.flatMap(parts)) {
      // "soy Maria Elena Rodriguez mi cel es …": the name ends where the next detail's lead-in starts.
      const named = (this.untilNextDetail(piece) || piece).replace(this.beforePhone, '');
      // The name itself is no time ("Monday Morning"); the clause may go on with one ("…I had it on Monday").
      const name = named === '' ? undefined : this.nameInRequest(named);
      if (name === undefined || this.parseTime(name).ok || this.timeSaid(name) !== undefined) continue;
      if (relative !== undefined && normalizeText(name) === patient) continue;
      d.name ??= name;
    }
  }

  /** A run-on request with a comma where each detail starts; "no tengo email" stays whole, a clause by itself. */
  private runOnClauses(typed: string): string {
    const spans = [...typed.matchAll(this.noEmailPhrase)].map((m) => [m.index, m.index + m[0].length] as const);
    return typed.replace(this.runOnClause, (space: string, at: number) =>
      spans.some(([from, to]) => at > from && at < to) ? space : ', ',
    );
  }

  /** "sobre mi mamá … mi número es ocho tres dos…": the topic ends where the next detail's lead-in starts. */
  private untilNextDetail(topic: string | undefined): string | undefined {
    if (topic === undefined) return undefined;
    const words = topic.split(/\s+/u);
    const folded = words.map((w) => normalizeText(w));
    const end = folded.findIndex((_, k) => this.topicEnds.some((e) => e.every((w, j) => folded[k + j] === w)));
    return (end < 0 ? words : words.slice(0, end)).join(' ');
  }

  /** "…about the biopsy they did with the cement, no email": the topic and a skipped email, so neither is asked. */
  private topicAndEmailFromOpening(d: FormDetails, rest: string, patient: string | undefined): void {
    // "want to ask about recovery time": a topic that starts with another word for one starts after it.
    let found = this.openingTopic.exec(rest)?.[1]?.trim();
    for (let inner = this.openingTopic.exec(found ?? ''); inner?.index === 0; inner = this.openingTopic.exec(found))
      found = inner[1]!.trim();
    // "quiero saber si me pueden llamar": the call itself, no topic.
    const said = this.untilNextDetail(found);
    const aboutCall = said !== undefined && this.topicNotAbout.some((w) => ` ${normalizeText(said)} `.includes(w));
    const topic = aboutCall ? undefined : said;
    const topicWords = topic === undefined ? [] : normalizeText(topic).split(' ');
    const patientWords = new Set(patient === undefined ? [] : normalizeText(patient).split(' '));
    const who = (w: string) => this.relationWords.has(w) || patientWords.has(w);
    const about = topicWords.some(who)
      ? topicWords.filter((w) => !who(w) && !this.patientPossessives.has(w))
      : topicWords;
    // "call me back about tomorrow morning": a short "topic" with a time word in it is the time, not a topic.
    const aTime = about.length < 3 && about.some((w) => this.timeWords.has(w) || /^\d/u.test(w));
    // "about the procedure", "about her vertebroplasty" name nothing to talk about: the topic question is asked, so
    // the real topic is not given at the permission question and lost (form review 44).
    const vague = about.every((w) => this.vagueTopicWords.has(w));
    if (topic !== undefined && about.length >= this.texts.openingDetails.topicMinWords && !aTime) {
      const parsed = this.parseOptionalMessage(topic);
      // A vague one is kept aside: it stands if the topic question is skipped ("es sobre la vertebroplastia", then
      // "sí" or "skip": form review 47 lost it).
      if (parsed.ok && parsed.value !== null) {
        if (!vague) d.message ??= parsed.value;
        else d.vagueTopic ??= parsed.value;
      }
    }
    if (rest.split(/[,;.?!]+/u).some((clause) => this.declinesEmail(clause))) d.email ??= null;
  }

  /** "no email", or "no email dont use it" (form review 35): a clause that starts by declining the email, no address. */
  private declinesEmail(clause: string): boolean {
    const said = normalizeText(clause);
    const words = said.split(' ').length;
    return (
      !clause.includes('@') &&
      this.noEmail.some(
        (p) => said === p || (said.startsWith(`${p} `) && words - p.split(' ').length <= MAX_WORDS_AFTER_NO_EMAIL),
      )
    );
  }

  /**
   * "call my son Tony please" as the answer to the name question: the relative after a call verb is the person staff
   * call (`patient` here), about the caller (`caller`, when given). Form review 24: Tony was made the patient.
   */
  relativeToCall(text: string): NamesGiven | undefined {
    return this.callOther.test(foldText(text)) ? this.namesIn(text) : undefined;
  }

  /** "skip", "no gracias": the person leaves an optional answer out (either language's words). */
  isSkip(text: string): boolean {
    return isSkip(text, this.texts.skipWords, this.texts.skipTails);
  }

  /** The names in a relative's answer, the patient's and the caller's (`RelativeNames.namesIn`). */
  namesIn(text: string, opening = false): NamesGiven | undefined {
    return this.relatives.namesIn(text, opening, {
      parseName: this.parseName,
      nameInRequest: (piece) => this.nameInRequest(piece),
      withoutGreeting: (piece) => this.withoutGreeting(piece),
    });
  }

  /**
   * The answer as the person meant it: "my name is Bob Hale period" is "my name is Bob Hale.", and
   * "Sandra K. Moore -- Sent from my iPhone" is "Sandra K. Moore".
   */
  readonly cleanAnswer = (text: string): string => {
    let out = text;
    const signature = this.signature.exec(out);
    if (signature !== null) out = out.slice(0, signature.index).replace(/[\s—–-]+$/u, '');
    out = out.replace(this.dictatedMark, (_, mark: string) => this.dictation.marks[mark.toLowerCase()] ?? '');
    out = out.replace(this.dictatedLast, (_, mark: string) => this.dictation.lastMarks[mark.toLowerCase()] ?? '');
    return out === text ? text : out.replace(/\s+([.,?!])/gu, '$1').trim();
  };

  /** An answer to the name question: a name, or a relative's answer that names the patient. */
  readonly parseNameAnswer = (typed: string): Parsed<string> => {
    const s = this.withoutSpellingNote(typed);
    const relative = this.namesIn(s);
    return relative === undefined ? this.parseName(s) : { ok: true, value: relative.caller ?? relative.patient };
  };

  /** The caller's own name as answered, without a note on its spelling. */
  readonly parseOwnName = (typed: string): Parsed<string> => this.parseName(this.withoutSpellingNote(typed));

  /**
   * "Catherine Moore - Catherine with a C, not K", "Jon Smith (no h)", "Ana Pérez, Ana con una sola n": a note on
   * how the name is spelled is for the reader, not part of the name (form review 32 refused the first, kept the others).
   */
  private withoutSpellingNote(typed: string): string {
    const bare = typed.replace(/\s*\([^)]*\)\s*$/u, '');
    const parts = bare.split(/\s*,\s*|\s+[-–—]+\s+/u);
    const note = parts.findIndex((p, i) => i > 0 && this.spellingNote.some((w) => ` ${normalizeText(p)} `.includes(w)));
    if (note <= 0) return bare || typed;
    // "Mark Hall, sorry I mean Marc Hall with a c": the corrected name stays, its note goes (form reviews 41, 42).
    const { cue, note: tail } = this.correctedWithNote;
    const corrected = cue.test(parts[note]!) ? [parts[note]!.replace(tail, '')] : [];
    return [...parts.slice(0, note), ...corrected].join(', ');
  }

  /** "hi this is Harold Baker": the greeting goes before a lead-in is looked for. */
  private withoutGreeting(piece: string): string {
    const said = normalizeText(piece);
    // "Buenas tardes" or "Good morning" alone is a greeting, not a best time.
    if (this.greetings.includes(said)) return '';
    const greeting = this.greetings.find((g) => said.startsWith(`${g} `));
    if (greeting === undefined) return piece;
    const words = greeting.split(' ').length;
    // "Hola buenas tardes, me llamo…": greetings one after another (form review 63 kept "tardes" as the best time).
    return this.withoutGreeting(piece.split(/\s+/).slice(words).join(' '));
  }

  /**
   * A time in the opening message, from the word that starts it to the end ("after 6pm please", "call between
   * noon and 3", "best time Tuesday or Thursday mornings"): only when the piece starts with it or asks for the
   * call before it, so "a question about the procedure tomorrow morning" gives no best time.
   */
  private timeSaid(piece: string): string | undefined {
    const words = piece.split(/\s+/);
    const at = words.findIndex((w) => this.timeStarts.has(normalizeText(w)));
    if (at < 0) return undefined;
    const before = words.slice(0, at).map((w) => normalizeText(w));
    const best = at === 1 && this.bestWords.has(before[0]!);
    // "call me about the best way to recover after the procedure": a topic started after the call word holds the time.
    const lastCall = before.reduce((last, w, k) => (this.callWords.has(w) ? k : last), -1);
    const aboutBetween = this.topicStart.test(` ${before.slice(lastCall + 1).join(' ')} `);
    if (at > 0 && !best && (lastCall < 0 || aboutBetween)) return undefined;
    // "in the morning before 11 about my back fracture": the time ends where the topic begins.
    const rest = words.slice(at).join(' ').split(this.topicStart)[0]!.replace(this.politeEnd, '');
    // "before anything, how long does it take?", "a phone call before the procedure?": "before" alone names no time
    // (form review 39 stored "Before anything"); a time word of its own or a number does.
    if (!this.namesTime(normalizeText(rest))) return undefined;
    const time = this.parseTime(rest);
    return time.ok ? time.value : undefined;
  }

  private nameInRequest(typed: string): string | undefined {
    const piece = this.relatives.withoutSelfRelation(typed);
    const said = normalizeText(piece);
    const leadIn = this.inRequestAfter.find((w) => said.startsWith(`${w} `));
    const trimmed = piece.trim();
    const capitalised = /^(?:[Ii]['’]?m|[Ii] am|(?:[Yy]o\s+)?[Ss]oy)\s+(?:\p{Lu}[\p{L}'’-]*\s*){2,4}$/u.test(trimmed);
    // "Susan Patel" beside the number: two to four capitalised words (parseName still refuses a time or "Thank You").
    const bare = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u.test(trimmed);
    if (leadIn === undefined && !capitalised && !bare) return undefined;
    // "my name is Susan Clark I had the procedure on Monday…": the capitalised words after the lead-in, up to "I" or
    // a word in lower case, are the name (form review 36 refused the whole run, then asked for the name again).
    const after = leadIn === undefined ? undefined : trimmed.split(/\s+/u).slice(leadIn.split(' ').length).join(' ');
    const run = after === undefined ? undefined : CAPITALISED_RUN.exec(after)?.[1];
    const runName = run === undefined || run === after ? undefined : this.parseName(run);
    if (runName?.ok) return runName.value;
    const name = this.parseName(leadIn === 'name' ? piece.replace(/^\s*name\b[:\s]*/iu, '') : piece);
    return name.ok && (bare || normalizeText(name.value) !== said) ? name.value : undefined;
  }

  /** "seven one three five five five zero one zero eight" (dictated): the digits, when seven or more words are digits. */
  private digitsSpoken(text: string): string {
    const words = this.pairsSpoken(normalizeText(text).split(' '));
    const spoken = words.reduce((n, w) => n + (this.spokenDigits.has(w) ? 1 : /^\d\d$/u.test(w) ? 2 : 0), 0);
    if (spoken >= 7) return words.map((w) => this.spokenDigits.get(w) ?? w).join(' ');
    // "ocho tres dos 555 21 84" (form review 30 refused it): words and digits in one run that make a whole number.
    const out: string[] = [];
    let mixed = false;
    for (let k = 0; k < words.length;) {
      let end = k;
      while (end < words.length && (this.spokenDigits.has(words[end]!) || /^\d+$/u.test(words[end]!))) end++;
      const run = words.slice(k, end);
      const digits = run.map((w) => this.spokenDigits.get(w) ?? w).join('');
      const said = run.filter((w) => this.spokenDigits.has(w)).length;
      if (said >= 2 && (digits.length === 10 || (digits.length === 11 && digits.startsWith('1')))) {
        out.push(digits);
        mixed = true;
      } else out.push(...run);
      if (end === k) out.push(words[end++]!);
      k = end;
    }
    return mixed ? out.join(' ') : text;
  }

  /**
   * Numbers said in pairs as their digits, among digit words only ("cero uno, veinte" is "0 1 20", "oh one twenty
   * three" is "0 1 23"; form review 52 refused the number every time): "veinte" alone could be a time or a count, so
   * pairs count only beside digit words.
   */
  private pairsSpoken(words: readonly string[]): string[] {
    if (!words.some((w) => this.spokenDigits.has(w))) return [...words];
    const { whole, tens, joiners } = this.spokenPairs;
    const unit = (w: string | undefined) => {
      const d = w === undefined ? undefined : this.spokenDigits.get(w);
      return d !== undefined && d !== '0' ? d : undefined;
    };
    const out: string[] = [];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const ten = tens.get(w);
      if (whole.has(w)) out.push(whole.get(w)!);
      else if (ten === undefined) out.push(w);
      else if (joiners.has(words[k + 1] ?? '') && unit(words[k + 2]) !== undefined) {
        out.push(`${ten}${unit(words[k + 2])!}`);
        k += 2;
      } else if (unit(words[k + 1]) !== undefined) out.push(`${ten}${unit(words[++k])!}`);
      else out.push(`${ten}0`);
    }
    return out;
  }

  /** "Thank you, I've noted your phone number and email." */
  noted(d: FormDetails, fields: readonly Field[]): string {
    const t = this.textsFor(d);
    const names = fields.map((f) => t.fieldNames[f]);
    const list =
      names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${t.fieldNames.and} ${names.at(-1)!}`;
    return t.detailsNoted.replace('{fields}', list);
  }
}

/**
 * "0116 not 0161", "es 16 no 61": two groups of as many digits, one of them the end of the number given, so the
 * other is its new end (form review 37 stored the old number when this came at the email question).
 */
function swappedEnding(said: string, phone: string): string | undefined {
  const groups = said.match(/\d+/gu) ?? [];
  if (groups.length !== 2) return undefined;
  const [a, b] = groups as [string, string];
  const number = phone.split(';ext=')[0]!;
  if (a === b || a.length !== b.length || a.length < 2 || a.length > 4) return undefined;
  if (number.endsWith(b)) return a;
  return number.endsWith(a) ? b : undefined;
}

/** "5", "11am", "17": an hour of the clock; "it ends in 47 not 74" names digits of a number, no time (form review 52). */
function isHour(word: string): boolean {
  const hour = /^(\d{1,2})(?:am|pm)?$/.exec(word)?.[1];
  return hour !== undefined && Number(hour) <= 24;
}
