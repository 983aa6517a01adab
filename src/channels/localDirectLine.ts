import { type Activity, ActivityTypes, type ActivityHandlerBase, type ChannelAccount } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { createTurnErrorHandler } from '../adapter.js';
import {
  type ActivityPage,
  ConversationStore,
  type ConversationStoreLimits,
  DEFAULT_STORE_LIMITS,
  type LocalConversation,
} from './conversationStore.js';
import { LOCAL_CHANNEL_ID, LOCAL_SERVICE_URL, LocalDirectLineAdapter } from './localDirectLineAdapter.js';
import { DEFAULT_TOKEN_OPTIONS, type LocalToken, type LocalTokenOptions, LocalTokens } from './localTokens.js';
import { typingIndicator } from '../typingIndicator.js';

/** Longest message accepted; the bot reads the first 2000 characters anyway. */
export const MAX_POSTED_TEXT = 4000;

/** The subset of an activity the local channel accepts from a browser; everything else is dropped. */
const postedActivitySchema = z.object({
  type: z.enum([ActivityTypes.Message, ActivityTypes.Typing]),
  text: z.string().max(MAX_POSTED_TEXT).optional(),
  locale: z.string().max(35).optional(),
  // Web Chat matches the echoed activity to the one it sent by clientActivityID.
  channelData: z.object({ clientActivityID: z.string().max(200).optional() }).optional(),
  attachments: z
    .array(z.object({ contentType: z.string().max(200) }))
    .max(10)
    .optional(),
});

/** A request the local channel refuses, with the HTTP status that says why. */
export class LocalDirectLineError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404,
    message: string,
  ) {
    super(`[LocalDirectLine] ${message}`);
    this.name = 'LocalDirectLineError';
  }

  /** The message without the origin prefix, for the response body. */
  get publicMessage(): string {
    return this.message.replace(/^\[LocalDirectLine\] /, '');
  }
}

export interface LocalDirectLineDeps {
  readonly bot: ActivityHandlerBase;
  readonly logger: Logger;
  /** The bot's display name on its replies. */
  readonly botName: string;
  /** Sent to the user when a turn fails (knowledge `messages.error`). */
  readonly errorMessage: string;
  readonly limits?: ConversationStoreLimits;
  readonly tokenOptions?: LocalTokenOptions;
}

export interface StartedConversation {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
  /** The WebSocket address; the routes fill it in, since only they know the host the browser used. */
  readonly streamUrl: string | null;
  /** True when this call created it; false when the token's conversation already existed. */
  readonly created: boolean;
}

/**
 * A Direct Line 3.0-compatible channel held in memory, for local mode: the website widget
 * (and the `botframework-directlinejs` client) start a conversation, post messages and
 * poll for replies, and every turn runs through the same bot as `/api/messages`.
 */
export class LocalDirectLine {
  readonly tokens: LocalTokens;
  private readonly store: ConversationStore;
  private readonly adapter: LocalDirectLineAdapter;
  private readonly botAccount: ChannelAccount;

  constructor(private readonly deps: LocalDirectLineDeps) {
    this.tokens = new LocalTokens(deps.tokenOptions ?? DEFAULT_TOKEN_OPTIONS);
    this.store = new ConversationStore(deps.limits ?? DEFAULT_STORE_LIMITS);
    this.botAccount = { id: 'vertebroplasty-bot', name: deps.botName, role: 'bot' };
    this.adapter = new LocalDirectLineAdapter(this.store, this.botAccount);
    // Same typing behaviour as the Bot Framework adapter for slow turns.
    this.adapter.use(typingIndicator(deps.logger, 500, 2000));
    this.adapter.onTurnError = createTurnErrorHandler(deps.logger, deps.errorMessage);
  }

  /** A fresh token for a browser that has not started a conversation yet. */
  issueToken(): LocalToken {
    return this.tokens.issue();
  }

  /** Resolves `Authorization: Bearer <token>` to a live token, or throws 401/403. */
  authenticate(authorization: string | undefined): LocalToken {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw new LocalDirectLineError(401, 'An Authorization: Bearer token is required.');
    const entry = this.tokens.verify(match[1]);
    if (!entry) throw new LocalDirectLineError(403, 'The token is unknown or has expired.');
    return entry;
  }

