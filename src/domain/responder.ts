import { Memo } from './memo.js';
import type { FaqMatch, FaqMatcher } from './faqMatcher.js';
import { alternation, emailIn, onePhoneIn, phoneIn, type PhoneWords, phoneWords } from './contactCorrections.js';
import { ContactReader } from './contactReader.js';
import { IntentMatcher } from './intents.js';
import { normalizeText } from './normalize.js';
import {
  type FaqEntry,
  faqMatcherFor,
  type IntentName,
  type Knowledge,
  type ReplyMessages,
  spanishFaqMatcherFor,
  triageFor,
} from './knowledge.js';
import { isSecondLook, type Triage, type TriageResult } from './triage/triage.js';

/** The fewest words a long message's closing question is read with (see `closingQuestion`). */
const CLOSING_QUESTION_WORDS = 4;
/** Where a message's clauses end, and where its sentences end (each keeps its mark). */
const CLAUSE_ENDS = /(?<=[.?!,;\n])/u;
const SENTENCE_ENDS = /(?<=[.?!\n])/u;

/** A message to send: text plus optional quick-reply choices (buttons). Framework-free. */
export interface Reply {
  readonly text: string;
  readonly choices?: readonly string[];
  /** A button that opens a web address (shown as a card button on every channel). */
  readonly link?: { readonly title: string; readonly url: string };
  /** Set on safety replies so channels can show them apart (colour, icon, role). */
  readonly urgency?: 'emergency' | 'crisis' | 'urgent';
}

/** What the bot should do with a message outside any dialog, with an event name to log. */
export type Decision =
  | { readonly action: 'reply'; readonly event: string; readonly entryId?: string; readonly replies: readonly Reply[] }
  | {
      readonly action: 'startContact';
      readonly event: 'contact.start';
      /** Details the message already gave ("my number is 832-555-0111"): the form keeps them. */
      readonly details?: { readonly phone: string; readonly email?: string };
      /** The language of the request ("llámenme" is Spanish): the form asks its questions in it. */
      readonly language: 'en' | 'es';
    };

/** An FAQ match, and whether to reply in Spanish (its entry is then the Spanish one). */
export interface LanguageMatch {
  readonly match: FaqMatch;
  readonly spanish: boolean;
}

export interface ResponderOptions {
  /**
   * Messages whose triage, language and decision are kept after their turn (least recently used go first; see
   * `remember`). Button texts and common questions repeat word for word, and all three are pure functions of the text
   * and the knowledge. 1 keeps only the turn's own message, which the bot and the root dialog both ask about.
   */
  readonly cacheSize?: number;
}

/** Intent phrases and the form's reader keep no state per message: one per knowledge object (about 25 ms to build). */
const intentMatchers = new WeakMap<Knowledge, IntentMatcher>();
const contactReaders = new WeakMap<Knowledge, ContactReader>();

function once<T>(cache: WeakMap<Knowledge, T>, knowledge: Knowledge, build: () => T): T {
  const built = cache.get(knowledge) ?? build();
  cache.set(knowledge, built);
  return built;
}

/**
 * Decides the reply to a free-text message: small talk and the contact request, then
 * the FAQ. Triage is exposed separately because it must run before everything,
 * dialogs included. All wording comes from `knowledge/`.
 */
/** A 911 or 988 reply given, remembered for one message (see alarmAgain). */
export interface Alarm {
  readonly tier: 'emergency' | 'crisis';
  readonly spanish: boolean;
  readonly callNow: boolean;
}

export class Responder {
  private readonly triage: Triage;
  /** Results by message text: the bot and the root dialog ask about the same text in one turn (see ResponderOptions). */
  private readonly memo: Memo;
  /** The last message assessed, whatever its options (see languageReading). */
  private lastAssessed: { readonly text: string; readonly result: TriageResult } | undefined;
  private readonly matcher: FaqMatcher;
  /** The same entries in Spanish (`knowledge/es/`): a Spanish question is answered in Spanish. */
  private readonly spanishMatcher: FaqMatcher;
  private readonly intents: IntentMatcher;
  /** "no wait 0192", "not her number …": how a phone number is corrected or refused in the message that gives it. */
  private readonly phoneReading: PhoneWords;
  /** The form's no answers to the permission question, as phrases. */
  private readonly noAnswers: readonly string[];
  /** How the call-back form reads its answers. */
  readonly contactReader: ContactReader;
  /** Clause starts that introduce the writer, as words ("#" a number). */
  private readonly introductions: readonly (readonly string[])[];
  /** "so what i want to know is …": the question follows (`askPhrases`). */
  private readonly askPhrase: RegExp;
  /** Out-of-scope topics about how likely harm is, with the words that ask it (`likelihood` in out-of-scope.json). */
  private readonly likelihoodTopics: ReadonlyMap<string, ReadonlySet<string>>;
  /** Concept id -> the message it adds after "call 911 now" (checked at load to be a key of both languages). */
  private readonly alsoSayOf: ReadonlyMap<string, keyof ReplyMessages>;

