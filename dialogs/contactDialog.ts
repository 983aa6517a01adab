import { randomUUID } from 'node:crypto';
import {
  ChoiceFactory,
  ChoicePrompt,
  type Choice,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
  type FoundChoice,
  ListStyle,
  type PromptValidatorContext,
  recognizeChoices,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { formatPhone, MAX_MESSAGE_LENGTH, type Parsed } from '../src/domain/contactFields.js';
import {
  type ContactReader,
  type Field,
  FIELDS,
  type FormDetails,
  type FormStep,
} from '../src/domain/contactReader.js';
import type { ContactTexts } from '../src/domain/knowledge.js';
import { normalizeText } from '../src/domain/normalize.js';
import type { Responder } from '../src/domain/responder.js';
import { sendReplies, supportsSuggestedActions, toActivity } from '../src/replies.js';
import { describeError } from '../src/logger.js';
import type { InquiryStore } from '../src/storage/inquiryStore.js';
import { InquiryLimitError } from '../src/inquiryLimits.js';
import { CONTACT_DIALOG } from './dialogIds.js';
import { InterruptibleDialog } from './interruptibleDialog.js';

const WATERFALL = 'contactWaterfall';
const NAME_PROMPT = 'contactNamePrompt';
const PHONE_PROMPT = 'contactPhonePrompt';
const EMAIL_PROMPT = 'contactEmailPrompt';
const TIME_PROMPT = 'contactTimePrompt';
const MESSAGE_PROMPT = 'contactMessagePrompt';
const CONSENT_PROMPT = 'contactConsentPrompt';
const CONFIRM_PROMPT = 'contactConfirmPrompt';
const FIELD_PROMPT = 'contactFieldPrompt';
const CALL_LANGUAGE_PROMPT = 'contactCallLanguagePrompt';
const PATIENT_PROMPT = 'contactPatientPrompt';
/** The question each prompt asks, as the reader names it. */
const STEP_OF_PROMPT = new Map<string, FormStep>([
  [NAME_PROMPT, 'name'],
  [PHONE_PROMPT, 'phone'],
  [EMAIL_PROMPT, 'email'],
  [TIME_PROMPT, 'preferredTime'],
  [MESSAGE_PROMPT, 'message'],
  [CONSENT_PROMPT, 'consent'],
  [CONFIRM_PROMPT, 'confirm'],
  [FIELD_PROMPT, 'field'],
  [CALL_LANGUAGE_PROMPT, 'field'],
  [PATIENT_PROMPT, 'patient'],
]);
/** Where a language typed alone is a name, or the summary's own language choice, not a language noted in passing. */
const LANGUAGE_NOT_ALONE: ReadonlySet<string | undefined> = new Set([
  NAME_PROMPT,
  PATIENT_PROMPT,
  CONFIRM_PROMPT,
  FIELD_PROMPT,
  CALL_LANGUAGE_PROMPT,
]);

/** Where the summary is what comes next: a language typed alone there is the call's. */
const AT_SUMMARY: ReadonlySet<string | undefined> = new Set([CONFIRM_PROMPT, FIELD_PROMPT, CALL_LANGUAGE_PROMPT]);

/**
 * After this many wrong answers to a required detail (name, phone, consent) the form gives
 * the phone number and asks again, keeping what it has; an optional detail is left out (or,
 * when it was being changed, kept as it was) and the form goes on. Nothing is sent without a
 * clear "send" and nothing collected is dropped without the person asking.
 */
export const MAX_TRIES = 3;
const GAVE_UP = '__gave_up__';

/** What the form has collected so far; lives only in the dialog's state and dies with it. */
interface ContactDetails extends FormDetails {
  introShown?: boolean;
  /** The message that asked for the call: read once for a name and a best time ("I'm Ann Lee, call me mornings"). */
  opening?: string;
  consentAt?: string;
  /** "No" said once at the permission question: it is asked once more before everything typed is deleted. */
  consentDeclined?: boolean;
  /** "Yes, send it" typed at "What would you like to change?": the summary they saw is sent. */
  sendNow?: boolean;
  /** The emergency concepts already answered with 911 in this form: the same signs typed as the topic are the topic. */
  alarmsTold?: string[];
}

export interface ContactDialogDeps {
  readonly responder: Responder;
  readonly logger: Logger;
  readonly inquiries: Pick<InquiryStore, 'save'>;
}

/**
 * The hospital page's contact form as a conversation: name, phone, optional email,
 * best time, optional topic, consent, then a summary to confirm. The inquiry is written
 * before the thank-you is said; a failed write gets an apology and the phone number.
 */
export class ContactDialog extends InterruptibleDialog {
  private readonly texts: ContactTexts;
  private readonly inquiries: Pick<InquiryStore, 'save'>;
  private readonly reader: ContactReader;
  private readonly backWords: ReadonlySet<string>;
  /** "Yes, send it", "send", "envíalo" (not a bare "yes"): typed at "What would you like to change?", they send. */
  private readonly sendWords: ReadonlySet<string>;
  /** How each question that takes typed text reads its answer. */
  private readonly parsers: ReadonlyMap<string, (s: string) => Parsed<unknown>>;

  constructor({ responder, logger, inquiries }: ContactDialogDeps) {
    super(CONTACT_DIALOG, responder, logger);
    const t = responder.contactTexts;
    this.texts = t;
    this.inquiries = inquiries;
    this.reader = responder.contactReader;
    const r = this.reader;
    this.backWords = new Set(t.backWords.words.map(normalizeText));
    const sendOf = (x: ContactTexts) => [
      x.confirmChoices[0],
      ...x.confirmWords.send.filter((w) => !x.consentWords.yes.includes(w)),
    ];
    this.sendWords = new Set([...sendOf(t), ...sendOf(r.textsFor({ spanish: true }))].map(normalizeText));
    this.parsers = new Map<string, (s: string) => Parsed<string | null>>([
      [NAME_PROMPT, r.parseNameAnswer],
      [PHONE_PROMPT, r.parsePhone],
      [EMAIL_PROMPT, r.parseOptionalEmail],
      [TIME_PROMPT, r.parseOptionalTime],
      [MESSAGE_PROMPT, r.parseOptionalMessage],
      [PATIENT_PROMPT, this.parsePatient.bind(this)],
    ]);
    // The re-prompt (with "Skip" where a detail may be left out) comes with each question, in the form's language.
    const isYes = (text: string): boolean => responder.isIntent('yes', text);
    for (const [id, parse] of this.parsers)
      this.addDialog(
        new TextPrompt(id, textValidator(parse, isYes, id === EMAIL_PROMPT ? (s: string) => r.emailFix(s) : undefined)),
      );
    const hedges = t.hedges.words.map(normalizeText);
    const notYet = t.hedges.notYet.map(normalizeText);
    const echoes = {
      words: new Set(t.consentEchoes.words.map(normalizeText)),
      negations: new Set(t.consentEchoes.negations.map(normalizeText)),
      changesOfMind: t.consentEchoes.changesOfMind.map(normalizeText),
    };
    for (const [id, unclearWords, echo, stillNo] of [
      [CONSENT_PROMPT, hedges, echoes, notYet],
      [CONFIRM_PROMPT, hedges, undefined, []],
      [FIELD_PROMPT, [], undefined, []],
      [CALL_LANGUAGE_PROMPT, [], undefined, []],
    ] as const) {
      const prompt = new ChoicePrompt(id, choiceValidator(unclearWords, echo, stillNo));
      prompt.style = ListStyle.suggestedAction;
      // "let me ask my son first" is not the first button.
      prompt.recognizerOptions = { recognizeOrdinals: false };
      this.addDialog(prompt);
    }
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askNameStep.bind(this),
        this.askPatientStep.bind(this),
        this.askPhoneStep.bind(this),
        this.askEmailStep.bind(this),
        this.askTimeStep.bind(this),
        this.askMessageStep.bind(this),
        this.askConsentStep.bind(this),
        this.confirmStep.bind(this),
        this.actOnConfirmStep.bind(this),
        this.changeFieldStep.bind(this),
        this.changedStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  protected helpFor(innerDc: DialogContext): string {
    const promptId = innerDc.activeDialog?.id;
    const h = this.reader.textsFor(formDetails(innerDc) ?? {}).stepHelp;
    const byPrompt: Record<string, string> = {
      [NAME_PROMPT]: h.name,
      [PHONE_PROMPT]: h.phone,
      [EMAIL_PROMPT]: h.email,
      [TIME_PROMPT]: h.time,
      [MESSAGE_PROMPT]: h.message,
      [CONSENT_PROMPT]: h.consent,
      [CONFIRM_PROMPT]: h.confirm,
      [FIELD_PROMPT]: h.field,
      [CALL_LANGUAGE_PROMPT]: h.callLanguage,
      [PATIENT_PROMPT]: this.reader.textsFor(formDetails(innerDc) ?? {}).askPatientName,
    };
    return (promptId && byPrompt[promptId]) || h.confirm;
  }

  /**
   * "who will call me?" or "is my information private?" gets what the form already says; "why do you need
   * my email?" the step's help. Not when the message answers the step (a topic may be any question).
   */
  protected override answerAboutForm(innerDc: DialogContext, text: string, question: boolean): string | undefined {
    // "huh", "no entiendo", "what?": the step said again in other words (form review 26 stored "huh" as a name).
    if (this.reader.asksToClarify(text)) return this.helpFor(innerDc);
    if (!question || this.answersStep(innerDc, text)) return undefined;
    const answer = this.reader.formAnswer(formDetails(innerDc) ?? {}, text);
    if (answer !== undefined) return answer;
    return this.reader.asksAboutForm(text) ? this.helpFor(innerDc) : undefined;
  }

  /**
   * A question that is no answer to a typed-text step ("is this covered by Medicare?" at the email
   * question) is said to be for the team member who calls, in Spanish for a Spanish question; at a
   * choice, the choice's own re-prompt says what is wanted.
   */
  protected override unansweredQuestion(innerDc: DialogContext, text: string): string | undefined {
    const id = innerDc.activeDialog?.id ?? '';
    // "what happens if I miss the call?" at the permission question was met with "please answer yes or no" alone
    // (form review 25); "yes?" or "ok?" is still an unclear answer, asked again.
    const atConsent = id === CONSENT_PROMPT && !this.reader.saysChoiceWord('consent', text);
    if (!atConsent && (!this.parsers.has(id) || this.answersStep(innerDc, text))) return undefined;
    const spanish = formDetails(innerDc)?.spanish === true || this.responder.languageOf(text) === 'es';
    return this.reader.textsFor({ spanish }).questionNotAnswered;
  }

  /**
   * A sentence at the permission question that answers nothing there ("want to know if insurance covers it"):
   * added to the topic rather than lost (form review 56), then the permission is asked again.
   */
  protected override keptStatement(innerDc: DialogContext, text: string): string | undefined {
    const d = formDetails(innerDc);
    if (d === undefined || innerDc.activeDialog?.id !== CONSENT_PROMPT || d.consentAt !== undefined) return undefined;
    if (this.reader.saysChoiceWord('consent', text)) return undefined;
    // "first tell me who will see this": a question about the form, typed without a question mark, is answered.
    return this.reader.formAnswer(d, text) ?? this.reader.addToTopic(d, text);
  }

  /** At the best-time question, "can you call in the afternoon?" is a time: only a question without one is asked. */
  protected override answersFirst(innerDc: DialogContext, text: string): boolean {
    return innerDc.activeDialog?.id === TIME_PROMPT && this.answersStep(innerDc, text);
  }

  /** The topic question: what someone wants to talk about may well be a question the page answers. */
  protected override takesQuestion(innerDc: DialogContext): boolean {
    return innerDc.activeDialog?.id === MESSAGE_PROMPT;
  }

  private isButton(d: ContactDetails, text: string, asking?: string): boolean {
    const said = normalizeText(text);
    // At the menu of details, "Evening" (a time button of another question) is the new best time (form review 38).
    const times = (t: ContactTexts) => (asking === FIELD_PROMPT ? [] : t.timeChoices);
    return [this.texts, this.reader.textsFor({ ...d, spanish: true })].some((t) =>
      [
        ...t.consentChoices,
        ...t.confirmChoices,
        ...t.fieldChoices,
        ...t.callLanguageChoices,
        t.patientChoice,
        ...times(t),
        t.skipChoice,
      ].some((c) => normalizeText(c) === said),
    );
  }

  /**
   * The sentence that answers the question asked when another one corrected a detail: the first, or what follows
   * a first sentence that is itself the correction.
   */
  private answerBesideCorrection(innerDc: DialogContext, text: string): string | undefined {
    const [first = '', ...rest] = text.split(/(?<=[.!;])\s+/u);
    // One sentence: only a time before the first comma ("afternoon, and my email is actually …", form review 43) or
    // a yes or no ("yes, but my number is 713-555-0105, I typed it wrong", form review 45) answers beside it; "no,
    // the number is …" at the email question is no skipped email.
    if (rest.length === 0) {
      const beforeComma = text.split(',')[0]!.trim();
      const id = innerDc.activeDialog?.id;
      const answers =
        (id === TIME_PROMPT && this.reader.parseTime(beforeComma).ok) ||
        (id === CONSENT_PROMPT && this.reader.saysChoiceWord('consent', beforeComma));
      return answers ? beforeComma : undefined;
    }
    // "sorry, it's 713-555-0182 not 0128. no email": when the first sentence is the correction, the answer comes
    // after it (form review 40 asked for the email again, and every later answer landed a question late).
    const candidates = this.reader.startsWithCorrection(first) ? [rest.join(' ')] : [first];
    for (const candidate of candidates) {
      const answer = candidate.replace(/[.!;]+$/u, '').trim();
      // A number there may be the one the correction is about.
      if (!answer || /\d/u.test(answer) || this.reader.asksToClarify(answer)) continue;
      if (this.answersStep(innerDc, answer)) return answer;
    }
    return undefined;
  }

  protected override answersStepNow(innerDc: DialogContext, text: string): boolean {
    return this.answersStep(innerDc, text);
  }

  private answersStep(innerDc: DialogContext, text: string): boolean {
    return this.parsers.get(innerDc.activeDialog?.id ?? '')?.(text).ok === true;
  }

  protected cancelledText(innerDc: DialogContext): string {
    return this.reader.textsFor(formDetails(innerDc) ?? {}).cancelled;
  }

  /** Nothing from before is kept but the form's language. */
  protected override async restart(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const d = formDetails(innerDc) ?? {};
    const fresh: ContactDetails = {
      introShown: true,
      ...(d.spanish === true && { spanish: true, callInSpanish: true }),
    };
    await sendReplies(innerDc.context, [{ text: this.reader.textsFor(fresh).restarted }]);
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(WATERFALL, fresh);
  }

  protected override cleanAnswer(text: string): string {
    return this.reader.cleanAnswer(text);
  }

  protected stillHereText(innerDc: DialogContext): string {
    return this.reader.textsFor(formDetails(innerDc) ?? {}).stillHere;
  }

  protected takeYourTimeText(innerDc: DialogContext): string {
    return this.reader.textsFor(formDetails(innerDc) ?? {}).takeYourTime;
  }

  /** "I dont want to be called in the morning" at any question is a best time, never a cancel (form review 38). */
  protected override limitsRequest(text: string): boolean {
    return this.reader.notCalledAt(text);
  }

  /** At "What would you like to change?", "never mind" or "go back" returns to the summary with nothing changed. */
  protected override async goBack(innerDc: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    const d = formDetails(innerDc);
    const asking = innerDc.activeDialog?.id;
    // The patient question asked in the form's run (before the permission) is no change: "cancel" there cancels.
    const changingPatient = asking === PATIENT_PROMPT && d?.consentAt !== undefined;
    if (d === undefined || (asking !== FIELD_PROMPT && asking !== CALL_LANGUAGE_PROMPT && !changingPatient))
      return undefined;
    const said = normalizeText(text);
    // "Yes, send it" after "Change something" (form review 53 refused it twice): nothing to change, so it is sent.
    if (asking === FIELD_PROMPT && d.consentAt !== undefined && this.sendWords.has(said)) {
      this.logger.info({ event: 'contact.sentFromChange', activityId: innerDc.context.activity.id }, 'send at change');
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(WATERFALL, { ...d, sendNow: true });
    }
    if (!this.backWords.has(said) && !this.responder.isIntent('cancel', text)) return undefined;
    this.logger.info({ event: 'contact.changeDropped', activityId: innerDc.context.activity.id }, 'back to summary');
    await sendReplies(innerDc.context, [{ text: this.reader.textsFor(d).nothingChanged }]);
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(WATERFALL, d);
  }

  /**
   * A message that holds details for other questions: a correction of one already given
   * ("wait, my number is actually 281-555-0199"), or several at once ("Rosa Martínez,
   * 832-555-0111, rosa.m@gmail.com"). What it holds is kept, said back, and the form goes on
   * from the first question still open; at the summary, the summary comes again.
   */
  protected override async otherDetails(innerDc: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    // The details live in the waterfall's options (WaterfallDialog keeps them as `state.options`).
    const d = formDetails(innerDc);
    if (d === undefined) return undefined;
    const asking = innerDc.activeDialog?.id;
    // "English" typed alone at the permission or another question, in the form's own language: people expect to be
    // asked the call's language (form review 68 got "Please answer yes or no"). Noted, and the question asked again;
    // read before the buttons, as "English" is also the summary's language button.
    const alone = LANGUAGE_NOT_ALONE.has(asking) ? undefined : this.reader.languageAlone(text);
    if (alone !== undefined && alone === (d.spanish === true ? 'es' : 'en')) {
      callIn(d, alone);
      return this.callNoted(innerDc, d, asking, alone);
    }
    // A button pressed ("Cambiar algo") is that choice, never a detail: "algo" once changed "Alex Cruz" to "algo Cruz".
    if (this.isButton(d, text, asking)) return undefined;
    // Answers written in Spanish, or "she only speaks Spanish": the call should be in Spanish.
    const other = this.reader.otherCallLanguage(text, AT_SUMMARY.has(asking));
    if (other !== undefined && other !== d.callLanguage) return this.callLanguageNoted(innerDc, d, other, text);
    if (this.reader.saysCallInSpanish(text)) {
      const before = this.reader.callLanguage(d);
      callIn(d, 'es');
      // "mejor la llamada en español" at the summary or its menu, after an English call was chosen: said back.
      if (before !== 'es' && AT_SUMMARY.has(asking)) return this.callNoted(innerDc, d, asking, 'es');
      // "please call her in Spanish" written in English: the call, not the form (form review 25 switched the form).
      // At the topic question the message is the topic too ("she only speaks spanish, her back pain").
      if (d.spanish !== true && this.reader.writtenInEnglish(text)) {
        if (asking !== MESSAGE_PROMPT) return this.callNoted(innerDc, d, asking, 'es');
        // The topic question goes on in English with the topic kept (form review 32 switched the form and lost it).
        return undefined;
      }
    } else if (
      d.callLanguageChosen !== true &&
      // A name says nothing of the language a person speaks: "Le Van Hung" is a Vietnamese name, not Spanish.
      asking !== NAME_PROMPT &&
      this.responder.languageOf(text) === 'es' &&
      text.trim().split(/\s+/).length >= 3
    )
      d.callInSpanish = true;
    if (this.reader.asksCallInEnglish(d, text)) {
      callIn(d, 'en');
      return this.callNoted(innerDc, d, asking, 'en');
    }
    const language = this.reader.languageAsked(d, text);
    if (language !== undefined) {
      this.logger.info({ event: 'contact.language', language, activityId: innerDc.context.activity.id }, 'language');
      // Asked for English: the call too.
      // A language asked for now replaces an interpreter's language chosen before.
      const { callLanguage: _other, ...rest } = d;
      const switched: ContactDetails = {
        ...rest,
        spanish: language === 'es',
        callInSpanish: language === 'es',
        callLanguageChosen: true,
      };
      this.reader.keepNumbers(switched, text);
      await sendReplies(innerDc.context, [{ text: this.reader.textsFor(switched).languageSwitched }]);
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(WATERFALL, switched);
    }
    const repeated = this.reader.languageRepeated(d, text);
    if (repeated !== undefined) {
      callIn(d, repeated);
      this.reader.keepNumbers(d, text);
      return this.callNoted(innerDc, d, asking, repeated);
    }
    // "the cell" after "I see two phone numbers": the number it names, as if typed.
    const chosen = asking === PHONE_PROMPT ? this.reader.numberChosen(d, text) : undefined;
    if (chosen !== undefined) {
      innerDc.context.activity.text = chosen;
      return innerDc.continueDialog();
    }
    const changedPhone = asking === PHONE_PROMPT ? this.reader.changedLastDigits(d, text) : undefined;
    if (changedPhone !== undefined) {
      innerDc.context.activity.text = changedPhone;
      return innerDc.continueDialog();
    }
    const piece = asking === PHONE_PROMPT ? this.reader.phonePiece(d, text) : undefined;
    if (piece !== undefined && 'whole' in piece) {
      innerDc.context.activity.text = piece.whole;
      return innerDc.continueDialog();
    }
    if (piece !== undefined) {
      await sendReplies(innerDc.context, [{ text: piece.reply }]);
      return { status: DialogTurnStatus.waiting };
    }
    // "…or my cell 832-555-0187, either one is fine": the first, as if typed; the other kept for the call. So is the
    // other of two when one is chosen ("…but call my daughter first, her cell is 832-555-0168").
    const either =
      asking === PHONE_PROMPT ? (this.reader.eitherNumber(d, text) ?? this.reader.chosenNumber(d, text)) : undefined;
    if (either !== undefined) {
      innerDc.context.activity.text = either;
      return innerDc.continueDialog();
    }
    if (asking === PHONE_PROMPT && this.reader.twoNumbers(text)) {
      d.twoNumbers = text;
      await sendReplies(innerDc.context, [{ text: this.reader.textsFor(d).twoNumbers }]);
      return { status: DialogTurnStatus.waiting };
    }
    const reply = this.reader.otherDetails(d, text, STEP_OF_PROMPT.get(asking ?? ''));
    if (reply === undefined) return undefined;
    this.logger.info(
      { event: reply.event, fields: reply.fields, activityId: innerDc.context.activity.id },
      'details taken from a later message',
    );
    await sendReplies(innerDc.context, [{ text: reply.text }]);
    // At the patient question, "oh that's my dad, I'm Karen Hill" named the patient, and a phone typed there by
    // someone who did not expect the question goes on to the next one: the team asks on the call.
    const patientDone = asking === PATIENT_PROMPT && (d.patientName !== undefined || reply.fields.includes('phone'));
    // The patient's name may still come a question late ("Carol Whitfield" at the email or time question).
    if (patientDone && d.patientName == null) d.patientPending = true;
    // The question's own detail taken ("it's gmail not gmial" at the email question): on to the next one.
    const step = STEP_OF_PROMPT.get(asking ?? '');
    const answered = step !== undefined && (reply.fields as readonly string[]).includes(step);
    if (reply.event !== 'contact.severalDetails' && !AT_SUMMARY.has(asking) && !patientDone && !answered) {
      // "en la tarde. oh wait, my number is wrong, es 346-555-0193": the first sentence answered the question
      // (form review 35 asked for the time again).
      // "sorry my name is John Smyth. 713-555-0151": the number answers the phone question (form review 37).
      const answer = reply.answer ?? this.answerBesideCorrection(innerDc, text);
      if (answer !== undefined) {
        innerDc.context.activity.text = answer;
        return innerDc.continueDialog();
      }
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // From the first question still open (the summary, once everything is there).
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(WATERFALL, d);
  }

  private async askNameStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    // Details given in the message that asked for the call ("call me at 832-555-0111") are kept.
    if (!d.introShown && d.opening !== undefined) this.reader.takeFromOpening(d, d.opening);
    delete d.opening;
    const t = this.reader.textsFor(d);
    if (!d.introShown) {
      d.introShown = true;
      // The topic too: its question is then not asked, and the next answer must not land on another one unawares.
      const given = (['name', 'phone', 'email', 'preferredTime', 'message'] as const).filter(
        (f) => typeof d[f] === 'string',
      );
      await sendReplies(step.context, [
        { text: t.intro },
        ...(given.length > 0 ? [{ text: this.reader.noted(d, given) }] : []),
      ]);
    }
    if (d.name !== undefined) return step.next();
    return step.prompt(NAME_PROMPT, {
      // A relative gave the patient's name: the team needs to know whom to ask for.
      prompt: d.patientName === undefined ? t.askName : t.askCallerName,
      retryPrompt: t.retryName,
    });
  }

  /**
   * Right after the caller's name, a request about a relative ("can someone call me about my husband?") with no
   * patient named asks whose call it is, once (form reviews 32 and 33: staff got no patient for seven such callers).
   * Callers give that name next to their own: asked after the phone, it met scripts a question behind (form reviews
   * 41, 43 and 45).
   */
  private async askPatientStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    if (d.name === undefined) {
      const answer = typeof step.result === 'string' ? step.result : undefined;
      // "call my son Tony please": Tony is the person to call; the one typing is the patient.
      const toCall =
        answer !== undefined && d.patientName === undefined ? this.reader.relativeToCall(answer) : undefined;
      if (toCall !== undefined) {
        d.name = toCall.patient;
        if (toCall.caller !== undefined) d.patientName = toCall.caller;
        return step.replaceDialog(WATERFALL, d);
      }
      // "her name is Margaret Olson, I'm her daughter Karen": the caller is Karen; the patient is kept apart.
      const said = answer !== undefined ? this.reader.namesIn(answer) : undefined;
      // Asked for their own name once the patient is known, "Luis Hernández, soy su hijo" names the caller.
      const relative = said?.caller === undefined && d.patientName !== undefined ? undefined : said;
      if (relative !== undefined) {
        d.patientName = relative.patient;
        if (relative.caller === undefined) return step.replaceDialog(WATERFALL, d);
      }
      const name = relative?.caller ?? takeText(step.result, this.reader.parseOwnName);
      if (name === GAVE_UP) return this.giveUp(step, 'name');
      d.name = name;
      // "maria delgado, im his daughter", then "Maria Delgado" as her own name: she is the caller, not the patient.
      if (d.patientName !== undefined && normalizeText(d.patientName) === normalizeText(name)) delete d.patientName;
    }
    if (d.aboutRelative !== true || d.patientName !== undefined || d.patientAsked === true) return step.next();
    d.patientAsked = true;
    const t = this.reader.textsFor(d);
    return step.prompt(PATIENT_PROMPT, { prompt: t.askPatientName, retryPrompt: t.retryPatientName });
  }

  private async askPhoneStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    if (d.patientAsked === true && d.patientName === undefined && typeof step.result === 'string') {
      const patient = takeText(step.result, this.parsePatient.bind(this));
      if (patient !== GAVE_UP && patient !== null) d.patientName = patient;
    }
    if (d.phone !== undefined) return step.next();
    const t = this.reader.textsFor(d);
    return step.prompt(PHONE_PROMPT, {
      prompt: t.askPhone,
      retryPrompt: t.retryPhone,
    });
  }

  private async askEmailStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    if (d.phone === undefined) {
      const phone = takeText(step.result, this.reader.parsePhone);
      if (phone === GAVE_UP) return this.giveUp(step, 'phone');
      d.phone = phone;
      // "…ext 204, ask for Maria": how to reach the person, and the other of two numbers, kept for the call.
      this.reader.keepBesidePhone(d, step.context.activity.text ?? '');
    }
    // The message with two numbers is kept no longer than the phone question.
    delete d.twoNumbers;
    if (d.changing?.field === 'name' || d.changing?.field === 'phone') delete d.changing;
    if (d.email !== undefined) return step.next();
    const t = this.reader.textsFor(d);
    return step.prompt(EMAIL_PROMPT, {
      prompt: t.askEmail,
      // "Skip" from the first wrong answer: "I don't use the email" met a re-prompt without a way out (form review 35).
      retryPrompt: toActivity(step.context, { text: t.retryEmail, choices: [t.skipChoice] }),
      validations: {
        yesRetry: toActivity(step.context, { text: t.retryEmailYes, choices: [t.skipChoice] }),
        // "gmail.con": asked once with the fix as a button; the same address typed again is kept as typed.
        didYouMean: t.emailDidYouMean,
      },
    });
  }

  private async askTimeStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    delete d.emailQuestioned;
    if (d.email === undefined) {
      const email = takeText(step.result, this.reader.parseOptionalEmail);
      d.email = email === GAVE_UP ? await this.keepOrLeaveOut(step, 'email') : email;
      // The reply that made the form leave the email out may be the next answer ("mornings"): it is kept for it.
      const time = email === GAVE_UP ? this.reader.parseTime(step.context.activity.text ?? '') : undefined;
      if (time?.ok && d.preferredTime === undefined && d.changing === undefined) d.preferredTime = time.value;
      delete d.changing;
    }
    if (d.preferredTime !== undefined) return step.next();
    const { askTime, retryTime, timeChoices, skipChoice } = this.reader.textsFor(d);
    return step.prompt(TIME_PROMPT, {
      prompt: toActivity(step.context, { text: askTime, choices: timeChoices }),
      retryPrompt: toActivity(step.context, { text: retryTime, choices: [...timeChoices, skipChoice] }),
    });
  }

  private async askMessageStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    const t = this.reader.textsFor(d);
    // A patient's name typed late is taken at the email or the time question, no later.
    delete d.patientPending;
    if (d.preferredTime === undefined) {
      const time = takeText(step.result, this.reader.parseOptionalTime);
      d.preferredTime =
        time === GAVE_UP
          ? ((await this.keepOrLeaveOut(step, 'preferredTime')) ?? t.timeNotGiven)
          : (time ?? t.timeNotGiven);
      delete d.changing;
    }
    if (d.message !== undefined) return step.next();
    return step.prompt(MESSAGE_PROMPT, {
      prompt: t.askMessage,
      retryPrompt: toActivity(step.context, { text: t.retryMessage, choices: [t.skipChoice] }),
      validations: { yesRetry: toActivity(step.context, { text: t.retryMessageYes, choices: [t.skipChoice] }) },
    });
  }

  private async askConsentStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    const t = this.reader.textsFor(d);
    if (d.message === undefined) {
      const message = takeText(step.result, this.reader.parseOptionalMessage);
      // A message that stayed too long after every try is kept, cut to the limit.
      // "yes" to the last is no topic either (form review 50).
      const lastTyped = step.context.activity.text ?? '';
      const gaveUpWith = this.responder.isIntent('yes', lastTyped) ? null : keptShort(lastTyped);
      d.message = message === GAVE_UP ? gaveUpWith : (message ?? d.vagueTopic ?? null);
      this.reader.patientInTopic(d);
      delete d.changing;
      if (this.reader.asksPatientAfterTopic(d)) {
        d.patientAsked = d.patientAfterTopic = true;
        return step.prompt(PATIENT_PROMPT, { prompt: t.askPatientName, retryPrompt: t.retryPatientName });
      }
    }
    if (d.consentAt !== undefined) return step.next();
    const [yes, no] = t.consentChoices;
    return step.prompt(CONSENT_PROMPT, {
      style: listStyle(step.context),
      prompt: d.consentDeclined === true ? t.askConsentAgain : t.askConsent,
      retryPrompt: t.retryConsent,
      choices: [choice(yes, t.consentWords.yes), choice(no, t.consentWords.no)],
    });
  }

  private async confirmStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    const t = this.reader.textsFor(d);
    // The patient's name asked after the topic: kept, and the permission asked next.
    if (d.patientAfterTopic === true) {
      delete d.patientAfterTopic;
      const patient = takeText(step.result, this.parsePatient.bind(this));
      if (patient !== GAVE_UP && patient !== null) d.patientName = patient;
      return step.replaceDialog(WATERFALL, d);
    }
    if (d.consentAt === undefined) {
      const consent = takeChoice(step.result);
      if (consent === GAVE_UP) return this.giveUp(step, 'consent');
      // A first "No" asks once more: someone who slipped or changes their mind keeps what they typed (form review 51).
      if (consent !== t.consentChoices[0] && d.consentDeclined !== true) {
        d.consentDeclined = true;
        return step.replaceDialog(WATERFALL, d);
      }
      if (consent !== t.consentChoices[0]) {
        this.logger.info({ event: 'contact.noConsent', activityId: step.context.activity.id }, 'consent declined');
        await sendReplies(step.context, [{ text: t.noConsent }]);
        return step.endDialog();
      }
      d.consentAt = new Date().toISOString();
    }
    if (d.sendNow === true) {
      delete d.sendNow;
      return this.save(step);
    }
    this.reader.withCallNote(d);
    await sendReplies(step.context, [{ text: this.summary(d) }]);
    const [send, change, cancel] = t.confirmChoices;
    return step.prompt(CONFIRM_PROMPT, {
      style: listStyle(step.context),
      prompt: t.askConfirm,
      retryPrompt: t.retryConfirm,
      choices: [choice(send, t.confirmWords.send), choice(change, t.confirmWords.change), choice(cancel, [])],
    });
  }

  private async actOnConfirmStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const t = this.reader.textsFor(step.options);
    const answer = takeChoice(step.result);
    const [send, change] = t.confirmChoices;
    if (answer === GAVE_UP) {
      // Only a clear "send" sends; the details stay and the summary is shown again.
      this.logger.info(
        { event: 'contact.confirmUnclear', activityId: step.context.activity.id },
        'summary shown again after unclear answers',
      );
      await sendReplies(step.context, [{ text: t.notSentYet }]);
      return step.replaceDialog(WATERFALL, step.options);
    }
    if (answer === send) return this.save(step);
    if (answer === change) {
      // Each button with its other words; "Patient" only when the call is about someone else (a wrong patient can
      // be changed or removed).
      const details = t.fieldChoices.map((f, i) => choice(f, t.fieldChoiceWords[i] ?? []));
      const choices =
        step.options.patientName === undefined ? details : [...details, choice(t.patientChoice, t.patientChoiceWords)];
      return step.prompt(FIELD_PROMPT, {
        style: listStyle(step.context),
        prompt: t.askWhichField,
        // "name and time" met the same question again with no word on why (form review 47).
        retryPrompt: t.retryWhichField,
        choices,
      });
    }
    this.logger.info({ event: 'contact.cancelled', activityId: step.context.activity.id }, 'form cancelled at summary');
    await sendReplies(step.context, [{ text: t.cancelled }]);
    return step.endDialog();
  }

  /** Forgets the chosen detail and runs the form again: filled steps are skipped. */
  private async changeFieldStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const field = takeChoice(step.result);
    const d = { ...step.options };
    // No clear choice after every try: back to the summary, nothing lost.
    if (field === GAVE_UP) return step.replaceDialog(WATERFALL, d);
    const t = this.reader.textsFor(step.options);
    // The buttons are listed in FIELDS order ("Name", "Phone", "Email", "Best time", "About"), then "Call language".
    if (field === t.patientChoice)
      return step.prompt(PATIENT_PROMPT, { prompt: t.askPatientName, retryPrompt: t.retryPatientName });
    const index = t.fieldChoices.indexOf(field);
    if (index === FIELDS.length) {
      return step.prompt(CALL_LANGUAGE_PROMPT, {
        style: listStyle(step.context),
        prompt: t.askCallLanguage,
        retryPrompt: t.askCallLanguage,
        choices: ChoiceFactory.toChoices(t.callLanguageChoices),
      });
    }
    const chosen = FIELDS[index] ?? 'message';
    d.changing = { field: chosen, value: d[chosen] ?? null };
    delete d[chosen];
    return step.replaceDialog(WATERFALL, d);
  }

  /** After "Call language" (a choice) or "Patient" (typed text): the change, then the summary again. */
  private async changedStep(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    return typeof step.result === 'string' ? this.patientChanged(step) : this.callLanguageChosen(step);
  }

  /** "me", "yo", "no patient": the call is about the caller; a name: the new patient. */
  private parsePatient(s: string): Parsed<string | null> {
    const t = this.reader.textsFor({});
    const said = normalizeText(s);
    if (t.patientSelfWords.some((w) => normalizeText(w) === said)) return { ok: true, value: null };
    // "skip", "prefiero no decir": no patient's name, and the form goes on.
    if (this.reader.isSkip(s)) return { ok: true, value: null };
    return this.reader.parseName(this.reader.patientAnswer(s));
  }

  private async patientChanged(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d: ContactDetails = { ...step.options };
    const t = this.reader.textsFor(d);
    const patient = takeText(step.result, this.parsePatient.bind(this));
    if (patient === GAVE_UP) {
      await sendReplies(step.context, [{ text: t.nothingChanged }]);
      return step.replaceDialog(WATERFALL, d);
    }
    this.logger.info({ event: 'contact.patientChanged', activityId: step.context.activity.id }, 'patient changed');
    d.patientAsked = true;
    if (patient === null) delete d.patientName;
    else d.patientName = patient;
    const said = patient === null ? t.patientRemoved : t.patientChanged.replace('{patientName}', patient);
    await sendReplies(step.context, [{ text: said }]);
    return step.replaceDialog(WATERFALL, d);
  }

  /**
   * English or Spanish chosen for the call (another language typed here is taken before the prompt sees it);
   * the form itself stays in its language: a daughter may fill it in English for a mother who speaks Spanish.
   */
  private async callLanguageChosen(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const answer = takeChoice(step.result);
    const d: ContactDetails = { ...step.options };
    const t = this.reader.textsFor(d);
    if (answer !== GAVE_UP) {
      const { callLanguage: _other, ...rest } = d;
      const chosen: ContactDetails = {
        ...rest,
        callInSpanish: answer === t.callLanguageChoices[1],
        callLanguageChosen: true,
      };
      this.logger.info({ event: 'contact.callLanguage', activityId: step.context.activity.id }, 'call language');
      await sendReplies(step.context, [
        { text: t.callLanguageNoted.replace('{language}', this.reader.callLanguageName(chosen)) },
      ]);
      return step.replaceDialog(WATERFALL, chosen);
    }
    return step.replaceDialog(WATERFALL, d);
  }

  private async save(step: WaterfallStepContext<ContactDetails>): Promise<DialogTurnResult> {
    const d = step.options;
    const t = this.reader.textsFor(d);
    const { activity } = step.context;
    try {
      const saved = await this.inquiries.save({
        name: d.name!,
        patientName: d.patientName ?? null,
        phone: d.phone!,
        email: d.email ?? null,
        preferredTime: d.preferredTime!,
        language: this.reader.callLanguage(d),
        message: d.message ?? null,
        channel: activity.channelId ?? 'unknown',
        conversationId: activity.conversation?.id ?? 'unknown',
        // The confirming message's id: a channel retrying it finds the first inquiry.
        activityId: activity.id ?? randomUUID(),
        consentGiven: true,
        consentAt: new Date(d.consentAt!),
      });
      this.logger.info({ event: 'contact.saved', inquiryId: saved.id, channelId: activity.channelId }, 'inquiry saved');
    } catch (err) {
      if (err instanceof InquiryLimitError) {
        // Not an error for the patient: their earlier request stands.
        this.logger.info({ event: 'contact.alreadyReceived', activityId: activity.id }, 'inquiry limit reached');
        await sendReplies(step.context, [{ text: t.alreadyReceived }]);
        return step.endDialog();
      }
      this.logger.error(
        { event: 'contact.saveFailed', activityId: activity.id, ...describeError(err) },
        'inquiry not saved',
      );
      await sendReplies(step.context, [{ text: t.saveFailed }]);
      return step.endDialog();
    }
    await sendReplies(step.context, [{ text: t.thankYou }, { text: t.immediateHelp }]);
    return step.endDialog();
  }

  /**
   * A required detail (name, phone, consent) still not understood: a change keeps the old value and
   * says so; otherwise the hospital's number is given and the same question asked again, with
   * everything collected so far kept (the person may also type "cancel").
   */
  private async giveUp(
    step: WaterfallStepContext<ContactDetails>,
    field: 'name' | 'phone' | 'consent',
  ): Promise<DialogTurnResult> {
    const d = step.options;
    const t = this.reader.textsFor(d);
    const changing = d.changing;
    if (changing !== undefined && changing.field === field && changing.value !== null) {
      const restored: ContactDetails = { ...d, [field]: changing.value };
      delete restored.changing;
      this.logger.info(
        { event: 'contact.changeKeptOld', field, activityId: step.context.activity.id },
        'change not understood',
      );
      await sendReplies(step.context, [{ text: t.changeKept }]);
      return step.replaceDialog(WATERFALL, restored);
    }
    this.logger.info({ event: 'contact.askedAgain', field, activityId: step.context.activity.id }, 'too many tries');
    await sendReplies(step.context, [{ text: t.tooManyTries }]);
    return step.replaceDialog(WATERFALL, { ...d, introShown: true });
  }

  /**
   * An optional detail not understood after every try: a change keeps the old value and says so;
   * a first answer is left out and the form goes on.
   */
  private async keepOrLeaveOut(
    step: WaterfallStepContext<ContactDetails>,
    field: 'email' | 'preferredTime',
  ): Promise<string | null> {
    const t = this.reader.textsFor(step.options);
    const changing = step.options.changing;
    if (changing?.field === field) {
      this.logger.info(
        { event: 'contact.changeKeptOld', field, activityId: step.context.activity.id },
        'change not understood',
      );
      await sendReplies(step.context, [{ text: t.changeKept }]);
      return changing.value;
    }
    this.logger.info(
      { event: 'contact.leftOut', field, activityId: step.context.activity.id },
      'optional detail left out',
    );
    await sendReplies(step.context, [{ text: t.fieldLeftOut }]);
    return null;
  }

  /** The call's language said back, and the question asked again (the summary shown again). */
  private async callNoted(
    innerDc: DialogContext,
    d: ContactDetails,
    asking: string | undefined,
    language: 'en' | 'es',
  ): Promise<DialogTurnResult> {
    this.logger.info({ event: 'contact.callLanguage', activityId: innerDc.context.activity.id }, 'call language');
    const t = this.reader.textsFor(d);
    await sendReplies(innerDc.context, [
      { text: t.callLanguageNoted.replace('{language}', t.languageNames[language]) },
    ]);
    // "le duele mucho la espalda, tiene osteoporosis. me pueden llamar en inglés": at the topic question a message
    // that says more than the language is the topic too (form review 54 asked for the topic again).
    if (asking === MESSAGE_PROMPT && this.reader.saysMoreThanLanguage(innerDc.context.activity.text ?? ''))
      return innerDc.continueDialog();
    if (AT_SUMMARY.has(asking)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(WATERFALL, d);
    }
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  /**
   * "she only speaks Vietnamese": the call will be in it, through an interpreter. Said back; an answer to the question
   * in the same message is still read ("Linh Tran, she only speaks Vietnamese"), else the question is asked again.
   */
  private async callLanguageNoted(
    innerDc: DialogContext,
    d: ContactDetails,
    code: string,
    text: string,
  ): Promise<DialogTurnResult | undefined> {
    d.callLanguage = code;
    d.callLanguageChosen = true;
    this.logger.info({ event: 'contact.callLanguage', activityId: innerDc.context.activity.id }, 'call language');
    const t = this.reader.textsFor(d);
    await sendReplies(innerDc.context, [
      { text: t.callLanguageNoted.replace('{language}', this.reader.callLanguageName(d)) },
    ]);
    if (AT_SUMMARY.has(innerDc.activeDialog?.id)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(WATERFALL, d);
    }
    if (this.answersStep(innerDc, text)) return undefined;
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private summary(d: ContactDetails): string {
    const t = this.reader.textsFor(d);
    const none = t.summaryNotGiven;
    const time = d.preferredTime === this.texts.timeNotGiven ? none : d.preferredTime;
    const timeShown = time === undefined ? undefined : this.reader.shown(d, time);
    const name = d.name ?? none;
    const withPatient =
      d.patientName === undefined ? name : `${name}\n\n${t.summaryPatient.replace('{patientName}', d.patientName)}`;
    return t.summary
      .replace('{yourName}', withPatient)
      .replace('{yourPhone}', d.phone ? formatPhone(d.phone) : none)
      .replace('{yourEmail}', d.email ?? none)
      .replace('{yourTime}', timeShown ?? none)
      .replace('{yourMessage}', d.message ?? none)
      .replace('{yourLanguage}', this.reader.callLanguageName(d));
  }
}

/**
 * Whether the form's question now is the topic ("what would you like to talk about?"): an urgent symptom typed
 * there ("I've had a fever of 101 since yesterday") is advised on and is the topic of the call too.
 */
export function asksForTopic(dc: DialogContext): boolean {
  return promptNow(dc) === MESSAGE_PROMPT;
}

/** Whether the form's question now asks for a name (the caller's or the patient's). */
export function asksForName(dc: DialogContext): boolean {
  const id = promptNow(dc);
  return id === NAME_PROMPT || id === PATIENT_PROMPT;
}

/** Whether the form waits on the permission question, where a refusal says "I don't want…" (form review 70). */
export function asksPermission(dc: DialogContext): boolean {
  return promptNow(dc) === CONSENT_PROMPT;
}

/** The id of the prompt the innermost active dialog is waiting on, if any. */
function promptNow(dc: DialogContext): string | undefined {
  let leaf = dc;
  while (leaf.child !== undefined) leaf = leaf.child;
  return leaf.activeDialog?.id;
}

/**
 * Whether the open form speaks Spanish: after an emergency hold, the resume line is said in the form's language, as
 * the question asked again is (review 73 got "Así va su solicitud…" above an English question).
 */
export function formInSpanish(dc: DialogContext): boolean {
  return openForm(dc)?.details.spanish === true;
}

/**
 * A phone number or email typed beside an emergency ("713 555 0199 and I can't breathe"), or in the message that
 * resumes the form after one: kept for the form, as any detail given ahead is (review 79 asked for the number
 * again). Only these two, read exactly: no other word of an emergency message becomes a detail. Returns what was
 * new.
 */
export function keepNumbersBesideAlarm(dc: DialogContext, reader: ContactReader, text: string): Field[] {
  const d = openForm(dc)?.details;
  if (d === undefined) return [];
  const before = { phone: d.phone, email: d.email };
  reader.keepNumbers(d, text);
  return (['phone', 'email'] as const).filter((f) => before[f] === undefined && d[f] !== undefined);
}

/**
 * The topic typed at the topic question when it also raised 911 ("numbness in my leg after the procedure"): it is
 * what the team should call about, so it is kept, as the hold's note promises (form review 52 was asked for it again
 * and lost the request). Returns whether it was kept.
 */
export function keepTopicBesideAlarm(dc: DialogContext, reader: ContactReader, text: string): boolean {
  const form = openForm(dc);
  if (form === undefined || !asksForTopic(dc) || form.details.message !== undefined) return false;
  const parsed = reader.parseOptionalMessage(text);
  if (!parsed.ok || parsed.value === null) return false;
  form.details.message = parsed.value;
  return true;
}

/**
 * "Any time. Actually my back hurts more since this morning": the answer typed before a worry that got the safety
 * reply, kept when it plainly answers the name, time or email question (`keepAnswerBesideWorry`). Returns the field.
 */
export function keepAnswerBesideAlarm(
  dc: DialogContext,
  reader: ContactReader,
  text: string,
  quiet: (sentence: string) => boolean,
): 'name' | 'preferredTime' | 'email' | undefined {
  const form = openForm(dc);
  const asking = promptNow(dc);
  const step =
    asking === NAME_PROMPT ? 'name' : asking === TIME_PROMPT ? 'time' : asking === EMAIL_PROMPT ? 'email' : undefined;
  if (form === undefined || step === undefined || !reader.keepAnswerBesideWorry(form.details, step, text, quiet))
    return undefined;
  return step === 'time' ? 'preferredTime' : step;
}

/** Notes the emergency concepts just answered with 911, so the same signs told again as the topic hold nothing. */
export function rememberAlarm(dc: DialogContext, concepts: readonly string[]): void {
  const form = openForm(dc);
  if (form === undefined) return;
  form.details.alarmsTold = [...new Set([...(form.details.alarmsTold ?? []), ...concepts])];
}

/**
 * Whether the form asks for the topic and every one of `concepts` was already answered with 911 in it: "numb legs and
 * bladder problem after the procedure" typed as the topic, right after the 911 reply to those signs (form review 60
 * held the form a second time, and the summary was never sent).
 */
export function alarmAlreadyTold(dc: DialogContext, concepts: readonly string[]): boolean {
  const told = openForm(dc)?.details.alarmsTold ?? [];
  return asksForTopic(dc) && concepts.length > 0 && concepts.every((c) => told.includes(c));
}

/**
 * The form again after an emergency hold: its question asked again, or, when that question's detail was kept
 * meanwhile (`keepNumbersBesideAlarm`, or a name or time plainly typed to go on), the first question still open; at
 * the summary, the summary again. A plain answer to the permission or the summary's question is that answer.
 */
export async function resumeForm(dc: DialogContext, reader?: ContactReader, text = ''): Promise<void> {
  const form = openForm(dc);
  const asking = promptNow(dc);
  // The name or time typed to go on is kept when it plainly is one (form review 50).
  const step = asking === NAME_PROMPT ? 'name' : asking === TIME_PROMPT ? 'time' : undefined;
  const kept =
    form !== undefined && step !== undefined && reader?.keepAnswerAfterHold(form.details, step, text) === true;
  // "yes" or "Yes, send it" typed to go on at the permission or the summary is its answer (form review 51).
  const choice = asking === CONSENT_PROMPT ? 'consent' : asking === CONFIRM_PROMPT ? 'confirm' : undefined;
  if (form !== undefined && choice !== undefined && reader?.saysChoiceWord(choice, text) === true) {
    await dc.continueDialog();
    return;
  }
  const answered =
    kept ||
    (asking === PHONE_PROMPT && form?.details.phone !== undefined) ||
    (asking === NAME_PROMPT && form?.details.name !== undefined) ||
    (asking === TIME_PROMPT && form?.details.preferredTime !== undefined) ||
    (asking === EMAIL_PROMPT && form?.details.email !== undefined) ||
    (asking === MESSAGE_PROMPT && form?.details.message !== undefined) ||
    // The summary's question comes again with the summary (form review 51 saw "Is this correct?" with nothing above).
    asking === CONFIRM_PROMPT;
  if (form === undefined || !answered) {
    await dc.repromptDialog();
    return;
  }
  await form.dc.cancelAllDialogs();
  await form.dc.beginDialog(WATERFALL, form.details);
}

/** The dialog context that runs the form's waterfall, and the details collected so far. */
function openForm(dc: DialogContext): { dc: DialogContext; details: ContactDetails } | undefined {
  for (let c: DialogContext | undefined = dc; c !== undefined; c = c.child) {
    const details = formDetails(c);
    if (details !== undefined) return { dc: c, details };
  }
  return undefined;
}

/** The details collected so far: the waterfall keeps its options as `state.options`. */
function formDetails(innerDc: DialogContext): ContactDetails | undefined {
  const form = innerDc.stack.find((i) => i.id === WATERFALL);
  return (form?.state as { options?: ContactDetails } | undefined)?.options;
}

function choice(value: string, synonyms: readonly string[]): Choice {
  return { value, synonyms: [...synonyms] };
}

/**
 * Accepts valid answers; after MAX_TRIES wrong ones, ends the prompt with a give-up marker. `isYes`: "yes" alone is no answer where the question carries a `yesRetry` in its
 * `validations` (email, topic): that re-prompt asks for the detail itself (form review 50 saved "yes" as a topic).
 */
function textValidator<T>(
  parse: (s: string) => Parsed<T>,
  isYes: (s: string) => boolean,
  /** The likely fix of a mistyped answer ("gmail.con"), asked about with the question's `didYouMean` text. */
  fixOf?: (typed: string) => string | undefined,
) {
  return (pc: PromptValidatorContext<string>): Promise<boolean> => {
    // Options are kept in conversation state between turns: texts and activities, never functions.
    const { yesRetry, didYouMean } =
      (pc.options.validations as { yesRetry?: Partial<Activity>; didYouMean?: string } | undefined) ?? {};
    const typed = pc.recognized.value ?? '';
    const yesAlone = yesRetry !== undefined && pc.recognized.succeeded && isYes(typed);
    // A likely typo of the answer is asked about once; the same answer again is taken as meant.
    const fix = didYouMean !== undefined && pc.recognized.succeeded && parse(typed).ok ? fixOf?.(typed) : undefined;
    const asked =
      fix === undefined
        ? undefined
        : toActivity(pc.context, { text: didYouMean!.replace('{email}', fix), choices: [fix] });
    const state = pc.state as { askedAbout?: string; retryPrompt?: Partial<Activity> };
    // Each wrong answer gets the question's own re-prompt unless it is one of these.
    state.retryPrompt ??= pc.options.retryPrompt as Partial<Activity> | undefined;
    pc.options.retryPrompt = state.retryPrompt;
    if (asked !== undefined && state.askedAbout !== typed.trim()) {
      state.askedAbout = typed.trim();
      pc.options.retryPrompt = asked;
      return Promise.resolve(false);
    }
    if (yesAlone) pc.options.retryPrompt = yesRetry;
    else if (pc.recognized.succeeded && parse(typed).ok) return Promise.resolve(true);
    if (pc.attemptCount >= MAX_TRIES) pc.recognized.value = GAVE_UP;
    return Promise.resolve(pc.attemptCount >= MAX_TRIES);
  };
}

/** Where suggested actions do not show (Teams group chats and channels), choices come as card buttons. */
function listStyle(context: WaterfallStepContext['context']): ListStyle {
  return supportsSuggestedActions(context) ? ListStyle.suggestedAction : ListStyle.heroCard;
}

function keptShort(text: string | undefined): string | null {
  const written = (text ?? '').trim().replace(/\s+/g, ' ');
  return written === '' ? null : written.slice(0, MAX_MESSAGE_LENGTH);
}

/** Words an answer may hold beside its choice ("yes please", "sí, por favor"); more is a sentence. */
const MAX_OTHER_WORDS = 2;
/** Beside words that restate the question ("yes you can contact me"), one word more at most ("yes you can call me anytime"). */
const MAX_OTHER_WORDS_BESIDE_ECHOES = 1;
/** How many times an answer is read for choices ("yes, send it, that's right"). */
const MAX_CHOICE_PASSES = 4;

/**
 * A choice counts only when the answer names one choice, hedges nothing, asks nothing and says
 * little else: "no email please, just call" (no and yes), "yes but the time is wrong", "ok?" and
 * "my name is spelled Katherine with a K" (a "k" in a sentence) are asked again. After MAX_TRIES,
 * the give-up marker.
 */
/** Words that restate a question around its answer, and the words that turn its first choice (yes) around. */
interface Echoes {
  readonly words: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  /** Words after which the answer starts again ("no… wait sorry, actually yes you can call me"). */
  readonly changesOfMind: readonly string[];
}

/** What follows the last change of mind ("actually", "en realidad"), or the whole answer. */
function afterChangeOfMind(text: string, echoes: Echoes | undefined): string {
  const said = ` ${text} `;
  const cut = Math.max(
    -1,
    ...(echoes?.changesOfMind ?? []).map((m) => {
      const at = said.lastIndexOf(` ${m} `);
      return at < 0 ? -1 : at + m.length + 1;
    }),
  );
  const after = cut < 0 ? '' : said.slice(cut).trim();
  // "no wait": the change of mind ends the answer, so the answer is all of it.
  return after === '' ? text : after;
}

/**
 * `stillNo`: hedge words that leave a no a no ("no, not yet"), for a question whose second choice is No.
 */
function choiceValidator(unclearWords: readonly string[], echoes?: Echoes, stillNo: readonly string[] = []) {
  return async (pc: PromptValidatorContext<FoundChoice>): Promise<boolean> => {
    if (pc.recognized.succeeded) {
      const raw = (pc.context.activity.text ?? '').trim();
      const text = afterChangeOfMind(normalizeText(raw), echoes);
      const hedges = unclearWords.filter((w) => ` ${text} `.includes(` ${w} `));
      // The recognizer returns one reading of the text: "yes that's right, send it" names "send" three times,
      // so what it found is taken out and the rest read again, until nothing more is found.
      const named = new Set<number>();
      let rest = text;
      for (let pass = 0; pass < MAX_CHOICE_PASSES; pass++) {
        const found = recognizeChoices(rest, pc.options.choices ?? [], { recognizeOrdinals: false });
        if (found.length === 0) break;
        for (const r of found) named.add(r.resolution.index);
        for (const r of [...found].sort((x, y) => y.start - x.start))
          rest = `${rest.slice(0, r.start)} ${rest.slice(r.end + 1)}`.replace(/\s+/g, ' ').trim();
      }
      const restWords = rest.split(' ').filter((w) => w !== '');
      // "yes you can contact me", "no, I don't want to be contacted": the question's own words are no sentence (form
      // review 37 asked both again); a yes beside "don't" is unclear.
      const echoed = restWords.filter((w) => echoes?.words.has(w) === true).length;
      // Echoes and more words besides make a sentence of their own ("no quiero dar tema" is about the topic).
      const otherWords = restWords.length - echoed + (echoed > 0 ? MAX_OTHER_WORDS - MAX_OTHER_WORDS_BESIDE_ECHOES : 0);
      const [first] = named;
      const hedged =
        hedges.length > 0 && !(named.size === 1 && first === 1 && hedges.every((w) => stillNo.includes(w)));
      const turned = echoes !== undefined && first === 0 && restWords.some((w) => echoes.negations.has(w));
      // "ok?" asks rather than agrees.
      if (named.size <= 1 && !hedged && !turned && !raw.endsWith('?') && otherWords <= MAX_OTHER_WORDS) {
        // The prompt read the raw text: "don't call me" held "call me" (yes) for it, "dont call me" (no) here.
        const [index] = named;
        const chosen = index === undefined ? undefined : pc.options.choices?.[index];
        if (chosen !== undefined && index !== pc.recognized.value?.index)
          pc.recognized.value = { value: typeof chosen === 'string' ? chosen : chosen.value, index: index!, score: 1 };
        return true;
      }
    }
    if (pc.attemptCount >= MAX_TRIES) {
      pc.recognized.value = { value: GAVE_UP, index: -1, score: 0 };
      return true;
    }
    return false;
  };
}

function takeText<T>(result: unknown, parse: (s: string) => Parsed<T>): T | typeof GAVE_UP {
  if (result === GAVE_UP || typeof result !== 'string') return GAVE_UP;
  const parsed = parse(result);
  return parsed.ok ? parsed.value : GAVE_UP;
}

function takeChoice(result: unknown): string {
  return (result as FoundChoice | undefined)?.value ?? GAVE_UP;
}

/** The call in English or Spanish, as the person asked; it replaces an interpreter's language chosen before. */
function callIn(d: ContactDetails, language: 'en' | 'es'): void {
  d.callInSpanish = language === 'es';
  delete d.callLanguage;
  d.callLanguageChosen = true;
}