  /**
   * Starts the token's conversation and greets the user (a conversationUpdate with the
   * user as the added member), or returns the conversation the token already opened.
   */
  async start(token: LocalToken): Promise<StartedConversation> {
    const existing = token.conversationId === undefined ? undefined : this.store.get(token.conversationId);
    if (token.conversationId !== undefined && !existing)
      throw new LocalDirectLineError(404, 'The conversation has ended.');
    if (existing) return this.describe(token, existing, false);

    const conversation = this.store.create(token.userId);
    token.conversationId = conversation.id;
    this.deps.logger.info(
      { event: 'directline.local.start', conversationId: conversation.id },
      'local conversation started',
    );
    await this.runTurn(conversation, {
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: conversation.userId, name: '' }],
      from: { id: conversation.userId, name: '', role: 'user' },
    });
    return this.describe(token, conversation, true);
  }

  /** Extends the token's life (Direct Line clients call this every 15 minutes). */
  refresh(token: LocalToken): { conversationId: string | undefined; token: string; expires_in: number } {
    this.tokens.refresh(token);
    return { conversationId: token.conversationId, token: token.token, expires_in: this.tokens.lifetimeSeconds };
  }

  /** Accepts a browser's activity: echoes it into the transcript and runs the bot's turn. */
  async post(token: LocalToken, conversationId: string, body: unknown): Promise<{ id: string }> {
    const conversation = this.conversationFor(token, conversationId);
    const parsed = postedActivitySchema.safeParse(body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'body';
      throw new LocalDirectLineError(400, `The activity is not valid (field "${field}").`);
    }
    const posted = parsed.data;
    const id = `${conversation.id}|typing`;
    // Typing from the user is only a hint to other participants; there are none.
    if (posted.type === ActivityTypes.Typing) return { id };

    const incoming: Partial<Activity> = {
      type: ActivityTypes.Message,
      text: posted.text ?? '',
      locale: posted.locale,
      channelData: posted.channelData?.clientActivityID
        ? { clientActivityID: posted.channelData.clientActivityID }
        : undefined,
      attachments: posted.attachments?.map((a) => ({ contentType: a.contentType })),
      // The token decides who is speaking, never the body.
      from: { id: conversation.userId, name: '', role: 'user' },
    };
    const echoed = this.store.append(conversation, {
      ...incoming,
      ...this.envelope(conversation),
      recipient: this.botAccount,
      timestamp: new Date(),
    });
    // An immediate "typing…" so a polling client shows a sign of life before the reply.
    this.store.append(conversation, {
      type: ActivityTypes.Typing,
      ...this.envelope(conversation),
      from: this.botAccount,
      recipient: { id: conversation.userId, name: '', role: 'user' },
      timestamp: new Date(),
    });
    this.deps.logger.info(
      { event: 'directline.local.activity', conversationId: conversation.id, activityId: echoed.id },
      'local activity received',
    );
    await this.runTurn(conversation, { ...incoming, id: echoed.id, timestamp: echoed.timestamp });
    return { id: echoed.id };
  }

  /** The transcript after `watermark` (Direct Line's GET activities). */
  activities(token: LocalToken, conversationId: string, watermark: number): ActivityPage {
    return this.store.since(this.conversationFor(token, conversationId), watermark);
  }

  /** Direct Line's GET conversation: a client reconnecting its stream asks for a fresh address. */
  conversation(token: LocalToken, conversationId: string): StartedConversation {
    return this.describe(token, this.conversationFor(token, conversationId), false);
  }

  /**
   * A WebSocket stream (Direct Line's `streamUrl`): the transcript after `watermark` at
   * once, then every new activity as it is stored. Returns the function that stops it.
   */
  stream(token: LocalToken, conversationId: string, watermark: number, send: (page: ActivityPage) => void): () => void {
    const conversation = this.conversationFor(token, conversationId);
    const unsubscribe = this.store.subscribe(conversation.id, send);
    const backlog = this.store.since(conversation, watermark);
    if (backlog.activities.length > 0) send(backlog);
    this.deps.logger.info({ event: 'directline.local.stream', conversationId: conversation.id }, 'local stream opened');
    return unsubscribe;
  }

  private conversationFor(token: LocalToken, conversationId: string): LocalConversation {
    const conversation = this.store.get(conversationId);
    if (!conversation) throw new LocalDirectLineError(404, 'The conversation does not exist or has ended.');
    if (token.conversationId !== conversation.id)
      throw new LocalDirectLineError(403, 'The token is not valid for this conversation.');
    return conversation;
  }

  private async runTurn(conversation: LocalConversation, activity: Partial<Activity>): Promise<void> {
    await this.adapter.processActivity(
      { ...this.envelope(conversation), recipient: this.botAccount, timestamp: new Date(), ...activity },
      (context) => this.deps.bot.run(context),
    );
  }

  private envelope(conversation: LocalConversation): Partial<Activity> {
    return {
      channelId: LOCAL_CHANNEL_ID,
      serviceUrl: LOCAL_SERVICE_URL,
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
    };
  }

  private describe(token: LocalToken, conversation: LocalConversation, created: boolean): StartedConversation {
    return {
      conversationId: conversation.id,
      token: token.token,
      expires_in: this.tokens.lifetimeSeconds,
      streamUrl: null,
      created,
    };
  }
}
