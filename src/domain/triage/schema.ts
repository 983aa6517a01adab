import { NUMBER_CLASSES } from './tokens.js';
import { z } from 'zod';

/**
 * The shape of `knowledge/triage.json`. Cross-references (groups, sources) are checked
 * by `checkTriage` so a clinician's edit that breaks one stops start-up with a clear line.
 */
const text = z.string().trim().min(1, 'must not be empty');
const byLanguage = z.strictObject({ en: z.array(text), es: z.array(text) });

/**
 * A group whose asserted term anywhere in the message voids the pattern: a farewell said with a move told ("this is
 * goodbye, we're moving to Arizona") is the everyday one. Only for patterns the act itself never needs.
 */
const oneGroup = z.string().regex(/^@\w+$/, 'must be @group');
/** Several groups read as one ("a trip, or an ordinary place to be"), since a group's terms cannot name a group. */
const unlessTold = z.union([oneGroup, z.array(oneGroup).min(2)]).optional();

const patternSchema = z.union([
  z.strictObject({
    near: z
      .array(z.string().regex(new RegExp(`^(@\\w+|#(${NUMBER_CLASSES.join('|')}))$`), 'must be @group or #class'))
      .length(2),
    window: z.number().int().min(1).max(40),
    /** The first group must come first ("cant wake", not "woke up fine, no …"). */
    ordered: z.boolean().optional(),
    /** The two may stand in different sentences ("I've decided. The pills are counted out."). */
    acrossSentences: z.boolean().optional(),
    /**
     * The two must stand in one clause: "I think about not waking up" is a wish, while in "I keep thinking about my
     * mom, she's not waking up" the comma parts the thought from what is happening.
     */
    sameClause: z.boolean().optional(),
    /** The pair is an act in progress, so the reply says "call 911 now" ("in the garage with the car running"). */
    callNow: z.boolean().optional(),
    /**
     * A third group whose term must stand within `window` words of the pair's second: a child, swallowing and
     * something harmful ("my grandson swallowed a battery"), not a child who ate lunch.
     */
    with: z
      .string()
      .regex(/^@\w+$/, 'must be @group')
      .optional(),
    unlessTold,
  }),
  z.strictObject({
    terms: byLanguage,
    unlessTold,
    /** Only a phrase that ends its clause: "I wake up wishing I hadn't." is not "…wishing I hadn't eaten so much". */
    endsClause: z.boolean().optional(),
  }),
  /**
   * Only when the whole message is the phrase: "911" or "ambulance" typed alone is a call for help,
   * while "do I call you or 911?" is a question (and longer).
   */
  z.strictObject({ whole: byLanguage }),
  /**
   * A sign asked about and answered no: "is he breathing? no", "¿responde? no". The term and `askWords` must
   * make up the whole question, so "any trouble breathing? no" stays a denial.
   */
  z.strictObject({ askedNo: byLanguage }),
]);