  constructor(
    private readonly knowledge: Knowledge,
    { cacheSize = 1 }: ResponderOptions = {},
  ) {
    this.memo = new Memo(cacheSize);
    this.triage = triageFor(knowledge);
    this.matcher = faqMatcherFor(knowledge);
    this.spanishMatcher = spanishFaqMatcherFor(knowledge);
    this.intents = once(
      intentMatchers,
      knowledge,
      () => new IntentMatcher(knowledge.intents, (w) => knowledge.commonWords.has(w)),
    );
    this.contactReader = once(
      contactReaders,
      knowledge,
      () => new ContactReader(knowledge.contact, (w) => knowledge.commonWords.has(w)),
    );
    this.phoneReading = phoneWords(knowledge.contact.corrections);
    // The one-letter "n" is left out: a clause's "n" is rarely a no.
    this.noAnswers = knowledge.contact.consentWords.no
      .map(normalizeText)
      .filter((w) => w.length > 1)
      .map((w) => ` ${w} `);
    this.introductions = knowledge.questionWords.introductions.map((intro) => intro.split(' '));
    // Read as the message is ("what's" is "whats"), and escaped: the phrases are an editor's text.
    this.askPhrase = new RegExp(
      `(?:^| )(?:${alternation(knowledge.questionWords.askPhrases.map(normalizeText))}) `,
      'gu',
    );
    this.likelihoodTopics = new Map(
      knowledge.vocabulary.outOfScope.flatMap((t) =>
        t.likelihood === undefined ? [] : [[t.id, new Set(t.likelihood.map(normalizeText))] as const],
      ),
    );
    this.alsoSayOf = new Map(
      knowledge.triage.concepts.flatMap((c) =>
        c.alsoSay === undefined ? [] : [[c.id, c.alsoSay as keyof ReplyMessages] as const],
      ),
    );
  }

  get messages(): Knowledge['messages'] {
    return this.knowledge.messages;
  }

  /** The replies' words in the reader's language (`knowledge/es/messages.json` for Spanish). */
  messagesIn(spanish: boolean): ReplyMessages {
    return spanish ? this.knowledge.spanish.messages : this.knowledge.messages;
  }

  get contactTexts(): Knowledge['contact'] {
    return this.knowledge.contact;
  }

  /** The most common English words (SUBTLEX), which the form never reads as typos. */
  get commonWords(): ReadonlySet<string> {
    return this.knowledge.commonWords;
  }

  /**
   * Triage of one message (cached for the turn: the bot and the router both ask). In a form, a form command
   * ("don't send it, I'll call them myself", "no lo envíes, ya no quiero") is read by the concepts alone: the
   * statistical second look took such words for despair, and a crisis said in words is still a concept.
   *
   * @param options.nameAsked the form asks for a name now: a name alone is not read for typos of terms.
   * @param options.permissionAsked the form asks for permission now: a no there ("hmm actually no, I don't want to be
   * contacted, I'll just call the office myself") is read by the concepts alone (form review 70 got 988 for it).
   */
  assess(
    text: string,
    {
      inForm = false,
      nameAsked = false,
      permissionAsked = false,
    }: { readonly inForm?: boolean; readonly nameAsked?: boolean; readonly permissionAsked?: boolean } = {},
  ): TriageResult {
    const result = this.memo.get(`assess:${+inForm}${+nameAsked}${+permissionAsked}`, text, () => {
      // "Cancel - my surgeon's office just called me, I don't need it anymore": a cancel with its reason after it
      // (form review 67 got 988 for it).
      const lead = /^\s*([^-–,.:;!?]+)[-–,.:;!?]/u.exec(text)?.[1];
      const cancels = this.intents.is('cancel', text) || (lead !== undefined && this.intents.is('cancel', lead));
      const refuses = permissionAsked && lead !== undefined && this.saysNo(lead);
      const secondLook = !(inForm && (cancels || refuses));
      // The bot and the replies ask with options that mostly come to the same reading: it is done once.
      return this.memo.get(`triage:${+secondLook}${+nameAsked}`, text, () =>
        this.triage.assess(text, { secondLook, nameAsked }),
      );
    });
    this.lastAssessed = { text, result };
    return result;
  }

  /** Whether a clause answers no ("hmm actually no", "no gracias"): a whole word of the form's no answers in it. */
  private saysNo(clause: string): boolean {
    const said = ` ${normalizeText(clause)} `;
    return this.noAnswers.some((w) => said.includes(w));
  }

  /**
   * Keeps what was worked out for this message for later turns (see Memo): the bot calls it for a question answered
   * outside the form, so a form answer (a name, a topic) never stays in memory past its turn.
   */
  remember(text: string): void {
    this.memo.keep(text);
  }

  /** A crisis that only the statistical second look found, with no danger now: no concept said it in words. */
  crisisBySecondLookOnly(result: TriageResult): boolean {
    return (
      result.tier === 'crisis' &&
      result.findings.length > 0 &&
      result.findings.every((f) => isSecondLook(f) && !f.callNow)
    );
  }

  /**
   * The message's language, from this turn's triage if it was already read (the second look, which a form
   * command skips, never changes the language).
   */
  languageOf(text: string): TriageResult['language'] {
    return this.languageReading(text).language;
  }

  /** The language triage read in `text`, from this turn's assessment whatever its options (no second triage in a form). */
  private languageReading(text: string): Pick<TriageResult, 'language' | 'languageSaid' | 'spanishToo'> {
    return this.lastAssessed?.text === text ? this.lastAssessed.result : this.assess(text);
  }

