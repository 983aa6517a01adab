import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { FaqMatcher, type FaqMatcherOptions, type MatcherVocabulary, matchTokens } from './faqMatcher.js';
import { type FaqPhrasing, faqPhrasingsSchema } from './faqModel.js';
import { checkMatching } from './matchingChecks.js';
import { timeParser } from './contactFields.js';
import { normalizeText } from './normalize.js';
import { loadCommonWords, loadRankedWords } from './triage/commonWords.js';
import {
  DangerModel,
  type DangerModelData,
  dangerModelSchema,
  TriageModel,
  type TriageModelData,
  triageModelSchema,
} from './triage/model.js';
import { Triage } from './triage/triage.js';
import { foldText } from './triage/tokens.js';
import { checkTriage, type TriageData, triageSchema } from './triage/schema.js';

/**
 * Loads and validates everything the bot says and recognizes from `knowledge/`.
 * A broken file must stop start-up with the file, the entry and the field named, so
 * a content editor can fix it without reading code.
 */

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

const organizationSchema = z.strictObject({
  name: text,
  phone: text,
  phoneHref: z.string().regex(/^tel:\+\d{6,15}$/, 'must look like tel:+17135550123'),
  botName: text,
});

const faqEntrySchema = z.strictObject({
  id,
  title: text.max(60, 'must be at most 60 characters (it is a button label)'),
  answer: text.max(600, 'must be at most 600 characters: answers stay short'),
  source: z.array(text).min(1, 'must quote at least one sentence of the source page'),
  keywords: z.array(text).min(1, 'must list at least one keyword'),
  examples: z.array(text).min(3, 'must list at least three example questions'),
  related: z.array(id).max(3, 'must list at most three related entries'),
});

const faqSchema = z.strictObject({ entries: z.array(faqEntrySchema).min(1, 'must list at least one entry') });
/** `es/faq.json`: an entry's Spanish words; its sources and related entries are the English entry's. */
const spanishFaqSchema = z.strictObject({
  description: z.string().optional(),
  entries: z.array(faqEntrySchema.pick({ id: true, title: true, answer: true, keywords: true, examples: true })),
});

/** A topic the page does not answer: scored like an FAQ entry, winning it gives the honest fallback. */
const outOfScopeTopicSchema = z.strictObject({
  id,
  title: text,
  keywords: z.array(text).min(1, 'must list at least one keyword'),
  examples: z.array(text).min(3, 'must list at least three example questions'),
  /**
   * Words the page never speaks of ("cost", "medicare"): a question with one is about this topic whatever
   * procedure words it also uses ("is an overnight stay more expensive?"), unless the entry it would get uses the word.
   */
  marks: z.array(text.regex(/^\S+$/, 'must be one word (a phrase would mark each of its words)')).optional(),
  /** Off the subject altogether (small talk, sports): among the best, no page topic is offered as related. */
  offTopic: z.boolean().optional(),
  /**
   * How likely harm is (risks): a 911 sign asked about under this topic with one of these words ("could I end up
   * paralyzed?", "is there a risk of a heart attack?") gets `warningSignRisk`, which says the page cannot tell how
   * likely it is before when to call 911; "what happens if I get chest pain after?" keeps the 911 reply.
   */
  likelihood: z.array(text).optional(),
});

const outOfScopeSchema = z.strictObject({
  description: z.string().optional(),
  topics: z.array(outOfScopeTopicSchema).min(1, 'must list at least one topic'),
});

const messagesSchema = z.strictObject({
  welcome: text,
  notForEmergencies: text,
  welcomeTopicsPrompt: text,
  welcomeTopics: z.array(id).min(1).max(6),
  greeting: text,
  thanks: text,
  /** Low mood told in passing: a kind word, the care team's number and 988 for thoughts of self-harm. */
  lowMood: text,
  goodbye: text,
  help: text,
  /** Before the help menu when "help me" or "ayuda" is typed alone: it may be a cry for help. */
  helpCry: text,
  /** A bare "yes" outside the form answers an offer the bot made: say how to ask a question or for a call. */
  yesAlone: text,
  /** A request withdrawn outside the form: the bot cannot take back a sent request, the team can. */
  withdraw: text,
  /** How the details are used and how to have them deleted. */
  dataRequest: text,
  didYouMean: text,
  fallback: text,
  fallbackTopicsPrompt: text,
  /** After "I don't know", above the page's topics that came close to the question. */
  relatedTopicsPrompt: text,
  fallbackTopics: z.array(id).min(1).max(6),
  contactButton: text,
  emergency: text,
  emergencyFollowUp: text,
  /** After "call 911 now" when the person is elsewhere ("mom says on the phone…"): get help where they are (review 94). */
  emergencyFarAway: text,
  /** After "call 911 now" for a child who swallowed medicines (triage concept `alsoSay`): Poison Control too. */
  poisonControl: text,
  /** After "call 911 now" for carbon monoxide (`alsoSay`): everyone out into fresh air first [CDCCO]. */
  coFreshAir: text,
  /** After "call 911 now" for heat stroke (`alsoSay`): somewhere cool, cool water, while waiting [CDCHEAT]. */
  heatFirstAid: text,
  /** After "call 911 now" for hypothermia (`alsoSay`): somewhere warm, wet clothes off, dry blankets [CDCCOLD]. */
  coldFirstAid: text,
  /** "Should we wait? He says he's fine now" right after 911: call now, even if the signs fade (Mayo, stroke). */
  emergencyDontWait: text,
  /** "ok" or "thanks" right after 911, outside a form: one reminder to call, not a cheerful menu (review 82). */
  emergencyCheckIn: text,
  /** Before an answer or the form's next question, right after "call 911 now" (review 96's conversations). */
  emergencyFirst: text,
  /** "ok" or "thanks" right after 988: the Lifeline again in a few words, not a cheerful menu (review 82). */
  crisisCheckIn: text,
  /** After 911 (and 988) in the middle of the form: no form question right after an emergency. */
  formOnHold: text,
  /** The first message after a hold: the form's question is asked again, the message itself is not taken as an answer. */
  formResume: text,
  crisis: text,
  urgent: text,
  warningSigns: text,
  /** A question about a sign the sources say needs 911 ("what if I can't wake my dad after sedation?"). */
  warningSignEmergency: text,
  /** A question about a sign the sources send to the care team the same day ("si me da fiebre, ¿qué hago?"). */
  warningSignUrgent: text,
  /** A 911 sign asked about as a risk of the procedure ("could it leave me paralyzed?"): not known here, and 911 if so. */
  warningSignRisk: text,
  nonText: text,
  empty: text,
  error: text,
  pageEmergencyNotice: text,
  pageAbout: text,
  embedUnavailable: text.refine((s) => s.includes('{phone}'), { message: 'must contain {phone}' }),
  embedOpenChat: text,
});