export const TIERS = ['crisis', 'emergency', 'urgent', 'info'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * pyConText's modifiers; `experiencer` is someone the bot cannot help: a pet ("my dog can't breathe"). `mild` is a sign
 * told as mild or passing with nothing worse beside it ("my toes tingle on and off, legs strong"): the 911 reading
 * stands down and a same-day concept reads the words instead.
 */
export const MODIFIER_TYPES = ['negated', 'historical', 'hypothetical', 'idiom', 'experiencer', 'mild'] as const;
export type ModifierType = (typeof MODIFIER_TYPES)[number];

const conceptSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  tier: z.enum(TIERS),
  label: text,
  sources: z.array(text).min(1, 'must cite at least one source key'),
  patterns: z.array(patternSchema).min(1),
  /**
   * How close a negation must be to silence this concept. Crisis language is full of
   * negations that are part of the despair ("no reason to live"), so only an adjacent
   * one ("not suicidal") counts there.
   */
  negationWindow: z.number().int().min(0).max(20).optional(),
  /**
   * A crisis that is also a medical emergency now (an overdose): the reply tells the person to call 911 now,
   * as it does for every emergency concept, before the 988 Lifeline.
   */
  callNow: z.boolean().optional(),
  /**
   * Immediate danger beside this crisis makes it a 911 call now too ("I've decided to end my life tonight",
   * "tengo la pistola aquí"): an asserted term of the group within `window` words, in any sentence.
   */
  callNowWhen: z
    .strictObject({ near: z.string().regex(/^@\w+$/, 'must be @group'), window: z.number().int().min(1).max(40) })
    .optional(),
  /**
   * A key of the messages both languages have, said right after "call 911 now" when this concept is found
   * ("poisonControl" for a child who swallowed medicines: review 101 gave that parent no poison line).
   */
  alsoSay: z.string().regex(/^\w+$/u, 'must be a messages.json key').optional(),
  /**
   * Concepts whose match in the same message stands for this one: a child who swallowed pills is a child's poisoning
   * (911, then Poison Control), not an overdose of the child's own doing (review 101).
   */
  yieldsTo: z.array(z.string()).optional(),
  /**
   * An urgent sign that may also be the start of an emergency the concepts miss (new pain right after a strain): the
   * statistical second look may still raise such a message to 911, as it may one with no sign found.
   */
  mayBeEmergency: z.boolean().optional(),
  /**
   * With `mayBeEmergency`: the second look may raise it only when a word of this group is told ("ran out of my blood
   * thinner" told calmly stays the care team's; "…and now I'm dizzy and sweating" may still be read as 911).
   */
  mayBeEmergencyWhen: oneGroup.optional(),
  /**
   * With `mayBeEmergency`: the second look may not raise it when a word of this group is told ("fell in the kitchen,
   * got up by herself, walking slowly": the care team's today; a fall told with nothing of the kind may still be 911).
   */
  mayBeEmergencyUnless: oneGroup.optional(),
  /** Modifiers that never silence this concept: asking how many pills would kill is itself the warning sign. */
  ignores: z.array(z.enum(MODIFIER_TYPES)).optional(),
  /**
   * The concept is how another sign ended ("soaked the bandage, it stopped after I held pressure": the care team
   * today): its words are that sign's ending, so other findings' modifiers never read them as a sign told after.
   */
  tellsAnEnding: z.boolean().optional(),
});

