import {
  ComponentDialog,
  type Dialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { TurnContext } from 'botbuilder';
import type { Decision, Responder } from '../src/domain/responder.js';
import { isSharedConversation, privateChatLink } from '../src/privateChat.js';
import { readerLanguage } from '../src/readerLanguage.js';
import { sendReplies } from '../src/replies.js';
import { CONTACT_DIALOG, ROOT_DIALOG } from './dialogIds.js';

const ROUTE_WATERFALL = 'rootWaterfall';

/**
 * Handles one free-text message outside any form: answers it, or starts the contact
 * form. Ends after each message so the next one is routed afresh.
 */
export class RootDialog extends ComponentDialog {
  constructor(
    private readonly responder: Responder,
    private readonly logger: Logger,
    contactDialog: Dialog,
  ) {
    super(ROOT_DIALOG);
    // One step: when the contact form it started ends, the waterfall ends with it.
    this.addDialog(new WaterfallDialog(ROUTE_WATERFALL, [this.routeStep.bind(this)]));
    this.addDialog(contactDialog);
    this.initialDialogId = ROUTE_WATERFALL;
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const decision = this.responder.decide(step.context.activity.text ?? '', readerLanguage(step.context));
    const activityId = step.context.activity.id;
    if (decision.action === 'startContact') {
      if (isSharedConversation(step.context.activity)) return this.offerPrivateChat(step);
      this.logger.info({ event: decision.event, activityId }, 'contact form started');
      // Asked for in Spanish, the form asks in Spanish; details the request gave are kept.
      return step.beginDialog(CONTACT_DIALOG, {
        ...decision.details,
        opening: step.context.activity.text ?? '',
        ...(decision.language === 'es' && { spanish: true }),
      });
    }
    await sendDecision(step.context, decision, this.logger);
    return step.endDialog();
  }

  /** Names and phone numbers are not asked for where others read along: a private chat is offered instead. */
  private async offerPrivateChat(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { explain, button, explainWithoutLink } = this.responder.contactTexts.privateChat;
    const contactButton = this.responder.messages.contactButton;
    const url = privateChatLink(step.context.activity, contactButton);
    this.logger.info(
      { event: 'contact.privateChatOffered', activityId: step.context.activity.id, linked: url !== undefined },
      'form offered in private chat',
    );
    // Only Teams has a link that opens a one-to-one chat; elsewhere the person is asked to start one.
    const reply = url
      ? { text: explain.replace('{contactButton}', contactButton), link: { title: button, url } }
      : { text: explainWithoutLink.replace('{contactButton}', contactButton) };
    await sendReplies(step.context, [reply]);
    return step.endDialog();
  }
}

/** Sends a reply decision and logs its event (the bot's fast path outside a form uses it too). */
export async function sendDecision(
  context: TurnContext,
  decision: Extract<Decision, { action: 'reply' }>,
  logger: Logger,
): Promise<void> {
  logger.info({ event: decision.event, entryId: decision.entryId, activityId: context.activity.id }, 'reply');
  await sendReplies(context, decision.replies);
}