  /**
   * What a triage tier says before anything else: for an emergency or crisis the page's 911
   * sentence first, then "call 911 now" (every emergency, an overdose, a crisis beside an
   * emergency), then for a crisis the 988 Lifeline. A Spanish message gets these in Spanish; one that mixes in
   * English words also gets the English sentence after them (review 79: an all-Spanish reader was handed English
   * at the worst moment). For urgent symptoms, call the care team today. With `text`, a person in danger somewhere
   * else ("mom says on the phone she can't breathe") gets how to get help where they are after "call 911 now".
   */
  triageReplies(result: TriageResult, text?: string): Reply[] {
    const m = this.messages;
    const es = result.language === 'es';
    const say = this.messagesIn(es);
    const english = result.englishToo;
    if (result.tier === 'urgent')
      return [
        { text: say.urgent, urgency: 'urgent' },
        ...(english ? [{ text: m.urgent, urgency: 'urgent' as const }] : []),
      ];
    if (result.tier !== 'emergency' && result.tier !== 'crisis') return [];
    const urgency = result.tier;
    // An overdose, or a crisis beside an emergency ("took extra oxycodone, now barely breathing"), needs 911 now too.
    const callNow = urgency === 'emergency' || result.findings.some((f) => f.modifiers.length === 0 && f.callNow);
    // A crisis beside an urgent symptom ("no he ido al baño en 4 días por las pastillas… me siento inflamada") keeps
    // the care team's advice: 988 does not look at the symptom.
    const urgentToo =
      urgency === 'crisis' && result.findings.some((f) => f.tier === 'urgent' && f.modifiers.length === 0);
    // "Call 911 now" comes first when it is said: review 96 read the general line before it as hedged. A crisis with
    // no danger now opens with the Lifeline, which says to call 911 if in danger (review 101: the general 911 line
    // first read as cold to someone telling of suicidal thoughts).
    const lifelineFirst = urgency === 'crisis' && !callNow;
    return [
      ...(callNow ? [{ text: say.emergencyFollowUp, urgency }] : []),
      ...(callNow && text !== undefined && this.intents.is('farAway', text) ? [{ text: say.emergencyFarAway }] : []),
      ...this.alsoSaid(result).map((key) => ({ text: say[key], urgency })),
      ...(lifelineFirst ? [{ text: say.crisis, urgency }] : []),
      { text: say.emergency, urgency },
      ...(english ? [{ text: m.emergency, urgency }] : []),
      ...(urgency === 'crisis' && !lifelineFirst ? [{ text: say.crisis, urgency }] : []),
      ...(urgentToo ? [{ text: say.urgent, urgency: 'urgent' as const }] : []),
    ];
  }

  /** The messages that the concepts found (not silenced) add after "call 911 now" (`alsoSay` in triage.json). */
  private alsoSaid(result: TriageResult): Array<keyof ReplyMessages> {
    const keys = result.findings.flatMap((f) => {
      const key = f.modifiers.length === 0 ? this.alsoSayOf.get(f.id) : undefined;
      return key === undefined ? [] : [key];
    });
    return [...new Set(keys)];
  }

  /** After an urgent reply: the answer to a question the message also asked, if there is a clear one. */
  answerIfClear(text: string): Reply[] {
    // A symptom told without a question ("headache every time I stand up") gets the care team's advice alone.
    const asks = text.includes('?') || text.split(/[.!,;\n]+/).some((part) => this.questionIn(part) !== undefined);
    if (!asks) return [];
    // The part that asks, when one does: "temperature 100.8 three days after her vertebroplasty. What should we do?"
    // asks what to do about the fever (the care team's advice says it), not about the procedure's timing.
    // The whole message may still settle a near miss of that part ("…also when can I stop the bed rest?").
    const asked = this.askedParts(text);
    let { match, spanish } =
      asked.length > 0 ? this.partsMatch(asked, this.readsSpanish(text)) : this.questionMatch(text);
    if (asked.length > 0 && match.kind === 'clarify') {
      const whole = this.questionMatch(text);
      const settled = whole.match.kind === 'answer' ? whole.match.entry.id : undefined;
      if (match.candidates.some((c) => c.id === settled)) ({ match, spanish } = whole);
    }
    return match.kind === 'answer' ? this.answerReplies(match.entry, spanish) : [];
  }

  /**
   * The FAQ match the bot answers a question with (what `npm run eval` measures). When a message also speaks of
   * symptoms ("no fever, when can I shower?"), the symptom's words would drown the question, so when the whole
   * message has no clear answer, each part is tried.
   */
  questionMatch(text: string): LanguageMatch {
    const whole = this.faqMatch(text);
    const question = this.askedAfterPhrase(text);
    if (question !== undefined) {
      const found = this.faqMatch(question, whole.spanish);
      if (found.match.kind === 'answer') return found;
    }
    // A long message's closing question, answered on its own, wins over the story before it.
    const closing = this.closingQuestion(text);
    if (closing !== undefined) {
      const found = this.faqMatch(closing, whole.spanish);
      if (found.match.kind === 'answer') return found;
    }
    if (whole.match.kind === 'answer') return whole;
    if (this.assess(text).findings.length === 0) return this.questionAfterPreamble(text, whole);
    // The question, not the story before it: the parts that ask ("…?") are tried, last first; with none, every part,
    // last first. "…they did a CT and said all clear. Can I walk again?" once got the imaging answer from "did a CT".
    const parts = this.parts(text);
    const asked = parts.filter((p) => p.endsWith('?'));
    const found = this.partsMatch(asked.length > 0 ? asked : parts, whole.spanish);
    return found.match.kind === 'answer' ? found : whole;
  }

