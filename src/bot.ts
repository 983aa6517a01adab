import {
  ActivityHandler,
  ActivityTypes,
  type ConversationState,
  type StatePropertyAccessor,
  TurnContext,
} from 'botbuilder';
import { type Dialog, DialogSet, type DialogState, DialogTurnStatus } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { Alarm, Responder } from './domain/responder.js';
import { isSharedConversation, personKey } from './privateChat.js';
import { setReaderLanguage } from './readerLanguage.js';
import { sendReplies } from './replies.js';
import type { TurnCoordinator } from './turnCoordinator.js';
import {
  alarmAlreadyTold,
  asksForName,
  asksPermission,
  asksForTopic,
  formInSpanish,
  keepAnswerBesideAlarm,
  keepNumbersBesideAlarm,
  keepTopicBesideAlarm,
  rememberAlarm,
  resumeForm,
} from '../dialogs/contactDialog.js';
import { sendDecision } from '../dialogs/rootDialog.js';

/** Characters of a message considered; a pasted essay must not slow every matcher down. */
export const MAX_TEXT_LENGTH = 2000;
/** Activity ids kept in conversation state while a form is open (see rememberDuringForm). */
const RECENT_ACTIVITY_IDS = 50;
/** Conversation state properties: the dialog stack (one-to-one chats) and the recent activity ids. */
const DIALOG_STATE = 'dialogState';
const RECENT_IDS = 'recentActivityIds';
/** The 911 or 988 reply just given, kept for one message ("what do I do?" gets its call to act again). */
const LAST_ALARM = 'lastAlarm';
/** "es" once a person writes in Spanish, until they write in English: what "ok" or "1" is answered in. */
const READER_LANGUAGE = 'readerLanguage';

