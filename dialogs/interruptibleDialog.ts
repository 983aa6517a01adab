import { ComponentDialog, type DialogContext, type DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { Responder } from '../src/domain/responder.js';
import { sendReplies } from '../src/replies.js';

/**
 * A form that can be interrupted at any step (the pattern of the core-bot sample's
 * CancelAndHelpDialog): "cancel" ends it with nothing saved, "help" explains the current
 * step, and a clear FAQ question is answered (any other question is declined) before the step is asked again. Emergencies
 * are handled by the bot before any dialog runs.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly responder: Responder,
    protected readonly logger: Logger,
  ) {
    super(id);
  }

  /** What to say when "help" is asked while the active prompt waits for an answer. */
  protected abstract helpFor(innerDc: DialogContext): string;

  /** Said when the user cancels (in the form's language). */
  protected abstract cancelledText(innerDc: DialogContext): string;

  /** Said to "hello?" or "are you there?" before the step is asked again (in the form's language). */
  protected abstract stillHereText(innerDc: DialogContext): string;
  /** Said to "one sec" or "sorry I'm back" before the question is asked again. */
  protected abstract takeYourTimeText(innerDc: DialogContext): string;

  /** "let me start over": the form begun again with nothing kept; not offered by default. */
  protected restart(_innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    return Promise.resolve(undefined);
  }

  /** "I don't want to be called in the morning": words of cancelling that only limit the request; none by default. */
  protected limitsRequest(_text: string): boolean {
    return false;
  }

  /** "never mind" where it means "not this" rather than "stop everything"; none by default. */
  protected goBack(_innerDc: DialogContext, _text: string): Promise<DialogTurnResult | undefined> {
    return Promise.resolve(undefined);
  }

  /**
   * A message with details for other questions ("wait, my number is…", "Ann Lee, 713-555-0123"),
   * handled by the form; none by default.
   */
  protected otherDetails(_innerDc: DialogContext, _text: string): Promise<DialogTurnResult | undefined> {
    return Promise.resolve(undefined);
  }

  /**
   * The answer to a question about the form itself ("why do you need my email?", "who will call me?"), or to a
   * plea of not understanding ("huh", "no entiendo"; `question` false), or undefined.
   */
  protected answerAboutForm(_innerDc: DialogContext, _text: string, _question: boolean): string | undefined {
    return undefined;
  }

  /**
   * What to say to a question the FAQ has no answer for ("is this covered by Medicare?" at the email
   * question), when it is no answer to the step either; undefined lets the step read it.
   */
  protected unansweredQuestion(_innerDc: DialogContext, _text: string): string | undefined {
    return undefined;
  }

  /**
   * What to say to a statement that is no answer to the step and no question ("tenemos miedo" at the permission
   * question), after keeping it; undefined lets the step read it (and re-prompt as it does).
   */
  protected keptStatement(_innerDc: DialogContext, _text: string): string | undefined {
    return undefined;
  }

  /** Whether the message answers the step asked now before any FAQ question it may also be ("can you call in the afternoon?"). */
  protected answersFirst(_innerDc: DialogContext, _text: string): boolean {
    return false;
  }

  /** Whether the message is an answer the step asked now accepts ("Ann Lee" at the name question). */
  protected answersStepNow(_innerDc: DialogContext, _text: string): boolean {
    return false;
  }

  /** Whether the step asked now takes any question as its answer (a topic for the call), after the FAQ answers it. */
  protected takesQuestion(_innerDc: DialogContext): boolean {
    return false;
  }

  /** The answer as the person meant it (dictated punctuation, a phone's signature); unchanged by default. */
  protected cleanAnswer(text: string): string {
    return text;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    // The prompts read the activity's text: the cleaned answer is what every step sees.
    if (typeof activity.text === 'string') activity.text = this.cleanAnswer(activity.text);
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = innerDc.context.activity.text ?? '';
    if (text === '') return undefined;
    const log = { dialogId: this.id, activityId: innerDc.context.activity.id };

    const back = await this.goBack(innerDc, text);
    if (back) return back;
    if (this.responder.isIntent('cancel', text) && !this.limitsRequest(text)) {
      this.logger.info({ ...log, event: 'dialog.cancelled' }, 'form cancelled');
      await sendReplies(innerDc.context, [{ text: this.cancelledText(innerDc) }]);
      return innerDc.cancelAllDialogs();
    }
    // An older adult who waited may think the line dropped: "hello?", "is anybody there", "buenas tardes?".
    if (this.responder.isIntent('presence', text) || this.responder.isIntent('greeting', text)) {
      this.logger.info({ ...log, event: 'dialog.stillHere' }, 'presence check during form');
      await sendReplies(innerDc.context, [{ text: this.stillHereText(innerDc) }]);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "sorry one sec my grandson is at the door", "ya regresé, perdón": not an answer (review 58 got the phone error).
    if (!/[\d@]/u.test(text) && this.responder.isIntent('pause', text) && !this.answersStepNow(innerDc, text)) {
      this.logger.info({ ...log, event: 'dialog.pause' }, 'pause during form');
      await sendReplies(innerDc.context, [{ text: this.takeYourTimeText(innerDc) }]);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (this.responder.isIntent('restart', text)) {
      const again = await this.restart(innerDc);
      if (again) {
        this.logger.info({ ...log, event: 'dialog.restarted' }, 'form started again');
        return again;
      }
    }
    const question = this.responder.isQuestion(text);
    const about = this.answerAboutForm(innerDc, text, question);
    if (this.responder.asksForHelp(text) || about !== undefined) {
      this.logger.info({ ...log, event: 'dialog.help' }, 'help during form');
      await sendReplies(innerDc.context, [...this.responder.helpCry(text), { text: about ?? this.helpFor(innerDc) }]);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const details = await this.otherDetails(innerDc, text);
    if (details) return details;
    if (this.answersFirst(innerDc, text)) return undefined;
    const answer = this.responder.answerDuringForm(text);
    if (answer) {
      this.logger.info({ ...log, event: 'dialog.faq', entryId: answer.entryId }, 'question answered during form');
      await sendReplies(innerDc.context, answer.replies);
      // "how long do I stay in bed?" asked for the topic is answered and is the topic too.
      if (this.takesQuestion(innerDc)) return undefined;
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // Said before the step is asked again, so a question never counts as a wrong answer.
    const declined = question ? this.unansweredQuestion(innerDc, text) : undefined;
    if (declined !== undefined) {
      this.logger.info({ ...log, event: 'dialog.questionNotAnswered' }, 'question not answered during form');
      await sendReplies(innerDc.context, [{ text: declined }]);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const kept = question ? undefined : this.keptStatement(innerDc, text);
    if (kept !== undefined) {
      this.logger.info({ ...log, event: 'dialog.statementKept' }, 'statement kept during form');
      await sendReplies(innerDc.context, [{ text: kept }]);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return undefined;
  }
}