  /**
   * "Good morning. I'm a retired nurse. What criteria are used…?", "Good afternoon, I would like to know if I will be
   * awake": a greeting, or a clause that introduces the writer, before the question drowns it (blind sets 16 and 20).
   * When the whole message has no clear answer, those leading clauses are dropped and the rest is tried; a story
   * before the question is kept, since its words often say what the question is about ("…lay flat 6 hours. Is it
   * similar with this?").
   */
  private questionAfterPreamble(text: string, whole: LanguageMatch): LanguageMatch {
    const firstClause = /^([^,.!?;\n]+)[,.!?;\n]+\s*(\S.*)$/su;
    let rest = text;
    for (let clause = firstClause.exec(rest); clause !== null; clause = firstClause.exec(rest)) {
      const [, lead = '', after = ''] = clause;
      // An introduction may hold the topic ("I'm 74 and I like a hot bath every night"): dropped only when the
      // whole message found nothing at all.
      const dropped = this.intents.is('greeting', lead) || (whole.match.kind === 'none' && this.introduces(lead));
      if (!dropped) break;
      rest = after;
    }
    if (rest === text) return whole;
    const found = this.faqMatch(rest, whole.spanish);
    return found.match.kind === 'answer' ? found : whole;
  }

  /**
   * "my dad is 82 and they are going to put cement in his spine, so what I want to know is what kind of cement is
   * that": the words after the last phrase that says the question follows, when at least three follow (blind set
   * 29a: the story before it won the match).
   */
  private askedAfterPhrase(text: string): string | undefined {
    const said = normalizeText(text);
    let start = -1;
    for (const m of ` ${said} `.matchAll(this.askPhrase)) start = m.index + m[0].length - 1;
    if (start < 0) return undefined;
    const rest = said.slice(start).trim();
    return rest.split(' ').length >= 3 ? rest : undefined;
  }

  /** Whether a clause introduces the writer ("I'm a retired nurse", "soy diabética", "I am 80"). */
  private introduces(clause: string): boolean {
    const words = normalizeText(clause)
      .split(' ')
      .map((w) => (/^\d+$/u.test(w) ? '#' : w));
    return this.introductions.some((intro) => intro.every((w, k) => words[k] === w));
  }

  /**
   * The closing question of a long message ("Hello. I'm 74 and my doctor used the word vertebroplasty about my
   * fracture. … What is the cement, and how long does it take to become solid?"): with three or more sentences and the
   * last one asking, the last sentences that make at least four words (so "For how long?" keeps the one before it).
   * The story before it names the procedure and the family, and won the whole match (blind set 53a).
   */
  private closingQuestion(text: string): string | undefined {
    const sentences = this.parts(text, SENTENCE_ENDS);
    if (sentences.length < 3 || !sentences.at(-1)!.endsWith('?')) return undefined;
    let from = sentences.length - 1;
    while (from > 0 && sentences.slice(from).join(' ').split(/\s+/u).length < CLOSING_QUESTION_WORDS) from--;
    return from === 0 ? undefined : sentences.slice(from).join(' ');
  }

  /** The parts of `text`, each ending at one of `ends` (by default clauses: "…, …; …"). */
  private parts(text: string, ends: RegExp = CLAUSE_ENDS): string[] {
    return text
      .split(ends)
      .map((p) => p.trim())
      .filter((p) => /[\p{L}\d]/u.test(p));
  }

  /** The parts of `text` that end with "?". */
  private askedParts(text: string): string[] {
    return this.parts(text).filter((p) => p.endsWith('?'));
  }

  /** The first of `parts`, last first, that gets an answer; else the last one's match. */
  private partsMatch(parts: readonly string[], spanish: boolean): LanguageMatch {
    let last: LanguageMatch | undefined;
    for (const part of [...parts].reverse()) {
      last = this.faqMatch(part.replace(/[.?!,;\s]+$/u, ''), spanish);
      if (last.match.kind === 'answer') return last;
    }
    return last ?? { match: { kind: 'none', confidence: 0, related: [] }, spanish };
  }