const modifierSchema = z.strictObject({
  type: z.enum(MODIFIER_TYPES),
  /** forward: over what follows; backward: over what precedes; both; span: the words themselves. */
  direction: z.enum(['forward', 'backward', 'both', 'span']),
  window: z.number().int().min(0).max(20),
  /** Clinical lists ("denies chest pain, SOB, and leg numbness") run on past commas. */
  crossesCommas: z.boolean().optional(),
  /**
   * A list of signs ("watch for fever, leg numbness or chest pain") runs on past commas while each clause it
   * enters is only signs and `listJoiners`: "…watch for chest pain, his lips are blue" or "…, and my chest hurts" is a
   * report.
   */
  crossesListCommas: z.boolean().optional(),
  /**
   * A supposition ("if", "what if"): a break word right after the trigger and its subject is part of what is supposed
   * ("what if he suddenly can't feel his legs"), not a turn to what happens now ("I was fine, suddenly I can't breathe").
   * So is a self-report there (`endsAt`): "call 911 if I have chest pain".
   */
  supposes: z.boolean().optional(),
  /** A resolution after "but" ("…but they said it was reflux, all good now") reaches back past it, to the finding. */
  crossesBreaks: z.boolean().optional(),
  /**
   * A question that lists what it asks about in the short questions after it ("what are the warning signs? chest
   * pain? numbness?"): forward, it reaches a finding in a question of at most three words that follows questions only.
   */
  reachesListedQuestions: z.boolean().optional(),
  /**
   * The words say a symptom is over ("se me quitó lo dormido de las piernas", "…but that was years ago"): a return
   * said in the same sentence ("…pero ya volvió", "now it's back") undoes them, as it undoes every backward denial.
   */
  resolution: z.boolean().optional(),
  /**
   * A verdict of a check said after the symptom ("…cardiologist checked everything, it was reflux"): it speaks of a
   * symptom told in the past (`pastTold` in its clause: "I had chest pain last month"), never of one told now ("my
   * dad can't breathe, the doctor checked him yesterday and said fine" is still an emergency).
   */
  pastOnly: z.boolean().optional(),
  /**
   * A time alone ("last month", "hace unas semanas"), not a verdict: with `pastOnly` it speaks of a symptom told in the
   * past, but the second look still reads the message (a verdict told makes it raise nothing: see `toldAsChecked`).
   */
  timeOnly: z.boolean().optional(),
  /**
   * A resolution told in one of the next sentences ("My aunt had a seizure Saturday. … They took her to the hospital
   * there and discharged her") speaks of a finding told in the past (with `pastOnly`): long messages tell the event,
   * then other news, then how it ended. Never of a finding told now; read only with `pastOnly`.
   */
  acrossSentences: z.number().int().min(1).max(6).optional(),
  /**
   * A time said as an aside that opens the next sentence and fills its clause ("My dad had a seizure. In 1998.", "Me
   * dio un infarto. Fue en el 2016, ya estoy bien"): it dates the finding just before, as "…a seizure, in 1998" does
   * in one sentence. Never a finding told now ("He can't breathe. Years ago he had asthma" opens with no aside).
   */
  opensNextSentence: z.boolean().optional(),
  /**
   * A group of dates in the past ("3 weeks ago", "last Sunday", "el mes pasado"), one of which must be said in the
   * finding's sentence or the one before, or in the verdict itself ("that was in May"): then a finding its sentence
   * tells in the past needs no past word in its own clause, and other signs of that event between them do not stop
   * it ("my husband had a heart attack 3 weeks ago, chest pain, sweating, got 2 stents. He's home and doing well").
   * A dated event that ended is over; without a date, "he's fine now" may be an hour after chest pain. A date in a
   * clause with an `endsAt` word is the procedure's ("la operaron el jueves"), and the second look stays quiet for
   * these verdicts only beside an event's date. Read only with `pastOnly`.
   */
  datedBy: z.string().startsWith('@').optional(),
  /**
   * Only of a finding whose own words do not say "not": "winded climbing stairs" is everyday breathlessness on
   * exertion, but "he fell on the stairs and can't breathe" or "no respira" is an emergency wherever it happens.
   */
  mildOnly: z.boolean().optional(),
  /** Only these concepts ("can I take it with wine?" makes a medicine question, not a breathing one). */
  concepts: z.array(z.string()).optional(),
  /** Never these concepts: stroke signs that went away still need 911 ("her face drooped, she's fine now" [MAYO]). */
  exceptConcepts: z.array(z.string()).optional(),
  /**
   * A group whose words, said with a first-person possessive (`possessives`), end this modifier's reach as a
   * terminator does: a film's story stops where the writer's own people come in ("a movie where a man fainted and
   * my dad can't breathe"), while "la abuela" of the film stays in it.
   */
  endsAtOwn: z.string().startsWith('@').optional(),
  /**
   * A group whose words, said between this modifier and a finding (or starting the finding), end its reach: a time told
   * of the procedure binds to it ("can't catch my breath had the cement thing last spring": last spring is the
   * procedure's), a document read back stops at the writer's own report ("the sheet says … and I have chest pain").
   * Not for a symptom its own clause tells in the past ("I had chest pain after the procedure last year").
   */
  endsAt: z.string().startsWith('@').optional(),
  /**
   * A group whose words, said anywhere in the finding's sentence, keep this modifier off it: breathlessness on the
   * stairs is everyday, but "short of breath climbing stairs, getting worse and worse" is not (cement can reach the
   * lungs weeks after the procedure [CORR]). A span idiom is undone the same way: "I'd rather die than" is a figure
   * of speech, but not beside "live like this", nor beside the means at hand ("asked where the key to the gun safe is
   * and said he'd rather die than…"): a list of groups is read as one.
   */
  undoneBy: unlessTold,
  /**
   * A group whose words, said anywhere after this modifier's trigger, keep it off: an ending told ("the ER said it was
   * reflux and sent him home") is taken back by a return told later ("Now it is much worse"). Not "again" alone: "when
   * can he drive again?" takes nothing back. A list of groups is read as one, as in `undoneBy`.
   */
  undoneAfter: unlessTold,
  /**
   * A group one of whose words must be said after this modifier's trigger for it to count: a screening question
   * reported ("the nurse asked if I wanted to hurt myself") is not a crisis only once the answer given was no ("…and
   * I said no"); with no answer, or "I said sometimes", it stays one. With `crossesListCommas` it also closes the list's
   * last clause: "the nurse said if I get chest pain, numb legs or trouble breathing I should call 911" lists signs up
   * to the instruction.
   */
  answeredBy: z.string().startsWith('@').optional(),
  terms: byLanguage,
});

