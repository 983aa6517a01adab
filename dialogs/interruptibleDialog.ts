import { ComponentDialog, type DialogContext, type DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { Responder } from '../src/domain/responder.js';
import { sendReplies } from '../src/replies.js';

/** Words that make a message read as a question rather than an answer to the form. */
const QUESTION_START = /^(what|whats|when|where|why|how|who|which|will|would|can|could|do|does|did|is|are|am|should|shall|may)\b/i;
/** "Wait, how long is bed rest?": the lead-in says nothing about the topic. */
const LEAD_IN = /^(wait|sorry|oh|um+|uh+|hold on|actually|quick question|one question|before that)[\s,.:!-]+/i;

/**
 * A form that can be interrupted at any step (the pattern of the core-bot sample's
 * CancelAndHelpDialog): "cancel" ends it with nothing saved, "help" explains the current
 * step, and a clear FAQ question is answered before the step is asked again. Emergencies
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

  /** What to say when "help" is asked while `promptId` is waiting for an answer. */
  protected abstract helpFor(promptId: string | undefined): string;

  /** Said when the user cancels. */
  protected abstract cancelledText(): string;

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = innerDc.context.activity.text ?? '';
    if (text === '') return undefined;
    const log = { dialogId: this.id, activityId: innerDc.context.activity.id };

    if (this.responder.isIntent('cancel', text)) {
      this.logger.info({ ...log, event: 'dialog.cancelled' }, 'form cancelled');
      await sendReplies(innerDc.context, [{ text: this.cancelledText() }]);
      return innerDc.cancelAllDialogs();
    }
    if (this.responder.isIntent('help', text)) {
      this.logger.info({ ...log, event: 'dialog.help' }, 'help during form');
      await sendReplies(innerDc.context, [{ text: this.helpFor(innerDc.activeDialog?.id) }]);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const question = text.replace(LEAD_IN, '');
    if (looksLikeQuestion(question)) {
      const answer = this.responder.answerDuringForm(question);
      if (answer) {
        this.logger.info({ ...log, event: 'dialog.faq', entryId: answer.entryId }, 'question answered during form');
        await sendReplies(innerDc.context, answer.replies);
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
    }
    return undefined;
  }
}

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') || QUESTION_START.test(t);
}