export interface BotDeps {
  readonly conversationState: ConversationState;
  readonly responder: Responder;
  /** The dialog that handles a message when no form is in progress. */
  readonly rootDialog: Dialog;
  readonly logger: Logger;
  /** One turn at a time per conversation, each activity id answered once (per process or shared). */
  readonly turns: TurnCoordinator;
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
  private readonly lastAlarm: StatePropertyAccessor<Alarm>;
  private readonly readerLanguage: StatePropertyAccessor<'es'>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: BotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>(DIALOG_STATE);
    this.welcomed = deps.conversationState.createProperty<boolean>('welcomed');
    this.recentIds = deps.conversationState.createProperty<string[]>(RECENT_IDS);
    this.lastAlarm = deps.conversationState.createProperty<Alarm>(LAST_ALARM);
    this.readerLanguage = deps.conversationState.createProperty<'es'>(READER_LANGUAGE);
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
   * One turn at a time per conversation (see TurnCoordinator), a retried activity id
   * answered once, and conversation state saved after the turn only when it changed: a
   * FAQ answer outside a form changes nothing, so it writes nothing.
   */
  override async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    const key = `${activity.channelId ?? ''}/${activity.conversation?.id ?? ''}`;
    const id = activity.type === ActivityTypes.Message ? activity.id : undefined;
    const ran = await this.deps.turns.run(key, id, async () => {
      if (id && recentIdsIn(await this.loadedState(context))?.includes(id)) return false;
      await super.run(context);
      if (id) await this.rememberDuringForm(context, id);
      await this.deps.conversationState.saveChanges(context, false);
      return true;
    });
    if (!ran) this.deps.logger.info({ event: 'activity.duplicate', activityId: id }, 'channel retry ignored');
  }

  /**
   * While a form is open, its recent activity ids also live in conversation state, so a
   * retried form answer is dropped even after a restart cleared the coordinator's memory
   * (SQLite mode). Outside a form they are removed, so FAQ turns leave state unchanged.
   */
  private async rememberDuringForm(context: TurnContext, id: string): Promise<void> {
    const inForm = await this.inForm(context);
    const seen = recentIdsIn(await this.loadedState(context));
    if (inForm) await this.recentIds.set(context, [...(seen ?? []), id].slice(-RECENT_ACTIVITY_IDS));
    else if (seen !== undefined) await this.recentIds.delete(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { responder, logger } = this.deps;
    const text = cleanText(context);
    // Read without a default: creating a DialogContext would add an empty dialog state and
    // force a state write, so outside a form no dialog machinery is built at all.
    const inDialog = await this.inForm(context);
    const reprompt = async () => {
      if (inDialog) await (await this.dialogsFor(context).createContext(context)).repromptDialog();
    };
    const log = { activityId: context.activity.id, channelId: context.activity.channelId };

    if (text === '') {
      const hasAttachments = (context.activity.attachments?.length ?? 0) > 0;
      logger.info({ ...log, event: hasAttachments ? 'message.nonText' : 'message.empty' }, 'message without text');
      await sendReplies(context, [{ text: hasAttachments ? responder.messages.nonText : responder.messages.empty }]);
      await reprompt();
      return;
    }

    // Safety first: crisis and emergency get 911 (and 988) before anything else, urgent
    // symptoms the care team's number. In a form the message is not passed on (so it is not
    // stored) and the question is asked again, except an urgent symptom given as the topic.
    // A name typed at the name question is read as itself: "Rosa Delia Martinez" is no typo of "delira".
    const formDc = inDialog ? await this.dialogsFor(context).createContext(context) : undefined;
    const nameAsked = formDc !== undefined && asksForName(formDc);
    const permissionAsked = formDc !== undefined && asksPermission(formDc);
    const triage = responder.assess(text, { inForm: inDialog, nameAsked, permissionAsked });
    const safety = responder.triageReplies(triage, text);
    // A sentence of the message that raises no alarm itself, to be kept as an answer beside the worry.
    const quiet = (sentence: string) => ['none', 'mention'].includes(responder.assess(sentence, { inForm: true }).tier);
    if (triage.tier !== 'none') {
      const concepts = triage.findings.map((f) =>
        f.modifiers.length === 0 ? f.id : `${f.id}(${f.modifiers.join(',')})`,
      );
      const level = safety.length > 0 ? 'warn' : 'info';
      logger[level](
        { ...log, event: `triage.${triage.tier}`, concepts, language: triage.language, inDialog },
        'triage',
      );
    }
    const reader = await this.readerLanguageFor(context, text);
    setReaderLanguage(context, reader);
    // Read straight from the loaded state: a FAQ turn that finds no alarm writes nothing.
    const lastAlarm = (await this.loadedState(context))[LAST_ALARM] as Alarm | undefined;
    const alarm = responder.alarmOf(triage);
    if (alarm !== undefined) await this.lastAlarm.set(context, alarm);
    else if (lastAlarm !== undefined) await this.lastAlarm.delete(context);
    // The emergency concepts that get 911 now, to tell the same signs told again from new ones.
    const told = triage.findings.filter((f) => f.tier === 'emergency' && f.modifiers.length === 0).map((f) => f.id);
    if (inDialog && triage.tier === 'emergency' && alarm !== undefined) {
      const dc = await this.dialogsFor(context).createContext(context);
      // The signs just answered with 911, typed as the topic: the topic, with a short reminder, and the form goes on.
      if (alarmAlreadyTold(dc, told) && keepTopicBesideAlarm(dc, responder.contactReader, text)) {
        logger.info({ ...log, event: 'form.topicBesideToldAlarm' }, 'topic kept beside an alarm already given');
        await sendReplies(context, responder.alarmReminder(alarm));
        await resumeForm(dc, responder.contactReader, text);
        return;
      }
    }
    if (safety.length > 0 && (triage.tier !== 'urgent' || inDialog)) {
      await sendReplies(context, safety);
      // After 911 the form waits, kept, instead of asking for a phone number straight away. A number typed beside
      // the emergency is kept for it, and a sign typed as the topic is the topic; nothing else of the message is.
      if (inDialog && triage.tier !== 'urgent') {
        const dc = await this.dialogsFor(context).createContext(context);
        const kept = [
          ...keepNumbersBesideAlarm(dc, responder.contactReader, text),
          ...[keepAnswerBesideAlarm(dc, responder.contactReader, text, quiet)].filter((f) => f !== undefined),
          ...(triage.tier === 'emergency' && keepTopicBesideAlarm(dc, responder.contactReader, text)
            ? (['message'] as const)
            : []),
        ];
        if (kept.length > 0) logger.info({ ...log, event: 'form.keptBesideAlarm', fields: kept }, 'details kept');
        await this.holdFor(context).set(context, true);
        if (triage.tier === 'emergency') rememberAlarm(dc, told);
        // The note is about the form: a message mixing both languages gets it in the form's (review 94).
        const spanish = triage.englishToo ? formInSpanish(dc) : triage.language === 'es';
        await sendReplies(context, [{ text: responder.messagesIn(spanish).formOnHold }]);
        return;
      }
      // "Can someone call me? …since this morning my legs feel weak": 911 first, and the call-back asked for is kept,
      // on hold as in a form (form review 59 lost six such requests to the 911 reply alone).
      if (
        !inDialog &&
        triage.tier === 'emergency' &&
        !isSharedConversation(context.activity) &&
        responder.decide(text, reader).action === 'startContact'
      ) {
        await this.beginFormOnHold(context, told);
        logger.info({ ...log, event: 'form.startedOnHold' }, 'call-back request kept beside an emergency');
        await sendReplies(context, [{ text: responder.messagesIn(triage.language === 'es').formOnHold }]);
        return;
      }
      const dc = inDialog ? await this.dialogsFor(context).createContext(context) : undefined;
      // An urgent symptom typed as the topic is what the team should call about: kept, and the form goes on.
      if (dc !== undefined && asksForTopic(dc)) await dc.continueDialog();
      // "Any time. Actually my back hurts more…": the answer before the worry is kept, and the form goes on.
      else if (dc !== undefined && keepAnswerBesideAlarm(dc, responder.contactReader, text, quiet) !== undefined) {
        logger.info({ ...log, event: 'form.answerKeptBesideWorry' }, 'answer kept beside a worry');
        await resumeForm(dc, responder.contactReader);
      } else await dc?.repromptDialog();
      // A call-back request that only the second look read as a crisis ("so here I am, asking for a call": long,
      // first-person, its small words add up) gets the crisis line and the form it asked for (form review 42 lost
      // three requests to the crisis reply alone); a crisis said in words, or danger now, gets the safety reply alone.
      if (
        !inDialog &&
        responder.crisisBySecondLookOnly(triage) &&
        responder.decide(text, reader).action === 'startContact'
      )
        await (await this.dialogsFor(context).createContext(context)).beginDialog(this.deps.rootDialog.id);
      return;
    }
    // "What do I do?" right after 911 or 988: that reply's call to act again, not "I don't know" (review 74).
    const again = lastAlarm && responder.alarmAgain(text, lastAlarm, inDialog);
    if (lastAlarm !== undefined && again !== undefined) {
      logger.info({ ...log, event: 'triage.repeated', tier: lastAlarm.tier }, 'alarm repeated');
      await sendReplies(context, again.replies);
      if (again.again) await this.lastAlarm.set(context, lastAlarm);
      return;
    }
    // The first message after a hold ("ok he's fine now") is no answer to the form: its question is asked
    // again. "cancel" and a clear question ("how long is bed rest?") go to the form, which handles both.
    if (inDialog && (await this.holdFor(context).get(context, false))) {
      await this.holdFor(context).delete(context);
      if (!responder.isIntent('cancel', text) && responder.answerDuringForm(text) === undefined) {
        logger.info({ ...log, event: 'form.resumed' }, 'form resumed after an emergency reply');
        const dc = await this.dialogsFor(context).createContext(context);
        // "ok, 713-555-0199": the number that resumes the form is kept too (review 79 asked for it again).
        keepNumbersBesideAlarm(dc, responder.contactReader, text);
        // Right after the alarm, its call to act comes first once more (review 96: "¿me van a llamar?" went straight
        // back to the form).
        const first = lastAlarm === undefined ? [] : responder.alarmReminder(lastAlarm);
        await sendReplies(context, [...first, { text: responder.messagesIn(formInSpanish(dc)).formResume }]);
        await resumeForm(dc, responder.contactReader, text);
        return;
      }
    }
    if (safety.length > 0) {
      // Urgent, outside a form: the care-team advice, then what else the message asked.
      const wantsCall = responder.decide(text, reader).action === 'startContact';
      await sendReplies(context, wantsCall ? safety : [...safety, ...responder.answerIfClear(text)]);
      if (wantsCall) await (await this.dialogsFor(context).createContext(context)).beginDialog(this.deps.rootDialog.id);
      return;
    }

    if (!inDialog) {
      // Fast path: answer directly; only a contact request needs the dialogs.
      const decision = responder.decide(text, reader);
      if (decision.action === 'reply') {
        // A question answered outside a form (no name or topic of the form): asked again, it costs a lookup.
        responder.remember(text);
        await sendDecision(context, decision, logger);
        return;
      }
    }
    const dc = await this.dialogsFor(context).createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.deps.rootDialog.id);
  }

  /**
   * The language the person writes in: this message's when its words tell it, else the one kept, else the channel's
   * locale. Kept in one-to-one chats only, and written only when it changes, so an English FAQ turn writes nothing.
   */
  private async readerLanguageFor(context: TurnContext, text: string): Promise<'en' | 'es'> {
    const kept = (await this.loadedState(context))[READER_LANGUAGE] as 'es' | undefined;
    const spoken = this.deps.responder.spokenLanguage(text);
    if (spoken === undefined) return kept ?? (context.activity.locale?.toLowerCase().startsWith('es') ? 'es' : 'en');
    if (!isSharedConversation(context.activity)) {
      if (spoken === 'es' && kept === undefined) await this.readerLanguage.set(context, 'es');
      else if (spoken === 'en' && kept !== undefined) await this.readerLanguage.delete(context);
    }
    return spoken;
  }

  /**
   * Whether the sender has a form open; reads the turn's loaded state object (one read per
   * turn) without creating a dialog context or going through a property accessor.
   */
  private async inForm(context: TurnContext): Promise<boolean> {
    const dialogState = (await this.loadedState(context))[this.dialogStateName(context)] as DialogState | undefined;
    return (dialogState?.dialogStack.length ?? 0) > 0;
  }

  /**
   * In a group chat or channel, dialog state belongs to the person, not the conversation,
   * so one member's answers never land in another's form.
   */
  private dialogStateFor(context: TurnContext): StatePropertyAccessor<DialogState> {
    if (!isSharedConversation(context.activity)) return this.dialogState;
    return this.deps.conversationState.createProperty<DialogState>(this.dialogStateName(context));
  }

  /**
   * Starts the form with what the request gave, without its first question (the 911 reply stands alone), and puts it
   * on hold: the next message goes on with it, as after an emergency inside a form.
   */
  private async beginFormOnHold(context: TurnContext, alarms: readonly string[]): Promise<void> {
    let quiet = true;
    context.onSendActivities(async (_ctx, activities, next) => (quiet ? activities.map(() => ({ id: '' })) : next()));
    const dc = await this.dialogsFor(context).createContext(context);
    try {
      await dc.beginDialog(this.deps.rootDialog.id);
    } finally {
      quiet = false;
    }
    rememberAlarm(dc, alarms);
    await this.holdFor(context).set(context, true);
  }

  /** Whether the sender's form is on hold after an emergency reply (kept beside their dialog state). */
  private holdFor(context: TurnContext): StatePropertyAccessor<boolean> {
    return this.deps.conversationState.createProperty<boolean>(`${this.dialogStateName(context)}:onHold`);
  }

  /** The conversation's state object, read once per turn (later calls return the same object). */
  private async loadedState(context: TurnContext): Promise<Record<string, unknown>> {
    return (await this.deps.conversationState.load(context)) as Record<string, unknown>;
  }

  /** The state property holding the sender's dialog stack (see dialogStateFor). */
  private dialogStateName(context: TurnContext): string {
    return isSharedConversation(context.activity) ? `dialogState:${personKey(context.activity)}` : DIALOG_STATE;
  }

  private dialogsFor(context: TurnContext): DialogSet {
    if (!isSharedConversation(context.activity)) return this.dialogs;
    return new DialogSet(this.dialogStateFor(context)).add(this.deps.rootDialog);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const { activity } = context;
    const added = activity.membersAdded ?? [];
    const botId = activity.recipient?.id;
    // Teams announces the bot itself being added; other channels announce the user.
    const greet =
      activity.channelId === 'msteams' ? added.some((m) => m.id === botId) : added.some((m) => m.id !== botId);
    if (!greet || (await this.welcomed.get(context, false))) return;
    await this.welcomed.set(context, true);
    this.deps.logger.info({ event: 'welcome', channelId: activity.channelId }, 'welcome sent');
    await sendReplies(context, this.deps.responder.welcome());
  }
}

/** The recent activity ids kept in a loaded conversation state object (rememberDuringForm). */
function recentIdsIn(state: Record<string, unknown>): string[] | undefined {
  return state[RECENT_IDS] as string[] | undefined;
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