export const triageSchema = z.strictObject({
  about: z.string(),
  sources: z.record(z.string(), text),
  ignore: z.array(text),
  /** Ignored words kept when they end a clause: the pronoun "mí" ("mejor sin mí"), not the possessive "mi". */
  keptAtClauseEnd: z.strictObject({ about: text, words: z.array(text), before: z.array(text) }),
  /** First-person possessives ("my", "mi"), ignored words that still mark the next word as the writer's own. */
  possessives: z.array(text),
  /**
   * Another person's possessives ("his", "her", "su"), ignored words that still mark the next word as someone's: a
   * clause that begins with one ("…watch for chest pain, his lips are blue") tells a report, not an item of a list.
   */
  personPossessives: z.array(text),
  /** Spellings read as another word before matching ("cannot" is "cant"). */
  spellings: z.record(z.string(), text),
  /**
   * Emoji read as a word: laughing ones ("I'm dying 💀", "me muero 😂") as "lol", so the laughter that makes
   * "dying" an idiom holds for them as it does for "lol" and "jaja" (review 104b's joke reached 911).
   */
  emojiWords: z.record(z.string().min(1), text),
  negativeWords: z.array(text),
  /**
   * English contractions and the two words they stand for ("doesnt": "does not"): a term written with one also
   * matches the words spelled out ("she does not know where she is" is "she doesnt know where she is").
   */
  contractions: z.record(z.string().regex(/^[a-z]+$/, 'must be one lower-case word'), text),
  /**
   * Contractions of "to be" with "not" ("isnt", "wasnt"): an English term that opens with "not" ("not making sense")
   * is also found opening with each ("he isnt making sense"). Only "to be": "not know where" must not become
   * "dont know where" ("I don't know where to park").
   */
  beNot: z.array(z.string().regex(/^[a-z]+$/, 'must be one lower-case word')),
  /** Words a term never skips over: "im not bleeding" is not "im bleeding". */
  gapStops: z.array(text),
  /** "No" before words that already say "not" is an interjection ("no, he isn't breathing"), not a denial. */
  interjections: z.array(text),
  /**
   * Words that go on with a finding that itself says "not" ("no quiere comer ni tomar agua", "can't eat nor drink"):
   * right after one, they deny nothing.
   */
  denialContinuers: z.array(text),
  /**
   * Negative words that are nouns ("loss", "lack"): an interjection right before one denies it ("no loss of bladder
   * control" is a denial, "no, he can't breathe" is not).
   */
  deniedNouns: z.array(text),
  /** Words a cry typed alone may carry ("911 please", "help ayudenme porfa"): a `whole` pattern still holds. */
  wholeFillers: z.array(text),
  commonWordRank: z.number().int().min(0),
  manyWords: z.array(text),
  /** "at 8", "a las 8 de la mañana": the words a time of day follows and goes on with (`#clock`); see `clockWords.about`. */
  clockWords: z.strictObject({ about: z.string().optional(), before: z.array(text), next: z.array(text) }),
  /** "8 out of 10", "un 8 de 10": the words between a score and its 10, and those it goes on with; see `about`. */
  scoreWords: z.strictObject({ about: z.string().optional(), between: z.array(text), next: z.array(text) }),
  /** "175 over 100", "175 sobre 100": the words that join a blood pressure reading's two numbers as a slash does. */
  ratioWords: z.strictObject({ about: z.string().optional(), between: z.array(text) }).optional(),
  groups: z.record(z.string().regex(/^\w+$/), byLanguage),
  concepts: z.array(conceptSchema).min(1),
  modifiers: z.array(modifierSchema),
  current: byLanguage,
  /**
   * "right now he has the same pain again": a past event said to be happening again later in the message is
   * current, whatever clause or sentence the history was in.
   */
  recurrence: byLanguage,
  /**
   * "The leaflet said to watch for numbness down there. That's exactly what he has now": a sign warned of (a
   * document, a nurse's "if", "watch for") said later in the message to be here is current. Asserted only: "he doesn't
   * have it now" or "what if he has it now?" confirms nothing.
   */
  confirmed: byLanguage,
  /** Words that tell a symptom in the past ("had", "last week", "tuve", "hace dos meses"): see `pastOnly`. */
  pastTold: byLanguage,
  /** Words that tell it now ("now", "still", "since", "ahorita"): a clause with one is not told in the past. */
  nowTold: byLanguage,
  /**
   * Words of a wish or a thought told now ("I want", "I keep thinking", "quiero"): a past time said before them does not
   * make a crisis after them history ("my wife died last year and I want to be with her").
   */
  wishNow: byLanguage,
  /**
   * Words of a clause told in the present ("are", "can't", "está"): a time said in an earlier clause does not reach a
   * finding told so ("I had surgery years ago, my legs are numb" is numb legs now).
   */
  presentTold: byLanguage,
  /**
   * Times of today ("today", "this morning", "hoy"): they tell a symptom now, as `nowTold` does, unless its clause
   * already told it in the past before them ("my dad passed out this morning, the ER … sent him home").
   */
  todayTold: byLanguage,
  /** "it went away, but now it's back": words that a symptom returned, which undo a resolution said after it. */
  returned: byLanguage,
  /**
   * "I never had chest pain before the procedure and now I do", "…y ahora sí": words that say the symptom is here
   * now, which undo any denial or time before (a `negated` or `historical` modifier) said of a finding before them in
   * the sentence.
   */
  affirmedNow: byLanguage,
  /**
   * "too", "también": said beside a time aside ("He passed out. Last year, too."), the time is another episode's,
   * not this one's: see `opensNextSentence`.
   */
  alsoTold: byLanguage,
  /**
   * Single words that may open or close a time aside ("But that was before the procedure though"): see
   * `opensNextSentence`.
   */
  asideTails: byLanguage,
  terminators: byLanguage,
  /** Words that join the items of a list of signs ("and", "or", "y"): see `crossesListCommas`. */
  listJoiners: byLanguage,
  /** Tags that close a question listing signs ("…, right?", "…, ¿verdad?"): part of the list, not a report. */
  listTags: byLanguage,
  /**
   * Words that offer the next item of a list as another choice ("or", "o"): a self-report right after one in an
   * instruction's list is that list's item ("llame al 911 si tiene dolor de pecho o no puede mover las piernas"), not a
   * report that ends the instruction's reach (`endsAt`).
   */
  listChoices: byLanguage,
  /**
   * Words before a body part that make it part of the sign before it ("numbness in my legs"; so does a sign's own word
   * right before it, "can't control my bladder"), not a new report that ends a modifier's `endsAtOwn` ("call 911 for
   * chest pain and my chest hurts").
   */
  bodyPartPrepositions: byLanguage,
  /**
   * Body parts no concept is about ("back", "espalda", a knee): in "no chest pain, just my back hurts" the pain
   * after the comma is the back's, so a finding's word that already has its partner does not take it.
   */
  sites: byLanguage,
  /**
   * Pseudo-modifiers (pyConText's PSEUDO): phrases that hold a modifier's word without its meaning. "wondering if
   * it's normal that I wet myself twice today" reports what happened: its "if" makes nothing hypothetical.
   */
  pseudo: byLanguage,
  /** One-word answers that deny what the sentence before asked ("chest pain? no, none."). */
  answerDenials: byLanguage,
  /**
   * Words that may stand beside a denial in that answer ("chest pain? I don't have any, just asking", "¿dolor de pecho?
   * no tengo, nomás pregunto") but deny nothing alone: "chest pain? I think so" is a yes.
   */
  answerFillers: byLanguage,
  /**
   * A checklist typed without question marks ("numbness in legs nope bleeding nope fever no so im good"): a sign with
   * a denial right after it in its clause, then the clause's end or one of `joins`. `atEnd` denials ("no") stop there:
   * before a noun they deny the next sign ("pain down my leg no numbness"). `anywhere` denials ("nope") never stand
   * before a noun, so another sign or one of `signs` (or a word joining one) after them is a next item on the list.
   */
  checkedOff: z.object({ atEnd: byLanguage, anywhere: byLanguage, joins: byLanguage, signs: byLanguage }),
  /** Titles and short forms whose "." ends no sentence ("Dr. Patel said it was muscle strain"). */
  abbreviations: byLanguage,
  /** Words that go on with the line before a line break ("…die⏎of embarrassment"): the break ends no sentence. */
  lineContinuers: byLanguage,
  /** Words after which the next word is a name, read as itself and never as a typo of a term ("soy carla"). */
  nameIntroductions: byLanguage,
  /** Answers that, to an `askedNo` question only, say the sign is missing too: "is he breathing? barely". */
  askedAnswers: byLanguage,
  /** The other words an `askedNo` question may hold: "can", "you", "him", "up" in "can you wake him up?". */
  askWords: byLanguage,
  spanishHints: z.array(text),
  englishHints: z.array(text),
  /**
   * English hint words that are Spanish words too ("he" in "he pensado"): they count toward the language, but do not
   * make a Spanish message a mixed one (`englishToo`: review 81 got an English line in an all-Spanish crisis reply).
   */
  englishHintsAlsoSpanish: z.array(text),
  /**
   * A crisis found by the second look alone ("ya tengo las pills en la mano, I'm done") beside an asserted term of
   * this group, anywhere in the message, is a 911 call now too: the model has no words to measure a window from.
   */
  secondLookCallNow: z
    .string()
    .regex(/^@\w+$/, 'must be @group')
    .optional(),
  /**
   * A place of danger (`group`: a bridge, a roof, the tracks) asserted in the message: the second look raises a crisis
   * from a lower probability (`crisis`), and such a crisis is 911 now. Someone there about to act often says it in
   * words no concept lists ("Bridge. Railing. Bye."); an ordinary message with the same place rarely reads as a crisis
   * at all (tune sets triage-dev37 to dev39).
   */
  secondLookPlace: z
    .object({
      group: z.string().regex(/^@\w+$/, 'must be @group'),
      crisis: z.number().gt(0).lt(1),
    })
    .optional(),
  /**
   * A story told from the news, a show or an article, or of an animal that got into pills or got hurt ("saw on the
   * news…", "mi perro se comió…"), asserted anywhere in the message: the second look raises nothing. It reads words,
   * not whose story it is, and raised a cat that licked a capsule to 988 (tune set triage-dev43). Concepts still read it.
   */
  secondLookQuiet: z
    .string()
    .regex(/^@\w+$/, 'must be @group')
    .optional(),
  /**
   * A sign asked about ahead or dreamt ("what should I do if she stops breathing tonight?", "I had a nightmare that I
   * couldn't move my legs"), asserted anywhere in the message: word statistics alone raise no emergency from it
   * (tune71). Not "is it normal if" or "is it bad if": a sealed emergency asks that of a sign happening now. A crisis
   * may still be raised: "what happens if I take all of them" is itself a warning sign.
   */
  secondLookAhead: z
    .string()
    .regex(/^@\w+$/, 'must be @group')
    .optional(),
  /**
   * A message that tells relief ("ya no le duele", "nothing hurt this morning") or an everyday cause ("numb from the
   * dentist") with an asserted term of `group`: the second look needs these stronger probabilities to raise a tier
   * (the blind relief set got 988 and one 911 from word statistics alone). A concept found still decides as always.
   */
  secondLookRelief: z
    .object({
      group: z.string().regex(/^@\w+$/, 'must be @group'),
      /**
       * A dose told on its schedule ("me tomé la pastilla de las 8") counts as relief too, unless a word of the
       * `voidedBy` groups is said: "I'll take all of them at 8 tonight" tells a time of day, but no dose on its schedule.
       */
      scheduled: z
        .object({
          group: z.string().regex(/^@\w+$/, 'must be @group'),
          voidedBy: z.array(z.string().regex(/^@\w+$/, 'must be @group')),
        })
        .optional(),
      /**
       * A term of this group that is the whole message, but for `wholeFillers` ("I took my pills", "ya me tomé las
       * pastillas", typed alone after a question): relief too. Only alone: possessives are not read, so "took my pills"
       * inside a longer message would also be "took the pills an hour ago… thank you to everyone".
       */
      alone: z
        .string()
        .regex(/^@\w+$/, 'must be @group')
        .optional(),
      thresholds: z.object({
        crisis: z.number().gt(0).lt(1),
        emergency: z.number().gt(0).lt(1),
        urgent: z.number().gt(0).lt(1),
      }),
    })
    .optional(),
  /**
   * An urgent symptom the concepts found and asserted ("no he hecho popó en 5 días… ya tomé jugo de ciruela y nada")
   * explains the message: the second look then needs this stronger probability to call it a crisis, unless a word of
   * the `voidedBy` groups is said (despair, a burden). Word statistics read "nada" and "ya" as despair: tune sets
   * got 988 for constipation, pain that is not easing and a new medicine's low mood.
   */
  secondLookBesideUrgent: z
    .object({
      crisis: z.number().gt(0).lt(1),
      voidedBy: z.array(z.string().regex(/^@\w+$/, 'must be @group')),
    })
    .optional(),
});