  /**
   * The match in the reader's language (`readsSpanish`; a message read as English is counted for Spanish words
   * only when the English matcher cannot settle it, which keeps the count off most turns). A Spanish question the
   * Spanish matcher cannot answer, and that is on no topic the page lacks, may still be answered from English words
   * in it ("mi esposo tiene 75, he can have this procedure?"), in Spanish. A Spanish button ("Reposo en cama") may
   * read as English: it is answered in Spanish.
   */
  faqMatch(text: string, spanishReader?: boolean): LanguageMatch {
    const button = this.spanishMatcher.titled(text);
    if (button) return { match: { kind: 'answer', entry: button, confidence: 1 }, spanish: true };
    if (spanishReader === false) return { match: this.matcher.match(text), spanish: false };
    let english: FaqMatch | undefined;
    let spanishFirst: FaqMatch | undefined;
    if (spanishReader === undefined && this.languageOf(text) !== 'es') {
      // Read as English: an English answer settles it without counting words (a topic the page lacks does not: an
      // English verdict on Spanish words can be a tie of every topic).
      english = this.matcher.match(text);
      // Its words say English ("is it normal to feel this way?", whose one Spanish FAQ word is "normal"): English.
      // Spanglish ("Durante el procedure, I'm going to be boca abajo o boca arriba?") may still be a Spanish question.
      const { language, languageSaid, spanishToo } = this.languageReading(text);
      let moreSpanish: boolean | undefined;
      const spanishWords = () => (moreSpanish ??= this.moreSpanishWords(text));
      if (spanishToo && spanishWords()) {
        spanishFirst = this.spanishMatcher.match(text);
        if (
          spanishFirst.kind === 'answer' &&
          (english.kind !== 'answer' || spanishFirst.confidence > english.confidence)
        )
          return { match: spanishFirst, spanish: true };
      }
      if (english.kind === 'answer' || (languageSaid && language === 'en') || !spanishWords())
        return { match: english, spanish: false };
    }
    const match = spanishFirst ?? this.spanishMatcher.match(text);
    // A topic the page lacks found from no Spanish word ("mi mamá pregunta: do i take out my hearing aid?") is no verdict.
    const onTopic =
      match.kind === 'none' &&
      match.outOfScope !== undefined &&
      this.spanishMatcher.knownWords(text, { filler: false }) > 0;
    // Spanglish ("tiene que estar acostada on her stomach todo el procedure"): with two English words of the
    // page or more, a Spanish answer is checked against the English reading and the surer one is given.
    const mixed = match.kind === 'answer' && this.matcher.knownWords(text, { filler: false }) >= 2;
    if ((match.kind === 'answer' && !mixed) || onTopic) return { match, spanish: true };
    english ??= this.matcher.match(text);
    if (english.kind !== 'answer' || (match.kind === 'answer' && match.confidence >= english.confidence))
      return { match, spanish: true };
    return {
      match: { ...english, entry: this.spanishMatcher.entry(english.entry.id) ?? english.entry },
      spanish: true,
    };
  }

  /**
   * Spanish by triage's reading, or by the words: "beneficios vertebroplastia" has no word triage knows, but
   * more of the Spanish FAQ's words than of the English one's.
   */
  private readsSpanish(text: string): boolean {
    return this.languageOf(text) === 'es' || this.moreSpanishWords(text);
  }

  private moreSpanishWords(text: string): boolean {
    return this.spanishMatcher.knownWords(text) > this.matcher.knownWords(text);
  }

  welcome(): Reply[] {
    const m = this.messages;
    return [
      { text: m.welcome },
      { text: m.notForEmergencies },
      { text: m.welcomeTopicsPrompt, choices: [...this.titles(m.welcomeTopics), m.contactButton] },
    ];
  }

  /**
   * The help menu; "help me" or "ayuda" typed alone may be a cry for help, so 911 comes first then. In Spanish
   * for a Spanish request ("ayuda", "menú de opciones").
   */
  help(text = ''): Reply[] {
    const spanish = text !== '' && this.readsSpanish(text);
    const say = this.messagesIn(spanish);
    return [
      ...this.helpCry(text),
      { text: say.help, choices: [...this.titles(this.messages.welcomeTopics, spanish), say.contactButton] },
    ];
  }

  /**
   * The message right after a 911 or 988 reply, when it speaks to that reply (review 74's and 82's conversations got
   * "I don't know" or a cheerful menu):
   * - "what do I do?": that reply's call to act again ("call 911 now"; the Lifeline, with "call 911 now" when someone
   *   is in danger);
   * - "should we wait? he says he's fine now": don't wait, call 911 now (the Lifeline again after a crisis);
   * - "ok" or "thanks" outside a form: one short reminder (in a form, "ok" resumes it);
   * - after 988, a statement outside a form that is no question ("no I have not done anything, just tired"): the
   *   Lifeline check-in, not a page answer its words happen to match.
   * `again` says whether the alarm is remembered for one more message: not after a reminder, so a second "ok" is an
   * ordinary message. Undefined when the message asks something else.
   */
  alarmAgain(text: string, alarm: Alarm, inForm = false): { replies: Reply[]; again: boolean } | undefined {
    const say = this.messagesIn(alarm.spanish);
    const reply = (t: string): Reply => ({ text: t, urgency: alarm.tier });
    const lifeline = alarm.tier === 'crisis' ? [reply(say.crisis)] : [];
    // "please help" right after 911, in the form too: 911 again, and the form stays on hold (review 101 went back to
    // asking for an email).
    if (this.intents.is('whatNow', text) || this.intents.is('helpCry', text))
      return { replies: [...(alarm.callNow ? [reply(say.emergencyFollowUp)] : []), ...lifeline], again: true };
    if (this.intents.is('waitInstead', text))
      return { replies: [...(alarm.callNow ? [reply(say.emergencyDontWait)] : []), ...lifeline], again: true };
    // "ok, what number do I call?" right after "call 911 now": 911 first, then the hospital's number (review 88). In a
    // form only a question: "mi numero es 832-…" answers the form's phone step (review 94).
    const { match, spanish } = this.faqMatch(text, alarm.spanish);
    const asks = !inForm || this.isQuestion(text);
    if (alarm.callNow && asks && match.kind === 'answer' && match.entry.id === 'contact-hospital')
      return {
        replies: [reply(say.emergencyFollowUp), ...lifeline, ...this.answerReplies(match.entry, spanish)],
        again: true,
      };
    if (inForm) return undefined;
    // "should I still take him to the pharmacy?" right after "call 911 now": a message the page cannot answer gets the
    // reminder before "I don't know" (review 90, conversation 3).
    // Any other question of the page gets its answer after one line that 911 comes first (review 96, conversation 3:
    // "should I still do my exercises?" right after leg numbness and a wet bed got the lifting answer alone).
    if (alarm.callNow && alarm.tier === 'emergency') {
      const decision = this.decide(text);
      if (decision.action === 'reply' && decision.event === 'faq.none')
        return { replies: [reply(say.emergencyCheckIn), ...decision.replies], again: false };
      if (decision.action === 'reply' && (decision.event === 'faq.answer' || decision.event === 'faq.clarify'))
        return { replies: [...this.alarmReminder(alarm), ...decision.replies], again: false };
    }
    // "never mind" after 988 is no call-back to withdraw: the Lifeline again, kindly (review 89, conversation 7).
    const aside = ['yes', 'thanks', 'cancel', 'withdraw'] as const;
    if (!aside.some((intent) => this.intents.is(intent, text))) {
      // After 988, a statement answers that reply ("no I have not done anything, just tired"): the check-in, not a
      // page answer its words happen to match (review 127b, conversation 2). A question still gets its answer.
      if (alarm.tier !== 'crisis' || this.isQuestion(text)) return undefined;
      const decision = this.decide(text);
      const answers = decision.action === 'reply' && /^(faq|smalltalk)\./u.test(decision.event);
      return answers ? { replies: this.alarmReminder(alarm), again: false } : undefined;
    }
    const checkIn =
      alarm.tier === 'crisis'
        ? [...(alarm.callNow ? [reply(say.emergencyFollowUp)] : []), reply(say.crisisCheckIn)]
        : [reply(say.emergencyCheckIn)];
    return { replies: checkIn, again: false };
  }