/**
 * `es/messages.json`: what a Spanish reader may be told, every one of them (a missing key stops start-up rather than
 * answering a Spanish reader in English). The welcome, page texts and errors come before the bot knows the reader's
 * language and stay English (the welcome ends with one Spanish sentence).
 */
const spanishMessagesSchema = messagesSchema
  .pick({
    greeting: true,
    thanks: true,
    lowMood: true,
    goodbye: true,
    help: true,
    helpCry: true,
    yesAlone: true,
    withdraw: true,
    dataRequest: true,
    didYouMean: true,
    fallback: true,
    fallbackTopicsPrompt: true,
    relatedTopicsPrompt: true,
    contactButton: true,
    warningSigns: true,
    warningSignEmergency: true,
    warningSignUrgent: true,
    warningSignRisk: true,
    emergency: true,
    emergencyFollowUp: true,
    emergencyFarAway: true,
    poisonControl: true,
    coFreshAir: true,
    heatFirstAid: true,
    coldFirstAid: true,
    emergencyDontWait: true,
    emergencyCheckIn: true,
    emergencyFirst: true,
    crisisCheckIn: true,
    crisis: true,
    urgent: true,
    formOnHold: true,
    formResume: true,
  })
  .strict();

const intentSchema = z.strictObject({
  match: z.enum(['only', 'contains']),
  phrases: z.array(text).min(1),
  /** Phrases that count only as the whole message ("call" alone asks for a call; "when do I call?" does not). */
  alone: z.array(text).optional(),
  /**
   * `alone` phrases also count as a whole sentence or clause of a longer message ("… mi hija me va a llevar
   * directamente. cancela", "sabes qué, cancel, ya me llamaron"): for commands, never for words that may close a
   * question ("… thanks").
   */
  aloneAtEnd: z.boolean().optional(),
  /**
   * Phrases that take the intent back when a later clause says them ("cancel... no wait, I still want the call"):
   * the message then does not express it (form review 52 cancelled a request its writer still wanted).
   */
  takenBackBy: z.array(text).optional(),
});

const intentsSchema = z.strictObject({
  greeting: intentSchema,
  /** "are you there?", "hay alguien?": in the form, the question is asked again; outside it, a greeting. */
  presence: intentSchema,
  thanks: intentSchema,
  goodbye: intentSchema,
  help: intentSchema,
  /** "help me", "ayuda": the help menu, after a line that says to call 911 now if something is wrong. */
  helpCry: intentSchema,
  yes: intentSchema,
  contact: intentSchema,
  cancel: intentSchema,
  /** In the form: "let me start over" begins it again with nothing kept. */
  restart: intentSchema,
  /** Outside the form: "cancel my request", "ya no me llamen". A sent request is withdrawn by calling. */
  withdraw: intentSchema,
  /** "delete my info", "what happens to my data?": how the details are used, and how to have them deleted. */
  dataRequest: intentSchema,
  /** "what do I do?", "¿qué hago?" right after a 911 or 988 reply: that reply's call to act, again. */
  whatNow: intentSchema,
  /** "should we wait?", "he says he's fine now" right after 911: don't wait, call now (review 82). */
  waitInstead: intentSchema,
  /** "I've been feeling down since the procedure": a kind word and who can help, before any answer (review 82). */
  lowMood: intentSchema,
  /** "mom says on the phone…", "vive en Honduras": the person in danger is elsewhere (review 94). */
  farAway: intentSchema,
  /** "one sec, my grandson is at the door", "ya regresé": in the form, a kind word and the question again (review 58). */
  pause: intentSchema,
});

