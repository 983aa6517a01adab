import { type Activity, ActivityTypes, MemoryStorage, type Storage, TestAdapter } from 'botbuilder';
import { pino, type Logger } from 'pino';
import { VertebroplastyBot } from '../../src/bot.js';
import { LeanConversationState } from '../../src/conversationState.js';
import type { Knowledge } from '../../src/domain/knowledge.js';
import { shippedKnowledge } from './knowledgeCopy.js';
import { Responder } from '../../src/domain/responder.js';
import type { InquiryStore } from '../../src/storage/inquiryStore.js';
import { ContactDialog } from '../../dialogs/contactDialog.js';
import { RootDialog } from '../../dialogs/rootDialog.js';
import { LocalTurnCoordinator, type TurnCoordinator } from '../../src/turnCoordinator.js';

export const knowledge: Knowledge = shippedKnowledge;

export interface Harness {
  readonly adapter: TestAdapter;
  /** Sends one user message and returns the bot's message replies (typing indicators left out). */
  say(text: string, extra?: Partial<Activity>): Promise<Activity[]>;
  /** Sends any activity and returns the bot's replies. */
  send(activity: Partial<Activity>): Promise<Activity[]>;
}

/**
 * The real bot, dialogs and knowledge behind botbuilder's TestAdapter, with storage,
 * inquiry store and logger passed in, as the composition root does.
 */
export interface HarnessOptions {
  readonly inquiries: Pick<InquiryStore, 'save'>;
  readonly storage?: Storage;
  readonly logger?: Logger;
  /** Defaults to the one-process coordinator, as in SQLite mode. */
  readonly turns?: TurnCoordinator;
  /** Fields every incoming activity gets (TestAdapter's template overrides the activity). */
  readonly template?: Partial<Activity>;
  /** Defaults to knowledge/ as shipped. */
  readonly knowledge?: Knowledge;
}

export function createHarness(opts: HarnessOptions): Harness {
  const logger = opts.logger ?? pino({ level: 'silent' });
  const responder = new Responder(opts.knowledge ?? knowledge);
  const conversationState = new LeanConversationState(opts.storage ?? new MemoryStorage());
  const contactDialog = new ContactDialog({ responder, logger, inquiries: opts.inquiries });
  const rootDialog = new RootDialog(responder, logger, contactDialog);
  const bot = new VertebroplastyBot({
    conversationState,
    responder,
    rootDialog,
    logger,
    turns: opts.turns ?? new LocalTurnCoordinator(),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: 'test',
    conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
    ...opts.template,
  });
  const drain = (): Activity[] => {
    const out: Activity[] = [];
    while (adapter.activeQueue.length > 0) out.push(adapter.activeQueue.shift() as Activity);
    return out.filter((a) => a.type === ActivityTypes.Message);
  };
  return {
    adapter,
    async say(text, extra = {}) {
      await adapter.receiveActivity({ type: ActivityTypes.Message, text, ...extra } as Activity);
      return drain();
    },
    async send(activity) {
      await adapter.receiveActivity(activity as Activity);
      return drain();
    },
  };
}

/** Button titles of a reply, from suggested actions or a hero card. */
export function buttons(activity: Activity): string[] {
  const suggested = activity.suggestedActions?.actions.map((a) => a.title ?? String(a.value)) ?? [];
  const card =
    activity.attachments
      ?.flatMap((a) => (a.content as { buttons?: Array<{ title: string }> })?.buttons ?? [])
      .map((b) => b.title) ?? [];
  return [...suggested, ...card];
}

/** An in-memory inquiry store that records what the form saved. */
export class RecordingInquiries implements Pick<InquiryStore, 'save'> {
  readonly saved: Parameters<InquiryStore['save']>[0][] = [];
  async save(input: Parameters<InquiryStore['save']>[0]) {
    this.saved.push(input);
    return {
      ...input,
      id: `inq_${this.saved.length}`,
      createdAt: new Date(),
      email: input.email ?? null,
      patientName: input.patientName ?? null,
      message: input.message ?? null,
      language: input.language ?? 'en',
    };
  }
}