  /**
   * One line that the alarm's call to act comes first, said before what the next message gets when it goes on with
   * something else (the form's next question, an answer): 911 after an emergency, 988 after a crisis.
   */
  alarmReminder(alarm: Alarm): Reply[] {
    const say = this.messagesIn(alarm.spanish);
    // After an overdose or a crisis in danger now, 911 comes first again (review 115a: the check-in alone said only
    // "if in danger, call 911" one message after "call 911 now").
    const first911 = alarm.callNow ? [{ text: say.emergencyFirst, urgency: 'emergency' as const }] : [];
    if (alarm.tier === 'crisis') return [...first911, { text: say.crisisCheckIn, urgency: 'crisis' }];
    return first911;
  }

  /** The alarm a triage result gave, to be remembered for the next message; undefined below crisis or emergency. */
  alarmOf(result: TriageResult): Alarm | undefined {
    if (result.tier !== 'emergency' && result.tier !== 'crisis') return undefined;
    const replies = this.triageReplies(result);
    const callNow = replies.some((r) => r.text === this.messagesIn(result.language === 'es').emergencyFollowUp);
    return { tier: result.tier, spanish: result.language === 'es', callNow };
  }

  /** Whether the message asks for help or the menu ("help", "menu", "help me", "ayuda"). */
  asksForHelp(text: string): boolean {
    return this.intents.is('help', text) || this.intents.is('helpCry', text);
  }

  /** The line said before any help when the request may be a cry for help, in Spanish for a Spanish one. */
  helpCry(text: string): Reply[] {
    if (!this.intents.is('helpCry', text)) return [];
    return [{ text: this.messagesIn(this.assess(text).language === 'es').helpCry, urgency: 'emergency' }];
  }

  /** The language to reply in when the caller has not settled it: the message's own, else English. */
  private replyLanguage(text: string): 'en' | 'es' {
    return this.spokenLanguage(text) ?? 'en';
  }

  /**
   * The language the message's words tell: triage's hint words, else which FAQ's words it holds more of ("me van a
   * dormir?"); none for "ok", "1" or a phone number.
   */
  spokenLanguage(text: string): 'en' | 'es' | undefined {
    return this.memo.get('spoken', text, () => this.wordsLanguage(text));
  }

  private wordsLanguage(text: string): 'en' | 'es' | undefined {
    const { language, languageSaid } = this.assess(text);
    if (languageSaid) return language;
    const spanish = this.spanishMatcher.knownWords(text, { filler: false });
    const english = this.matcher.knownWords(text, { filler: false });
    return spanish === english ? undefined : spanish > english ? 'es' : 'en';
  }

  /**
   * Small talk, contact request or FAQ. The caller has already ruled out an emergency. `language` is the reply's, when
   * the caller has settled it (the bot does, once per turn: the message's own, else the reader's language so far).
   */
  decide(text: string, language: 'en' | 'es' = this.replyLanguage(text)): Decision {
    return this.memo.get(`decide:${language}`, text, () => this.decideNow(text, language));
  }

