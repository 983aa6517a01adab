import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, TurnContext } from 'botbuilder';
import { type Dialog, DialogSet, type DialogState, DialogTurnStatus } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { Responder } from './domain/responder.js';
import { sendReplies } from './replies.js';
import { KeyedQueue } from './turnQueue.js';

/** Characters of a message considered; a pasted essay must not slow every matcher down. */
export const MAX_TEXT_LENGTH = 2000;
/** Recent activity ids remembered per conversation to drop channel retries. */
const RECENT_ACTIVITY_IDS = 50;

export interface BotDeps {
  readonly conversationState: ConversationState;
  readonly responder: Responder;
  /** The dialog that handles a message when no form is in progress. */
  readonly rootDialog: Dialog;
  readonly logger: Logger;
}

/**
 * The one activity handler. Every message goes through triage before anything else,
 * in or out of a form; then the active dialog continues, or the root
 * dialog routes the message.
 */
export class VertebroplastyBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  private readonly recentIds: StatePropertyAccessor<string[]>;
  private readonly dialogs: DialogSet;
  private readonly turns = new KeyedQueue();

  constructor(private readonly deps: BotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.welcomed = deps.conversationState.createProperty<boolean>('welcomed');
    this.recentIds = deps.conversationState.createProperty<string[]>('recentActivityIds');
    this.dialogs = new DialogSet(this.dialogState).add(deps.rootDialog);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  /**
   * One turn at a time per conversation (see KeyedQueue), and conversation state saved
   * after every turn, including turns that only reprompt.
   */
  override async run(context: TurnContext): Promise<void> {
    const key = `${context.activity.channelId ?? ''}/${context.activity.conversation?.id ?? ''}`;
    await this.turns.run(key, async () => {
      if (await this.isRetry(context)) {
        this.deps.logger.info({ event: 'activity.duplicate', activityId: context.activity.id }, 'channel retry ignored');
        return;
      }
      await super.run(context);
      await this.deps.conversationState.saveChanges(context, false);
    });
  }

  /** A channel that did not get our 200 sends the same activity id again: answer it once. */
  private async isRetry(context: TurnContext): Promise<boolean> {
    const id = context.activity.id;
    if (!id || context.activity.type !== ActivityTypes.Message) return false;
    const seen = await this.recentIds.get(context, []);
    if (seen.includes(id)) return true;
    await this.recentIds.set(context, [...seen, id].slice(-RECENT_ACTIVITY_IDS));
    return false;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { responder, logger } = this.deps;
    const text = cleanText(context);
    const dc = await this.dialogs.createContext(context);
    const log = { activityId: context.activity.id, channelId: context.activity.channelId };

    if (text === '') {
      const hasAttachments = (context.activity.attachments?.length ?? 0) > 0;
      logger.info({ ...log, event: hasAttachments ? 'message.nonText' : 'message.empty' }, 'message without text');
      await sendReplies(context, [{ text: hasAttachments ? responder.messages.nonText : responder.messages.empty }]);
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }

    // Safety first: crisis and emergency get 911 (and 988) before anything else, urgent
    // symptoms the care team's number. In a form the message is never passed on, so it is
    // never stored, and the question is asked again.
    const triage = responder.assess(text);
    const safety = responder.triageReplies(triage);
    if (triage.tier !== 'none') {
      const concepts = triage.findings.map((f) => (f.modifiers.length === 0 ? f.id : `${f.id}(${f.modifiers.join(',')})`));
      const level = safety.length > 0 ? 'warn' : 'info';
      logger[level]({ ...log, event: `triage.${triage.tier}`, concepts, language: triage.language, inDialog: dc.activeDialog !== undefined }, 'triage');
    }
    if (safety.length > 0 && (triage.tier !== 'urgent' || dc.activeDialog)) {
      await sendReplies(context, safety);
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
    if (safety.length > 0) {
      // Urgent, outside a form: the care-team advice, then what else the message asked.
      const wantsCall = responder.decide(text).action === 'startContact';
      await sendReplies(context, wantsCall ? safety : [...safety, ...responder.answerIfClear(text)]);
      if (wantsCall) await dc.beginDialog(this.deps.rootDialog.id);
      return;
    }

    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.deps.rootDialog.id);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const { activity } = context;
    const added = activity.membersAdded ?? [];
    const botId = activity.recipient?.id;
    // Teams announces the bot itself being added; other channels announce the user.
    const greet = activity.channelId === 'msteams' ? added.some((m) => m.id === botId) : added.some((m) => m.id !== botId);
    if (!greet || (await this.welcomed.get(context, false))) return;
    await this.welcomed.set(context, true);
    this.deps.logger.info({ event: 'welcome', channelId: activity.channelId }, 'welcome sent');
    await sendReplies(context, this.deps.responder.welcome());
  }
}

/** The message's text without @mentions of the bot, trimmed and bounded. */
export function cleanText(context: TurnContext): string {
  const { activity } = context;
  if (activity.type !== ActivityTypes.Message) return '';
  if (activity.entities?.some((e) => e.type === 'mention')) TurnContext.removeRecipientMention(activity);
  const text = (activity.text ?? '').trim().slice(0, MAX_TEXT_LENGTH);
  activity.text = text;
  return text;
}