const contactSchema = z.strictObject({
  intro: text,
  askName: text,
  retryName: text,
  askPhone: text,
  retryPhone: text,
  askEmail: text,
  retryEmail: text,
  /** "yes" alone at the email question: a way to give it, not "that doesn't look like an email" (form review 50). */
  retryEmailYes: text,
  /** An email whose domain looks mistyped ("gmail.con"): asked once, with the fix as a button ({email}). */
  emailDidYouMean: text.refine((s) => s.includes('{email}'), { message: 'must contain {email}' }),
  /** The endings an email's domain is checked against for typos ("con" is "com"). */
  emailTopLevelDomains: z.array(text).min(1),
  askTime: text,
  retryTime: text,
  timeChoices: z.array(text).min(2).max(6),
  openingDetails: z.strictObject({
    description: z.string().optional(),
    topicStarts: z.array(text).min(1),
    /** "about two weeks ago": after a lead-in, an amount of time or a number says when, not what the call is about. */
    approximateAfter: z.array(text),
    topicMinWords: z.number().int().min(1).max(10),
    /** Words that name no topic by themselves ("the procedure", "her vertebroplasty"): a topic needs another word. */
    vagueTopicWords: z.array(text),
    /** Where a detail starts in a request typed without punctuation: the message is cut there into clauses. */
    clauseStarts: z.array(text),
    /** Where a topic said in the first message ends: the next detail's lead-in ("mi número es", "call me"). */
    topicEnds: z.array(text),
    /** "soy Guillermo Castillo al 713…", "I'm Bill Castle at 713…": a word that leads to the number ends no name. */
    beforePhone: z.array(text),
    /** Words of the call itself: "quiero saber si me pueden llamar" asks for the call, it names no topic. */
    topicNotAbout: z.array(text),
    noEmail: z.array(text),
  }),
  timeAnswers: z.strictObject({
    description: z.string().optional(),
    choices: z.record(text, z.array(text).min(1)),
    fillerWords: z.array(text),
    /** "no, mejor en la tarde": words between a correction word and the time it gives. */
    correctionLeadIns: z.array(text),
    /** "en la mañana... no wait, mejor en la tarde": after punctuation, a mind changed; the time after it is meant. */
    changesOfMind: z.array(text),
    timeWords: z.array(text).min(1),
    /**
     * Time words that name no time on their own ("any", "after", "until"): at the permission question, "no I dont
     * want any calls" is an answer, not a new best time (form review 32's run).
     */
    weakTimeWords: z.array(text),
    negations: z.array(text),
    /** Words that keep a choice named in a sentence from being the answer on its own ("except evenings"). */
    notOneChoice: z.array(text),
    /** Time zones ("hora de México"): a choice said with one is kept as written, so staff see the zone. */
    timeZones: z.array(text),
    /** Phrases that name their choice only as the whole answer ("mañana" is also "tomorrow"). */
    choiceOnlyAlone: z.array(text),
    /** A refusal of the call that a time may follow ("don't want to be called in the morning"): no cancel then. */
    notCalledLeadIns: z.array(text),
    maxLength: z.number().int().min(20).max(200),
    /** Words that ask for the call before a time in the first message ("call me in the morning"). */
    callWords: z.array(text).min(1),
    /** A word that starts a clause right before its time ("best after 5pm", "mejor en las tardes"). */
    bestWords: z.array(text),
    /** Where a time said in the first message ends and the topic begins ("… before 11 about my back"). */
    topicStarts: z.array(text),
    /** Words that start a clock time at the summary ("between 1 and 2 pm"). */
    clockLeadIns: z.array(text).min(1),
    /**
     * Time words that ordinary questions hold too ("how long before he can drive after this?"): a question whose
     * only time words are these, with no number, is a question, not a best time.
     */
    relativeWords: z.array(text),
  }),
  spokenDigits: z
    .object({ description: z.string().optional() })
    .catchall(z.string().regex(/^\d$/, 'must be one digit')),
  /**
   * Numbers read in pairs ("cero uno, veinte", "oh one twenty"): words that say two digits ("veinte", "fifteen"), and
   * tens ("treinta", "thirty") that take a digit word after them, with or without a joiner ("treinta y cuatro").
   */
  spokenPairs: z.strictObject({
    description: z.string().optional(),
    whole: z.record(z.string(), z.string().regex(/^\d\d$/, 'must be two digits')),
    tens: z.record(z.string(), z.string().regex(/^[1-9]$/, 'must be one digit, 1 to 9')),
    joiners: z.array(text),
  }),
  /** "maria dot lopez at gmail dot com": the words said for "@" and ".". */
  spokenEmail: z.strictObject({
    description: z.string().optional(),
    at: z.array(text).min(1),
    dot: z.array(text).min(1),
  }),
  askMessage: text,
  retryMessage: text,
  /** "yes" alone at the topic question is no topic (form review 50 found "yes" saved as one). */
  retryMessageYes: text,
  askConsent: text,
  retryConsent: text,
  consentChoices: z.tuple([text, text]),
  /** Other words that mean the first and the second consent choice. */
  consentWords: z.strictObject({ yes: z.array(text), no: z.array(text) }),
  /** Asked once after a first "No": nothing typed is lost to a slip or a change of mind (form review 51). */
  askConsentAgain: text,
  noConsent: text,
  summary: text.refine(
    (s) =>
      ['{yourName}', '{yourPhone}', '{yourEmail}', '{yourTime}', '{yourMessage}', '{yourLanguage}'].every((p) =>
        s.includes(p),
      ),
    {
      message: 'must contain {yourName}, {yourPhone}, {yourEmail}, {yourTime}, {yourMessage} and {yourLanguage}',
    },
  ),
  summaryNotGiven: text,
  askConfirm: text,
  confirmChoices: z.tuple([text, text, text]),
  /** Other words that mean "send" and "change" at the summary. */
  confirmWords: z.strictObject({ send: z.array(text), change: z.array(text) }),
  retryConfirm: text,
  askWhichField: text,
  retryWhichField: text,
  /** "hello?", "are you there?" in the middle of the form, before its question is asked again. */
  stillHere: text,
  /** Said to "one sec" or "sorry I'm back" in the form, before the question again. */
  takeYourTime: text,
  /** "let me start over": the form begins again, empty. */
  restarted: text,
  /** The five details in `FIELDS` order, then the call's language. */
  fieldChoices: z.tuple([text, text, text, text, text, text]),
  /** Other words for each of `fieldChoices`, in order, in both languages ("time" for "Best time": form review 38). */
  fieldChoiceWords: z.tuple([z.array(text), z.array(text), z.array(text), z.array(text), z.array(text), z.array(text)]),
  /** Offered after "Change something" when the call is about someone else: a new name, or "me" for none. */
  patientChoice: text,
  /** Other words for `patientChoice`, in both languages ("patient name": form review 48 was refused). */
  patientChoiceWords: z.array(text),
  askPatientName: text,
  /** Asked again when the answer to `askPatientName` is no name. */
  retryPatientName: text,
  /** Answers to `askPatientName` that say the call is about the caller ("me", "yo", "no patient"). */
  patientSelfWords: z.array(text).min(1),
  patientRemoved: text,
  patientChanged: text.refine((s) => s.includes('{patientName}'), { message: 'must contain {patientName}' }),
  /** After "call my daughter Maricel instead": "{name}" is the person called now, "{patientName}" the caller before. */
  calledInstead: text.refine((s) => s.includes('{name}') && s.includes('{patientName}'), {
    message: 'must contain {name} and {patientName}',
  }),
  callOther: z.strictObject({ description: z.string().optional(), verbs: z.array(text).min(1) }),
  /** Asked after "Call language": the buttons are English and Spanish; another language may be typed. */
  askCallLanguage: text,
  callLanguageChoices: z.tuple([text, text]),
  thankYou: text,
  immediateHelp: text,
  saveFailed: text,
  alreadyReceived: text,
  cancelled: text,
  tooManyTries: text,
  skipWords: z.array(text).min(1),
  /** Said after a skip ("no email sorry", "no tengo correo, perdón"): the skip still counts. */
  skipCourtesies: z.array(text),
  /** Words that finish a skip and add nothing ("I'd rather not say", "I don't have one of those"). */
  skipTails: z.array(text),
  /** Beside a word for email, a refusal of it ("I do not have an email", "prefiero no dar mi correo"). */
  emailRefusalWords: z.array(text).min(1),
  /** Words kept in lower case inside a name typed all in one case ("Maria de la Cruz"). */
  nameParticles: z.array(text),
  callNotes: z.strictObject({
    description: z.string().optional(),
    /** Words that make a piece beside the phone number no note ("it's my cell", "here you go"). */
    ignore: z.array(text).min(1),
    /** "but", "pero": left off the start of a note. */
    joiners: z.array(text),
  }),
  /** The topic with a note for the call: "{topic}", "{note}". */
  callNoteFormat: text,
  /**
   * A sentence typed at the permission question that answers nothing there ("le dijeron que necesita una
   * vertebroplastia y tenemos miedo"): added to the topic so staff read it, unless it holds one of `notWith`.
   */
  topicAddedLate: z.strictObject({
    description: z.string().optional(),
    minWords: z.number().int().min(2),
    notWith: z.array(text).min(1),
  }),
  /** Said when such a sentence was added to the topic. */
  topicAdded: text,
  /** A note for the call with no topic: "{note}". */
  callNoteAlone: text,
  nicknames: z.strictObject({
    description: z.string().optional(),
    legal: z.array(text).min(1),
    named: z.array(text),
    goesBy: z.array(text).min(1),
    joiners: z.array(text),
  }),
  stepHelp: z.strictObject({
    name: text,
    phone: text,
    email: text,
    time: text,
    message: text,
    consent: text,
    confirm: text,
    field: text,
    callLanguage: text,
  }),
  skipChoice: text,
  fieldLeftOut: text,
  /** Said to a question asked during the form that the FAQ cannot answer and that answers no question of the form. */
  questionNotAnswered: text,
  /** Words of a question about the form itself ("why do you need my email?"): the step's help answers it. */
  aboutTheForm: z.strictObject({ description: z.string().optional(), words: z.array(text).min(1) }),
  /** Whole messages that say the question was not understood ("huh", "no entiendo"): the step's help is the answer. */
  clarifyWords: z.array(text).min(1),
  /** Questions about the call back itself ("is my information private?", "who will call me?") and their answers. */
  formAnswers: z
    .object({ description: z.string().optional() })
    .catchall(z.strictObject({ words: z.array(text).min(1), answer: text, answerSpanish: text })),
  /** How the summary names the language of the call. */
  languageNames: z.strictObject({ en: text, es: text }),
  callLanguage: z.strictObject({
    description: z.string().optional(),
    spanish: z.array(text).min(1),
    /** "english is fine for the call", "I'll translate": the call in English, in a message of any length. */
    english: z.array(text).min(1),
    /** "la llamada", "call": a clause with one of them that names English or Spanish sets the call's language. */
    callWords: z.array(text).min(1),
    /** Languages the form is not in, by ISO 639 code: their names as people type them. */
    other: z.record(z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code'), z.array(text).min(1)),
    /** Words right before a language name that make it the call's ("in Urdu", "only speaks Vietnamese"). */
    otherBefore: z.array(text).min(1),
    /** Words right after a language name that make it the call's ("Arabic please", "Korean interpreter"). */
    otherAfter: z.array(text),
    /** Words that make any language named in the message the call's ("interpreter", "intérprete"). */
    otherAnywhere: z.array(text),
  }),
  /** Said when the form goes on in the language asked for ("en español", "English please"). */
  languageSwitched: text,
  /** Said when only the call's language changes ("English is fine" in a form already in English): "{language}". */
  callLanguageNoted: text,
  languageRequests: z.strictObject({
    description: z.string().optional(),
    spanish: z.array(text).min(1),
    english: z.array(text).min(1),
    spanishWithin: z.array(text),
    englishWithin: z.array(text),
    /** Words that deny a language phrase after them: "he doesn't speak English" asks for nothing. */
    denials: z.array(text),
    /** A clause starting with one of these ("no, mejor en español") names the language meant, over one named before. */
    changesOfMind: z.array(text),
  }),
  timeNotGiven: text,
  notSentYet: text,
  changeKept: text,
  /** Said when "never mind" at "What would you like to change?" goes back to the summary. */
  nothingChanged: text,
  backWords: z.strictObject({ description: z.string().optional(), words: z.array(text).min(1) }),
  /** After a detail is corrected later in the form: "{field}" is a name from `fieldNames`, "{value}" the new value. */
  corrected: text,
  /** After "remove my email" later in the form: "{field}" is the email's name from `fieldNames`. */
  removed: text,
  /** Two phone numbers at the phone question ("cell … or home …"): which one to call. */
  twoNumbers: text,
  /** The other of two numbers, when either may be called, as a note for the call: "{other}". */
  otherNumberNote: text,
  /** Countries named beside a number typed without "+" ("es de México, 33 5555 0142"): ISO region code → words. */
  phoneCountries: z.strictObject({
    description: z.string().optional(),
    regions: z.record(
      z.string().refine((code) => isSupportedCountry(code), 'must be a region code libphonenumber-js knows'),
      z.array(text).min(1),
    ),
  }),
  /** A number typed in pieces ("713", "555", "0177"): the digits so far, and a request for the rest. */
  phoneSoFar: text,
  /** After several details in one message: "{fields}" lists them by `fieldNames`, the last after `fieldNames.and`. */
  detailsNoted: text,
  fieldNames: z.strictObject({
    name: text,
    patientName: text,
    phone: text,
    email: text,
    preferredTime: text,
    message: text,
    and: text,
  }),
  corrections: z.strictObject({
    description: z.string().optional(),
    cues: z.array(text).min(1),
    possessives: z.array(text),
    fields: z.strictObject({
      name: z.array(text).min(1),
      phone: z.array(text).min(1),
      email: z.array(text).min(1),
      preferredTime: z.array(text).min(1),
    }),
    valueLeadIns: z.array(text).min(1),
    /** "…0187, not her number 281-555-0100": words before the number that is not to be called. */
    refusals: z.array(text).min(1),
    /** "no el de mi mamá 832…": refusals only when a determiner follows ("no wait 0192" is a correction). */
    refusalsBeforeDeterminer: z.array(text),
    /** "her", "the", "su": words that may stand between a refusal and the number. */
    determiners: z.array(text),
    /** "room 412", "cuarto 412": words before a number that names a place, never digits of a phone number. */
    placeWords: z.array(text),
    phoneChoice: z.strictObject({
      description: z.string().optional(),
      prefer: z.array(text).min(1),
      linkWords: z.array(text),
      endings: z.array(text),
      apart: z.array(text),
      first: z.array(text).min(1),
      second: z.array(text).min(1),
      firstAlone: z.array(text),
      secondAlone: z.array(text),
      /** "either one is fine", "cualquiera de los dos": two numbers, either to call. */
      either: z.array(text).min(1),
      /** "…but if I don't answer try my home 713…", "o si no contesto al de mi esposo…": the second is the fallback. */
      fallback: z.array(text).min(1),
      negations: z.array(text).min(1),
      /**
       * "my cell is 281…, mom's number is 281…", "mi número es 832…, el de mi papá es 832…": right before one number
       * the writer's own, right before the other someone else's; the writer's is called (form review 66).
       */
      own: z.array(text).min(1),
      others: z.array(text).min(1),
      /** "is", "es": said between `own` or `others` and the number ("mom's number is 281…"). */
      copulas: z.array(text).min(1),
      kinds: z.record(z.string(), z.array(text).min(1)),
    }),
    joiners: z.array(text),
    spellingNotes: z.array(text),
    /** "Kathryn not Katherine", "Reed no Reid": a word before the old spelling that sets the new one against it. */
    setAgainst: z.array(text).min(1),
    /** "…simmons with 2 m": what follows one of these in a respelt name says how it is spelt, and is left off. */
    respellTails: z.array(text),
    /** "so only Tuesday or Thursday mornings": the best time narrowed to what follows. */
    onlyWords: z.array(text),
    /** "the patient name is wrong, her legal name is Rosalinda Garza": a name corrected with these is the patient's. */
    patientWords: z.array(text),
    /** Words that start a reason after a corrected time ("…, because I have therapy"). */
    reasonWords: z.array(text),
    /** "it ends in 0113": the last digits of the number given before. */
    lastDigits: z.array(text),
    /** "sorry 0194 al final", "0194 at the end": the last digits, named after them. */
    lastDigitsAfter: z.array(text),
    /** "no, keep the first one", "mejor déjelo el primero": the number given before the last change, back. */
    phoneBack: z.array(text),
    /** Left off the end of a time ("after 6pm please"). */
    politeEndings: z.array(text),
    /** After one of these, a full name written with capitals is a new name: "sorry I mean Barbara Wilson". */
    nameCues: z.array(text),
    removals: z.array(text),
    /** Words that say a detail is right ("no, the email is right"): nothing is taken out then. */
    keeps: z.array(text),
  }),
  /** Voice dictation and phone signatures, read before the form reads an answer. */
  dictation: z.strictObject({
    description: z.string().optional(),
    marks: z.record(text, z.string()),
    /** Marks that count only as the last word ("punto": an email may be dictated with it). */
    lastMarks: z.record(text, z.string()),
    signatures: z.array(text),
  }),
  notNames: z.strictObject({
    description: z.string().optional(),
    words: z.array(text).min(1),
    /** A name is cut before these words: "Maria Lopez, not Rosa". */
    after: z.array(text),
    /** Words no name holds: a message with one of them is a sentence, asked again. */
    sentenceWords: z.array(text),
    /** Words no name starts with ("her fracture", "his surgery"); "my" and "su" are left out: My and Su are names. */
    firstWords: z.array(text),
    /**
     * In the message that asks for the call, a name is taken only after one of these ("my name is Carlos
     * Ramirez, call me at…"), or after "I'm" when every word of it starts with a capital ("I'm Carlos Ramirez").
     */
    inRequestAfter: z.array(text),
    /** Greetings before a lead-in in the message that asks for the call ("hi this is Harold Baker"). */
    greetings: z.array(text),
  }),
  hedges: z.strictObject({
    description: z.string().optional(),
    words: z.array(text).min(1),
    /** "not yet", "todavía": unclear beside a yes, but a no said with them is still a no ("no, todavía no"). */
    notYet: z.array(text),
  }),
  consentEchoes: z.strictObject({
    description: z.string().optional(),
    words: z.array(text).min(1),
    negations: z.array(text).min(1),
    /** "actually yes you can call me": the answer after the last of these is the one meant (form review 69). */
    changesOfMind: z.array(text),
  }),
  leadIns: z.strictObject({
    description: z.string().optional(),
    any: z.array(text),
    name: z.array(text),
    phone: z.array(text),
    email: z.array(text),
  }),
  /** A caller asking for someone else: what names the patient and what says who the caller is to them. */
  relatives: z.strictObject({
    description: z.string().optional(),
    patientLeadIns: z.array(text).min(1),
    callerRelations: z.array(text).min(1),
    relations: z.array(text).min(1),
    patientPossessives: z.array(text).min(1),
    callerPossessives: z.array(text).min(1),
    /** "about my husband", "por mi mamá": the call is about that relative (the form asks the patient's name). */
    aboutWords: z.array(text).min(1),
    ofWords: z.array(text),
    namingWords: z.array(text),
    pronounLeadIns: z.array(text),
    titles: z.array(text),
    /** "Mrs", "Doña": left off a saved name when a first name and a surname follow (staff read "Don" as a name). */
    courtesyTitles: z.array(text),
    phoneWords: z.array(text),
    /** A clause that speaks of someone who died ("since my husband Earl passed") names no patient. */
    deceasedWords: z.array(text),
    /** "actually it's for me, not my dad": the call is about the caller after all. */
    selfPhrases: z.array(text),
    /** "oh sorry, that's my dad, my name is Karen Hill": the name given before was the patient's. */
    earlierNameLeadIns: z.array(text),
    /** "my name is", "me llamo": the sentence that gives the caller's own name among others about a relative. */
    ownNameSentences: z.array(text).min(1),
  }),
  /** Asked when a relative gave the patient's name but not their own. */
  askCallerName: text,
  /** A summary line when the call is about someone else: "{patientName}". */
  summaryPatient: text,
  privateChat: z.strictObject({ explain: text, button: text, explainWithoutLink: text }),
});

/** The most phrases one frame of `matching.json` may spell (the slots' word counts multiplied). */
const MAX_FRAME_PHRASES = 200;

const synonymsSchema = z.strictObject({
  description: z.string().optional(),
  synonyms: z.record(text, text),
});

/** A word as the matcher reads it: lower case letters and digits, no spaces or punctuation. */
const matcherWord = z.string().regex(/^[\p{Ll}\p{N}]+$/u, 'must be one lower-case word without punctuation');

const matchingSchema = z.strictObject({
  description: z.string().optional(),
  stopwords: z.array(matcherWord).min(1),
  negations: z.array(matcherWord),
  negated: z.record(matcherWord, text),
  questionStarts: z.array(matcherWord).min(1),
  leadIns: z.array(text).min(1),
  /** Clause starts that introduce the writer ("i am a", "soy"; "#" is a number), dropped before the question. */
  introductions: z.array(text).min(1),
  /** Phrases that say the question follows ("what i want to know is", "mi pregunta es"), as normalised words. */
  askPhrases: z.array(text).min(1),
  /** Slots of alternative words; "" leaves a slot out. */
  frames: z.array(
    z
      .array(z.array(z.string().trim()).min(1))
      .min(2)
      // Every phrase a frame spells joins the matcher's phrase pattern, read on every question: a frame of 1,400
      // phrases once made each match ten times slower.
      .refine((slots) => slots.reduce((n, words) => n * words.length, 1) <= MAX_FRAME_PHRASES, {
        message: `spells more than ${MAX_FRAME_PHRASES} phrases: use fewer words per slot`,
      }),
  ),
});

/**
 * `es/matching.json`: the Spanish matcher's filler, negations and frames ("deja de respirar" asks about breathing,
 * not about leaving a fracture alone); no question words: the form reads those.
 */
const spanishMatchingSchema = matchingSchema.pick({
  description: true,
  stopwords: true,
  negations: true,
  negated: true,
  frames: true,
});

export type Organization = z.infer<typeof organizationSchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type OutOfScopeTopic = z.infer<typeof outOfScopeTopicSchema>;
export type Messages = z.infer<typeof messagesSchema>;
/** The messages a reader may get in either language: the English file has them all, `es/messages.json` these. */
export type ReplyMessages = z.infer<typeof spanishMessagesSchema>;
export type IntentName = keyof z.infer<typeof intentsSchema>;
export type Intents = z.infer<typeof intentsSchema>;
/** The form's own words in Spanish; the word lists (skip, yes, times…) are shared and already hold Spanish. */
const contactSpanishSchema = contactSchema
  .pick({
    intro: true,
    askName: true,
    askCallerName: true,
    summaryPatient: true,
    retryName: true,
    askPhone: true,
    retryPhone: true,
    askEmail: true,
    retryEmail: true,
    retryEmailYes: true,
    emailDidYouMean: true,
    askTime: true,
    retryTime: true,
    timeChoices: true,
    askMessage: true,
    retryMessage: true,
    retryMessageYes: true,
    askConsent: true,
    retryConsent: true,
    consentChoices: true,
    askConsentAgain: true,
    noConsent: true,
    summary: true,
    summaryNotGiven: true,
    askConfirm: true,
    confirmChoices: true,
    retryConfirm: true,
    askWhichField: true,
    retryWhichField: true,
    stillHere: true,
    takeYourTime: true,
    restarted: true,
    fieldChoices: true,
    patientChoice: true,
    askPatientName: true,
    retryPatientName: true,
    patientRemoved: true,
    patientChanged: true,
    calledInstead: true,
    askCallLanguage: true,
    callLanguageChoices: true,
    thankYou: true,
    immediateHelp: true,
    saveFailed: true,
    alreadyReceived: true,
    cancelled: true,
    tooManyTries: true,
    stepHelp: true,
    skipChoice: true,
    fieldLeftOut: true,
    questionNotAnswered: true,
    languageSwitched: true,
    callLanguageNoted: true,
    languageNames: true,
    notSentYet: true,
    changeKept: true,
    nothingChanged: true,
    corrected: true,
    removed: true,
    twoNumbers: true,
    otherNumberNote: true,
    callNoteFormat: true,
    callNoteAlone: true,
    topicAdded: true,
    phoneSoFar: true,
    detailsNoted: true,
    fieldNames: true,
  })
  .extend({ description: z.string().optional() });

const contactFileSchema = contactSchema.extend({ spanish: contactSpanishSchema });

export type ContactTexts = z.infer<typeof contactSchema>;
export type ContactFile = z.infer<typeof contactFileSchema>;

export interface Knowledge {
  readonly organization: Organization;
  readonly faq: readonly FaqEntry[];
  readonly messages: Messages;
  readonly intents: Intents;
  /** Triage concepts, modifiers and the common words never read as typos. */
  readonly triage: TriageData;
  /** Weights of triage's statistical second look. */
  readonly triageModel: TriageModelData;
  /** Weights of triage's danger-now look. */
  readonly dangerModel: DangerModelData;
  readonly commonWords: ReadonlySet<string>;
  /**
   * Spanish words the knowledge itself writes (its Spanish answers, phrasings, messages and form texts): triage reads
   * them as themselves, never as typos of an English term ("a mi edad" is not "dead").
   */
  readonly spanishWords: ReadonlySet<string>;
  readonly contact: ContactFile;
  /**
   * Words that make a message in the middle of a form read as a question, lead-ins dropped before them, and clause
   * starts that introduce the writer ("i am a retired nurse"), dropped before a question.
   */
  readonly questionWords: {
    readonly starts: readonly string[];
    readonly leadIns: readonly string[];
    readonly introductions: readonly string[];
    readonly askPhrases: readonly string[];
  };
  /** What the FAQ matcher drops, reads as other words, and knows the page does not cover. */
  readonly vocabulary: MatcherVocabulary;
  /** The same FAQ in Spanish (`knowledge/es/`), with the Spanish matcher's words. */
  readonly spanish: {
    readonly faq: readonly FaqEntry[];
    readonly vocabulary: MatcherVocabulary;
    readonly messages: ReplyMessages;
  };
}

export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`[knowledge] ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

/** `organization.json` alone, for tools that need only the hospital's names (the Teams package). */
export function loadOrganization(dir: string): Organization {
  return readJson(dir, 'organization.json', organizationSchema);
}

/** Reads `dir` synchronously: it runs once at start-up, before the server listens. */
export function loadKnowledge(dir: string): Knowledge {
  const organization = readJson(dir, 'organization.json', organizationSchema);
  const faqFile = readJson(dir, 'faq.json', faqSchema);
  const messages = readJson(dir, 'messages.json', messagesSchema);
  const intents = readJson(dir, 'intents.json', intentsSchema);
  const triage = readJson(dir, 'triage.json', triageSchema);
  const triageProblems = checkTriage(triage);
  if (triageProblems.length > 0) throw new KnowledgeError(path.join(dir, 'triage.json'), triageProblems);
  const triageModel = readJson(dir, 'triage-model.json', triageModelSchema);
  const dangerModel = readJson(dir, 'triage-danger-model.json', dangerModelSchema);
  const contact = readJson(dir, 'contact.json', contactFileSchema);
  const synonymsFile = readJson(dir, 'synonyms.json', synonymsSchema);
  const matching = readJson(dir, 'matching.json', matchingSchema);
  const outOfScope = readJson(dir, 'out-of-scope.json', outOfScopeSchema);
  const stopwords = new Set(matching.stopwords);

  const faqPath = path.join(dir, 'faq.json');
  const ids = new Set<string>();
  const problems: string[] = [];
  faqFile.entries.forEach((entry, i) => {
    if (ids.has(entry.id)) problems.push(`entries[${i}] (id "${entry.id}").id: is used by an earlier entry`);
    ids.add(entry.id);
  });
  faqFile.entries.forEach((entry, i) => {
    entry.related.forEach((rel, j) => {
      if (!ids.has(rel)) problems.push(`entries[${i}] (id "${entry.id}").related[${j}]: no entry has id "${rel}"`);
      if (rel === entry.id)
        problems.push(`entries[${i}] (id "${entry.id}").related[${j}]: an entry cannot be related to itself`);
    });
  });
  if (problems.length > 0) throw new KnowledgeError(faqPath, problems);

  const msgProblems: string[] = [];
  for (const key of ['welcomeTopics', 'fallbackTopics'] as const) {
    messages[key].forEach((topic, j) => {
      if (!ids.has(topic)) msgProblems.push(`${key}[${j}]: no FAQ entry has id "${topic}"`);
    });
  }
  triage.concepts.forEach((c, j) => {
    // Said in the reader's language: a key the Spanish file must have too.
    if (c.alsoSay !== undefined && !(c.alsoSay in spanishMessagesSchema.shape))
      msgProblems.push(
        `triage.json concepts[${j}] (id "${c.id}").alsoSay: no message "${c.alsoSay}" in both languages`,
      );
  });
  if (msgProblems.length > 0) throw new KnowledgeError(path.join(dir, 'messages.json'), msgProblems);

  const timeKeys = Object.keys(contact.timeAnswers.choices);
  const contactProblems = contact.timeChoices
    .filter((c) => !timeKeys.includes(c))
    .map((c) => `timeAnswers.choices: has no phrases for the time choice "${c}"`);
  contactProblems.push(
    ...timeKeys
      .filter((k) => !contact.timeChoices.includes(k))
      .map((k) => `timeAnswers.choices["${k}"]: is not one of timeChoices`),
  );
  // A Spanish time button must be read as the English choice at its place ("Por la tarde" is "Afternoon").
  const readTime = timeParser(contact.timeAnswers);
  contact.spanish.timeChoices.forEach((label, i) => {
    const read = readTime(label);
    if (!read.ok || read.value !== contact.timeChoices[i])
      contactProblems.push(`spanish.timeChoices[${i}]: "${label}" is not read as "${contact.timeChoices[i]}"`);
  });
  // The other choices are tuples in the schema; the time buttons may be two to six.
  if (contact.spanish.timeChoices.length !== contact.timeChoices.length)
    contactProblems.push(
      `spanish.timeChoices: has ${contact.spanish.timeChoices.length} choices, not ${contact.timeChoices.length}`,
    );
  if (contactProblems.length > 0) throw new KnowledgeError(path.join(dir, 'contact.json'), contactProblems);

  const synonymProblems = checkSynonyms(synonymsFile.synonyms, faqFile.entries, stopwords);
  if (synonymProblems.length > 0) throw new KnowledgeError(path.join(dir, 'synonyms.json'), synonymProblems);

  const phrasings = readPhrasings(dir, [...ids, ...outOfScope.topics.map((t) => t.id)]).all;

  const vocabulary: MatcherVocabulary = Object.freeze({
    stopwords: matching.stopwords,
    negations: matching.negations,
    negated: Object.freeze({ ...matching.negated }),
    frames: matching.frames.flatMap(framePhrases),
    synonyms: Object.freeze({ ...synonymsFile.synonyms }),
    outOfScope: outOfScope.topics,
    phrasings,
  });
  const fill = (s: string): string => fillTemplate(s, organization);
  const faq = faqFile.entries.map((e) => ({ ...e, answer: fill(e.answer) }));
  const matcher = checkedMatcher(dir, faq, vocabulary);

  const spanish = loadSpanishFaq(dir, faq, vocabulary, fill);

  const knowledge: Knowledge = Object.freeze({
    organization,
    faq,
    messages: fillStrings(messages, fill),
    intents,
    triage,
    triageModel,
    dangerModel,
    commonWords: loadCommonWords(triage.commonWordRank),
    spanishWords: wordsIn([
      spanish.faq.map((e) => [e.title, e.answer, e.keywords, e.examples]),
      spanish.vocabulary.outOfScope.map((t) => [t.title, t.keywords, t.examples]),
      // Not the tune sets' questions: their typos must stay typos to triage.
      spanish.writtenPhrasings,
      spanish.messages,
      contact.spanish,
    ]),
    contact: fillStrings(contact, fill),
    questionWords: Object.freeze({
      starts: matching.questionStarts,
      leadIns: matching.leadIns,
      introductions: matching.introductions,
      askPhrases: matching.askPhrases,
    }),
    vocabulary,
    spanish: { faq: spanish.faq, vocabulary: spanish.vocabulary, messages: fillStrings(spanish.messages, fill) },
  });
  if (matcher !== undefined) matchers.set(knowledge, matcher);
  if (spanish.matcher !== undefined) spanishMatchers.set(knowledge, spanish.matcher);
  return knowledge;
}

/**
 * `dir/es/`: English entries in Spanish (same ids, none more), Spanish filler and out-of-scope topics, and
 * phrasings for the Spanish model, checked like the English ones. An entry not yet translated is left out of the
 * Spanish matcher: adding a question to `faq.json` alone still works, and Spanish readers get its English answer.
 */
/** Every word of four letters or more in the strings of `values`, folded as triage folds a message. */
function wordsIn(values: readonly unknown[]): ReadonlySet<string> {
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const word of foldText(value).split(/[^a-z]+/)) if (word.length >= 4) words.add(word);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return words;
}

function loadSpanishFaq(
  dir: string,
  english: readonly FaqEntry[],
  englishVocabulary: MatcherVocabulary,
  fill: (s: string) => string,
): {
  faq: FaqEntry[];
  vocabulary: MatcherVocabulary;
  messages: ReplyMessages;
  matcher: FaqMatcher | undefined;
  writtenPhrasings: readonly FaqPhrasing[];
} {
  const esDir = path.join(dir, 'es');
  const faqFile = readJson(esDir, 'faq.json', spanishFaqSchema);
  const matching = readJson(esDir, 'matching.json', spanishMatchingSchema);
  const outOfScope = readJson(esDir, 'out-of-scope.json', outOfScopeSchema);
  const messages = readJson(esDir, 'messages.json', spanishMessagesSchema);

  const byId = new Map(english.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const problems: string[] = [];
  faqFile.entries.forEach((entry, i) => {
    if (!byId.has(entry.id)) problems.push(`entries[${i}].id: "${entry.id}" is not an entry of ../faq.json`);
    if (seen.has(entry.id)) problems.push(`entries[${i}].id: "${entry.id}" is used by an earlier entry`);
    seen.add(entry.id);
  });
  if (problems.length > 0) throw new KnowledgeError(path.join(esDir, 'faq.json'), problems);

  const topics = new Map(englishVocabulary.outOfScope.map((t) => [t.id, t]));
  const topicProblems = outOfScope.topics.flatMap((t, i) =>
    topics.has(t.id) ? [] : [`topics[${i}].id: "${t.id}" is not a topic of ../out-of-scope.json`],
  );
  if (topicProblems.length > 0) throw new KnowledgeError(path.join(esDir, 'out-of-scope.json'), topicProblems);
  const { all: phrasings, written } = readPhrasings(esDir, [...seen, ...outOfScope.topics.map((t) => t.id)]);

  const vocabulary: MatcherVocabulary = Object.freeze({
    stopwords: matching.stopwords,
    negations: matching.negations,
    negated: Object.freeze({ ...matching.negated }),
    frames: matching.frames.flatMap(framePhrases),
    synonyms: Object.freeze({}),
    // Off the subject in one language is off the subject in both: the flag is the English topic's.
    outOfScope: outOfScope.topics.map((t) => ({ ...t, offTopic: topics.get(t.id)?.offTopic })),
    phrasings,
  });
  const faq = faqFile.entries.map((e) => ({ ...byId.get(e.id)!, ...e, answer: fill(e.answer) }));
  return {
    faq,
    vocabulary,
    messages,
    matcher: checkedMatcher(esDir, faq, vocabulary, SPANISH_MATCHER_OPTIONS),
    writtenPhrasings: written,
  };
}

/**
 * The word lists and examples checked against the entries (`checkMatching`), naming the file under `dir` when one
 * fails. The check ranks every example with a matcher over these entries; the responder then uses that same
 * matcher instead of building the index a second time at start-up (undefined when the check stopped early).
 */
function checkedMatcher(
  dir: string,
  entries: readonly FaqEntry[],
  vocabulary: MatcherVocabulary,
  options?: Partial<FaqMatcherOptions>,
): FaqMatcher | undefined {
  let matcher: FaqMatcher | undefined;
  const buildMatcher = () => (matcher = new FaqMatcher(entries, options, vocabulary));
  for (const [file, problems] of checkMatching(entries, vocabulary, buildMatcher)) {
    if (problems.length > 0) throw new KnowledgeError(path.join(dir, file), problems);
  }
  return matcher;
}

/**
 * The model's phrasings: those written blind for training (`faq-phrasings.json`) and the tune question sets'
 * (`faq-phrasings-tune.json`, written by `npm run train:matcher`), each file checked on its own.
 */
function readPhrasings(dir: string, ids: readonly string[]): { all: FaqPhrasing[]; written: FaqPhrasing[] } {
  const [written, tune] = ['faq-phrasings.json', 'faq-phrasings-tune.json'].map((file) => {
    const { phrasings } = readJson(dir, file, faqPhrasingsSchema);
    checkPhrasings(path.join(dir, file), phrasings, ids);
    return phrasings;
  }) as [FaqPhrasing[], FaqPhrasing[]];
  return { all: [...written, ...tune], written };
}

/** Each phrasing must name an FAQ entry or an out-of-scope topic, or the file is refused. */
function checkPhrasings(file: string, phrasings: readonly FaqPhrasing[], ids: readonly string[]): void {
  const known = new Set(ids);
  const problems = phrasings.flatMap((p, i) =>
    known.has(p.id) ? [] : [`phrasings[${i}]: "${p.id}" is neither an FAQ entry nor an out-of-scope topic`],
  );
  if (problems.length > 0) throw new KnowledgeError(file, problems);
}

/** Every phrase a frame's slots spell ([["does", ""], ["it"], ["take"]] -> "does it take", "it take"). */
function framePhrases(slots: readonly (readonly string[])[]): string[] {
  return slots
    .reduce<string[]>((phrases, words) => phrases.flatMap((p) => words.map((w) => `${p} ${w}`)), [''])
    .map((p) => p.trim().replace(/\s+/g, ' '));
}

/** The FAQ matcher built while loading each knowledge object (keyed by that very object). */
const matchers = new WeakMap<Knowledge, FaqMatcher>();

/**
 * The FAQ matcher over `knowledge`: the one built by `loadKnowledge` for the object it
 * returned, else a new one (a copy with other entries or words never gets a stale index).
 */
export function faqMatcherFor(knowledge: Knowledge): FaqMatcher {
  return matchers.get(knowledge) ?? new FaqMatcher(knowledge.faq, undefined, knowledge.vocabulary);
}

const spanishMatchers = new WeakMap<Knowledge, FaqMatcher>();

/**
 * The Spanish matcher keeps the out-of-scope ratio of 0.5: the English tune sets chose 0.6 in round 22 (more
 * English training phrasings), while on the Spanish tune set (blind7-tune) 0.6 answered 3 more out-of-scope
 * questions and no more in-scope ones.
 */
const SPANISH_MATCHER_OPTIONS: Partial<FaqMatcherOptions> = { outOfScopeRatio: 0.5 };

/** The Spanish FAQ matcher over `knowledge` (`knowledge/es/`), built like `faqMatcherFor`'s. */
export function spanishFaqMatcherFor(knowledge: Knowledge): FaqMatcher {
  const { faq, vocabulary } = knowledge.spanish;
  return spanishMatchers.get(knowledge) ?? new FaqMatcher(faq, SPANISH_MATCHER_OPTIONS, vocabulary);
}

/** Spoken-English words known when cutting text typed without spaces: "methotrexate" (rank 56,350) is one word. */
const SEGMENT_WORDS = 60_000;

/** Triage's two statistical looks as the bot runs them: the tiers' model, with the danger-now look inside it. */
export function secondLookFor(knowledge: Knowledge): TriageModel {
  return new TriageModel(knowledge.triageModel, new DangerModel(knowledge.dangerModel));
}

/** Triage keeps no state per message: one per knowledge object too (about 80 ms to build). */
const triages = new WeakMap<Knowledge, Triage>();

export function triageFor(knowledge: Knowledge): Triage {
  let triage = triages.get(knowledge);
  if (triage === undefined) {
    triage = new Triage(
      knowledge.triage,
      knowledge.commonWords,
      secondLookFor(knowledge),
      () => loadRankedWords(SEGMENT_WORDS),
      knowledge.spanishWords,
    );
    triages.set(knowledge, triage);
  }
  return triage;
}

/**
 * A synonym must be written as the matcher reads text, must point at words some FAQ entry
 * uses (otherwise it can match nothing), and must not point at another synonym (the
 * matcher rewrites once).
 */
function checkSynonyms(
  synonyms: Readonly<Record<string, string>>,
  entries: ReadonlyArray<z.infer<typeof faqEntrySchema>>,
  stopwords: ReadonlySet<string>,
): string[] {
  const vocabulary = new Set(
    entries.flatMap((e) => [e.title, ...e.keywords, ...e.examples]).flatMap((t) => matchTokens(t, stopwords)),
  );
  const keys = Object.keys(synonyms);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(synonyms)) {
    const at = `synonyms["${key}"]`;
    if (normalizeText(key) !== key)
      problems.push(`${at}: must be written as the matcher reads it ("${normalizeText(key)}")`);
    const words = matchTokens(value, stopwords);
    if (words.length === 0) problems.push(`${at}: "${value}" has only filler words, which the matcher drops`);
    const unused = words.filter((w) => !vocabulary.has(w));
    if (unused.length > 0)
      problems.push(
        `${at}: no FAQ entry uses ${unused.map((w) => `"${w}"`).join(', ')} (in a title, keyword or example)`,
      );
    const chained = keys.find((k) => k !== key && ` ${normalizeText(value)} `.includes(` ${k} `));
    if (chained !== undefined)
      problems.push(`${at}: "${value}" is itself rewritten (synonyms["${chained}"]); point at what that means instead`);
  }
  return problems;
}

/** Replaces {orgName}, {phone} and {botName}; other braces are left for later steps. */
export function fillTemplate(template: string, org: Organization): string {
  return template.replace(/\{(orgName|phone|botName)\}/g, (_, key: string) =>
    key === 'orgName' ? org.name : key === 'phone' ? org.phone : org.botName,
  );
}

/** Fills org placeholders in every string of a nested object. */
function fillStrings<T>(value: T, fill: (s: string) => string): T {
  if (typeof value === 'string') return fill(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((v) => fillStrings(v, fill)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fillStrings(v, fill)]),
    ) as T;
  }
  return value;
}

function readJson<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const full = path.join(dir, file);
  let raw: string;
  try {
    raw = readFileSync(full, 'utf8');
  } catch (err) {
    throw new KnowledgeError(full, [`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new KnowledgeError(full, [`is not valid JSON: ${(err as Error).message}`]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new KnowledgeError(
      full,
      parsed.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/** `entries[3] (id "sedation").answer` reads better than `entries.3.answer`. */
function describePath(data: unknown, issuePath: PropertyKey[]): string {
  let out = '';
  let node: unknown = data;
  for (const key of issuePath) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const entryId = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      if (typeof entryId === 'string') out += ` (id "${entryId}")`;
    } else {
      out += out === '' ? String(key) : `.${String(key)}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return out === '' ? '(file)' : out;
}