  private decideNow(text: string, language: 'en' | 'es'): Decision {
    const m = this.messages;
    const say = this.messagesIn(language === 'es');
    // A phone number typed outside the form ("it's for my mom, 832-555-0111") is a call-back request; with
    // "call me" too, the number is kept for the form.
    if (phoneIn(text) !== undefined) {
      // "713 555 0129 no wait 0192": the number as corrected; one that cannot be placed, or one of two numbers,
      // is asked for in the form.
      const phone = onePhoneIn(text, this.phoneReading);
      const email = emailIn(text);
      const details = phone && { phone: phone.value, ...(email && { email: email.value }) };
      return { action: 'startContact', event: 'contact.start', language, ...(details && { details }) };
    }
    // "please don't call me", "cancel my request" hold "call me" or "request": no new form for them.
    // "cancel" outside the form (after a declined one, say) has nothing to stop here: "Cancelar" once got the
    // conditions-treated answer by its likeness to "cancer" (form review 39).
    if (this.intents.is('withdraw', text) || this.intents.is('cancel', text))
      return {
        action: 'reply',
        event: 'contact.withdraw',
        replies: [{ text: say.withdraw }],
      };
    if (this.intents.is('dataRequest', text))
      return {
        action: 'reply',
        event: 'privacy.dataRequest',
        replies: [{ text: say.dataRequest }],
      };
    if (this.intents.is('contact', text)) return { action: 'startContact', event: 'contact.start', language };
    if (this.intents.is('greeting', text) || this.intents.is('presence', text))
      return {
        action: 'reply',
        event: 'smalltalk.greeting',
        replies: [{ text: say.greeting, choices: this.titles(m.welcomeTopics, language === 'es') }],
      };
    if (this.intents.is('thanks', text))
      return { action: 'reply', event: 'smalltalk.thanks', replies: [{ text: say.thanks }] };
    if (this.intents.is('goodbye', text))
      return { action: 'reply', event: 'smalltalk.goodbye', replies: [{ text: say.goodbye }] };
    if (this.asksForHelp(text)) return { action: 'reply', event: 'help', replies: this.help(text) };
    // "yes" after "a team member can call you" or "anything else?": the way to either, not "I don't know".
    if (this.intents.is('yes', text))
      return {
        action: 'reply',
        event: 'smalltalk.yes',
        replies: [{ text: say.yesAlone, choices: [say.contactButton] }],
      };
    // "I've been feeling kind of down after the procedure": a kind word first, then the answer if one is clear.
    if (this.intents.is('lowMood', text))
      return {
        action: 'reply',
        event: 'smalltalk.lowMood',
        replies: [{ text: say.lowMood }, ...this.answerIfClear(text)],
      };
    return this.answer(text, language);
  }

  /** The FAQ's reply to a message: the answer, "Did you mean" buttons, or the honest fallback with the call offer. */
  answer(text: string, language: 'en' | 'es' = this.replyLanguage(text)): Decision {
    const m = this.messages;
    // "When should I go to the ER?", "if I can't pee after, is that an emergency?": the page has no answer to
    // these, and a matched answer would be about something else. Say when to call 911 and who can tell more.
    if (this.assess(text).findings.some((f) => f.tier === 'info')) return this.warningSignsDecision(text);
    const several = this.severalAnswers(text);
    if (several !== undefined) return several;
    const { match, spanish } = this.questionMatch(text);
    if (match.kind === 'answer') {
      // "what if her legs go numb after?", "si se me duermen las piernas, a quién llamo?": a sign the sources send to
      // 911, asked about ahead, gets "if that happens, call 911" even when an entry also matched (the sign's words
      // often pull in an unrelated one). That line already gives the hospital's number, which is all the contact
      // entry would add.
      if (this.signAskedAhead(text)) {
        if (match.entry.id === 'contact-hospital') return this.warningSignsDecision(text, match);
        return {
          action: 'reply',
          event: 'faq.answer',
          entryId: match.entry.id,
          replies: [{ text: match.entry.answer }, this.warningSignsReply(text, match)],
        };
      }
      return {
        action: 'reply',
        event: 'faq.answer',
        entryId: match.entry.id,
        replies: this.answerReplies(match.entry, spanish),
      };
    }
    // A question about warning signs is not a topic of the page: say when to call 911 and who can tell more.
    if (this.assess(text).asksAboutWarningSigns) return this.warningSignsDecision(text, match);
    // "👍" or "1" in a Spanish conversation: "I don't know" in Spanish; a menu keeps its matcher's language.
    const fallbackSpanish = match.kind === 'none' ? language === 'es' || spanish : spanish;
    const say = this.messagesIn(fallbackSpanish);
    if (match.kind === 'clarify') {
      return {
        action: 'reply',
        event: 'faq.clarify',
        replies: [
          {
            text: say.didYouMean,
            choices: [...match.candidates.map((c) => c.title), say.contactButton],
          },
        ],
      };
    }
    // Topics of the page that came close ("Going home" for "can I drive myself home?") before the usual ones.
    const topics =
      match.related.length > 0
        ? { text: say.relatedTopicsPrompt, choices: match.related.map((e) => e.title) }
        : { text: say.fallbackTopicsPrompt, choices: this.titles(m.fallbackTopics, fallbackSpanish) };
    return {
      action: 'reply',
      event: 'faq.none',
      replies: [{ text: say.fallback }, { text: topics.text, choices: [...topics.choices, say.contactButton] }],
    };
  }