export type TriageData = z.infer<typeof triageSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type Pattern = z.infer<typeof patternSchema>;

/**
 * A term as the words it stands for. "@group" alone is the group's terms in both languages; a group named inside a
 * longer term is a frame ("it was @benignCause", "era @benignCause"): one term per group term of the frame's language.
 */
export function expandTerm(
  data: TriageData,
  term: string,
  lang: 'en' | 'es',
): Array<{ text: string; lang: 'en' | 'es' }> {
  if (term.startsWith('@') && !term.includes(' ')) {
    const group = data.groups[term.slice(1)]!;
    return [
      ...group.en.map((text) => ({ text, lang: 'en' as const })),
      ...group.es.map((text) => ({ text, lang: 'es' as const })),
    ];
  }
  if (!term.includes('@')) return [{ text: term, lang }];
  let texts = [''];
  for (const word of term.split(' ')) {
    const options = word.startsWith('@') ? data.groups[word.slice(1)]![lang] : [word];
    texts = texts.flatMap((t) => options.map((o) => (t === '' ? o : `${t} ${o}`)));
  }
  return texts.map((text) => ({ text, lang }));
}

/** Problems a schema cannot see: unknown groups or sources, and terms in a group twice. */
export function checkTriage(data: TriageData): string[] {
  const problems: string[] = [];
  const groupRef = (term: string, at: string): void => {
    for (const ref of term.split(' '))
      if (ref.startsWith('@') && data.groups[ref.slice(1)] === undefined)
        problems.push(`${at}: no group named "${ref.slice(1)}"`);
  };
  if (data.secondLookCallNow) groupRef(data.secondLookCallNow, 'secondLookCallNow');
  if (data.secondLookPlace) groupRef(data.secondLookPlace.group, 'secondLookPlace.group');
  if (data.secondLookQuiet) groupRef(data.secondLookQuiet, 'secondLookQuiet');
  if (data.secondLookAhead) groupRef(data.secondLookAhead, 'secondLookAhead');
  data.secondLookBesideUrgent?.voidedBy.forEach((g, i) => groupRef(g, `secondLookBesideUrgent.voidedBy[${i}]`));
  if (data.secondLookRelief) {
    groupRef(data.secondLookRelief.group, 'secondLookRelief.group');
    if (data.secondLookRelief.alone !== undefined) groupRef(data.secondLookRelief.alone, 'secondLookRelief.alone');
    const scheduled = data.secondLookRelief.scheduled;
    if (scheduled) {
      groupRef(scheduled.group, 'secondLookRelief.scheduled.group');
      scheduled.voidedBy.forEach((g, i) => groupRef(g, `secondLookRelief.scheduled.voidedBy[${i}]`));
    }
  }
  // A group's words are matched as written, so "@other" inside a group would be looked for as text and never found.
  for (const [name, group] of Object.entries(data.groups))
    for (const t of [...group.en, ...group.es])
      if (t.includes('@')) problems.push(`groups.${name}: "${t}" names a group; list that group's words instead`);
  data.concepts.forEach((c, i) => {
    const at = `concepts[${i}] (id "${c.id}")`;
    if (c.mayBeEmergencyWhen !== undefined) {
      groupRef(c.mayBeEmergencyWhen, `${at}.mayBeEmergencyWhen`);
      if (c.mayBeEmergency !== true) problems.push(`${at}.mayBeEmergencyWhen: only read with mayBeEmergency`);
    }
    if (c.mayBeEmergencyUnless !== undefined) {
      groupRef(c.mayBeEmergencyUnless, `${at}.mayBeEmergencyUnless`);
      if (c.mayBeEmergency !== true) problems.push(`${at}.mayBeEmergencyUnless: only read with mayBeEmergency`);
    }
    c.sources.forEach((s) => {
      if (data.sources[s] === undefined) problems.push(`${at}.sources: no source with key "${s}"`);
    });
    c.patterns.forEach((p, j) => {
      if ('unlessTold' in p && p.unlessTold !== undefined)
        [p.unlessTold].flat().forEach((g) => groupRef(g, `${at}.patterns[${j}].unlessTold`));
      if ('near' in p) [...p.near, ...(p.with ? [p.with] : [])].forEach((ref) => groupRef(ref, `${at}.patterns[${j}]`));
      else {
        const terms = 'terms' in p ? p.terms : 'whole' in p ? p.whole : p.askedNo;
        [...terms.en, ...terms.es].forEach((t) => groupRef(t, `${at}.patterns[${j}]`));
      }
    });
    if (c.callNowWhen) groupRef(c.callNowWhen.near, `${at}.callNowWhen`);
    c.yieldsTo?.forEach((id) => {
      if (!data.concepts.some((other) => other.id === id)) problems.push(`${at}.yieldsTo: no concept with id "${id}"`);
    });
    if (data.concepts.findIndex((o) => o.id === c.id) !== i) problems.push(`${at}.id: is used by an earlier concept`);
  });
  // "the exit" read without "the" is "exit": an idiom or negation that shrinks to one word silences far too much,
  // and a concept's own term that does ("join her" read as "join") alarms on its own.
  const ignore = new Set(data.ignore);
  const shrinks = (term: string): string[] | undefined => {
    if (!term.includes(' ')) return undefined;
    const words = term.split(' ');
    // Most terms keep two words at once: tens of thousands of expanded terms are read here at each start.
    let kept = 0;
    for (const w of words) if (!ignore.has(w) && ++kept > 1) return undefined;
    return words.filter((w) => ignore.has(w));
  };
  data.concepts.forEach((c, i) =>
    c.patterns.forEach((p, j) => {
      if (!('terms' in p)) return;
      for (const term of [...p.terms.en, ...p.terms.es]) {
        const dropped = shrinks(term);
        if (dropped)
          problems.push(
            `concepts[${i}] (id "${c.id}").patterns[${j}]: "${term}" is one word once "${dropped.join('", "')}" is ignored`,
          );
      }
    }),
  );
  data.modifiers.forEach((m, i) => {
    for (const [key, ids] of [
      ['concepts', m.concepts],
      ['exceptConcepts', m.exceptConcepts],
    ] as const) {
      for (const id of ids ?? []) {
        if (!data.concepts.some((c) => c.id === id))
          problems.push(`modifiers[${i}] (${m.type}).${key}: no concept with id "${id}"`);
      }
    }
    const at = `modifiers[${i}] (${m.type})`;
    if (m.endsAtOwn !== undefined) groupRef(m.endsAtOwn, `${at}.endsAtOwn`);
    if (m.endsAt !== undefined) groupRef(m.endsAt, `${at}.endsAt`);
    [m.undoneBy ?? []].flat().forEach((g) => groupRef(g, `${at}.undoneBy`));
    // Reaching other sentences is safe only for a finding told in the past.
    if (m.acrossSentences !== undefined && m.pastOnly !== true) problems.push(`${at}.acrossSentences: needs pastOnly`);
    if (m.timeOnly === true && m.pastOnly !== true) problems.push(`${at}.timeOnly: needs pastOnly`);
    if (m.datedBy !== undefined) groupRef(m.datedBy, `${at}.datedBy`);
    if (m.datedBy !== undefined && m.pastOnly !== true) problems.push(`${at}.datedBy: needs pastOnly`);
    [m.undoneAfter ?? []].flat().forEach((g) => groupRef(g, `${at}.undoneAfter`));
    if (m.answeredBy !== undefined) groupRef(m.answeredBy, `${at}.answeredBy`);
    for (const lang of ['en', 'es'] as const)
      for (const term of m.terms[lang]) {
        groupRef(term, at);
        if (term.split(' ').some((w) => w.startsWith('@') && data.groups[w.slice(1)] === undefined)) continue;
        for (const { text } of expandTerm(data, term, lang)) {
          const dropped = shrinks(text);
          if (dropped) problems.push(`${at}: "${text}" is one word once "${dropped.join('", "')}" is ignored`);
        }
      }
  });
  return problems;
}