  /**
   * "will it hurt? how long is recovery?": two or more questions, each with a clear answer of its own, get each
   * answer (form review 32: the first was ignored). Anything less clear is matched as one message.
   */
  private severalAnswers(text: string): Decision | undefined {
    if ((text.match(/\?/g) ?? []).length < 2) return undefined;
    const parts = text
      .split(/[?¿]+/u)
      .map((p) => p.trim())
      .filter((p) => p.split(/\s+/u).length >= 2);
    if (parts.length < 2) return undefined;
    const answers: Array<{ entry: FaqEntry; spanish: boolean }> = [];
    for (const { match, spanish } of parts.map((p) => this.faqMatch(p))) {
      if (match.kind !== 'answer' || answers.some((a) => a.entry.id === match.entry.id)) return undefined;
      answers.push({ entry: match.entry, spanish });
    }
    // Each answer's text; the last one's buttons, without the questions just answered.
    const answered = new Set(answers.map((a) => a.entry.title));
    const replies = answers.map(({ entry, spanish }, i) => {
      const [reply] = this.answerReplies(entry, spanish);
      return i < answers.length - 1
        ? { text: reply!.text }
        : { text: reply!.text, choices: (reply!.choices ?? []).filter((c) => !answered.has(c)) };
    });
    return { action: 'reply', event: 'faq.answer', entryId: answers.map((a) => a.entry.id).join(','), replies };
  }

  /** When to call 911: a sign the sources send to 911, asked about ahead ("what if I get chest pain after?"), is said to be one. */
  private warningSignsDecision(text: string, match?: FaqMatch): Decision {
    return { action: 'reply', event: 'faq.warningSigns', replies: [this.warningSignsReply(text, match)] };
  }

  /** `match`: the FAQ match already made for the message, if any (read again otherwise). */
  private warningSignsReply(text: string, match?: FaqMatch): Reply {
    const say = this.messagesIn(this.readsSpanish(text));
    const ahead = this.signAskedAhead(text);
    return {
      text: ahead
        ? this.asksLikelihood(text, match)
          ? say.warningSignRisk
          : say.warningSignEmergency
        : this.signAskedAhead(text, 'urgent')
          ? say.warningSignUrgent
          : say.warningSigns,
      choices: [say.contactButton],
    };
  }

  /** "could I end up paralyzed?": the question is how likely a 911 sign is, a topic the page does not cover. */
  private asksLikelihood(text: string, match: FaqMatch = this.questionMatch(text).match): boolean {
    const words =
      match.kind === 'none' && match.outOfScope !== undefined ? this.likelihoodTopics.get(match.outOfScope) : undefined;
    return (
      words !== undefined &&
      normalizeText(text)
        .split(' ')
        .some((w) => words.has(w))
    );
  }

  /**
   * A sign the sources send to 911 (or, with `tier` "urgent", to the care team the same day), asked about ahead only
   * ("what if I get chest pain after?", "si me da fiebre qué hago?").
   */
  private signAskedAhead(text: string, tier: 'emergency' | 'urgent' = 'emergency'): boolean {
    return this.assess(text).findings.some(
      (f) => f.tier === tier && f.modifiers.length === 1 && f.modifiers[0] === 'hypothetical',
    );
  }

  /** Whether the message is the small-talk or form command `intent` ("cancel", "help"…). */
  isIntent(intent: IntentName, text: string): boolean {
    return this.intents.is(intent, text);
  }

  /**
   * A confident FAQ answer to a message in the middle of a form that reads as a question ("wait, how
   * long is bed rest?"), or undefined: an answer to the form's step is not a question, and a form
   * never offers menus.
   */
  answerDuringForm(text: string): { readonly entryId: string; readonly replies: readonly Reply[] } | undefined {
    const question = this.questionIn(text);
    if (question === undefined) return undefined;
    const { match } = this.faqMatch(question, this.readsSpanish(text));
    return match.kind === 'answer' ? { entryId: match.entry.id, replies: [{ text: match.entry.answer }] } : undefined;
  }

  /**
   * Whether the message reads as a question ("wait, why do you need my email?", "¿duele mucho?"), or asks one before
   * saying more ("para qué quieren mi email? no me gusta dar eso": form review 26 read it as a bad email).
   */
  isQuestion(text: string): boolean {
    return this.questionIn(text) !== undefined || /\?\s*\p{L}/u.test(text);
  }

  /** The message without its lead-in ("wait,", "sorry"), if it then reads as a question. */
  private questionIn(text: string): string | undefined {
    const { starts, leadIns } = this.knowledge.questionWords;
    let t = normalizeText(text);
    const leadIn = leadIns.map(normalizeText).find((l) => t.startsWith(`${l} `));
    if (leadIn !== undefined) t = t.slice(leadIn.length + 1);
    const written = text.trim();
    return written.endsWith('?') || written.startsWith('¿') || starts.includes(t.split(' ')[0] ?? '') ? t : undefined;
  }

  /** The answer, with related questions as buttons (like QnA follow-up prompts), in Spanish for a Spanish reader. */
  answerReplies(entry: FaqEntry, spanish = false): Reply[] {
    const contactButton = this.messagesIn(spanish).contactButton;
    const related = this.titles(entry.related, spanish);
    const choices = entry.id === 'contact-hospital' ? [contactButton] : [...related, contactButton];
    return [{ text: entry.answer, choices }];
  }

  private titles(ids: readonly string[], spanish = false): string[] {
    const matcher = spanish ? this.spanishMatcher : this.matcher;
    return ids.map((id) => matcher.entry(id)?.title).filter((t): t is string => t !== undefined);
  }
}
