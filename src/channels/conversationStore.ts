import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** A conversation of the local Direct Line channel, as kept in memory. */
export interface LocalConversation {
  readonly id: string;
  /** The user id bound to the conversation's token; posted activities always carry it. */
  readonly userId: string;
  /** Activities still kept, oldest first; `activities[i]` has sequence number `firstSeq + i`. */
  readonly activities: Partial<Activity>[];
  firstSeq: number;
  /** Set once the client came back for it (polled or posted); never-used ones are evicted first. */
  used?: boolean;
}

export interface ActivityPage {
  readonly activities: readonly Partial<Activity>[];
  /** Pass back as `?watermark=` to get only newer activities. */
  readonly watermark: string;
}

export interface ConversationStoreLimits {
  /** Conversations kept; beyond it, never-used ones go first, then the least recently used. */
  readonly maxConversations: number;
  /** Activities kept per conversation; the oldest are dropped first. */
  readonly maxActivities: number;
}

export const DEFAULT_STORE_LIMITS: ConversationStoreLimits = { maxConversations: 200, maxActivities: 100 };

/**
 * In-memory transcripts for the local Direct Line channel. Bounded on both axes, because
 * nothing else ever deletes a conversation: a browser that never comes back must not
 * cost memory forever. Watermarks are sequence numbers, so a client that polls after
 * old activities were dropped still gets everything newer than what it has seen.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, LocalConversation>();
  /** Open streams per conversation: each is told of every activity appended. */
  private readonly listeners = new Map<string, Set<(page: ActivityPage) => void>>();

  constructor(private readonly limits: ConversationStoreLimits = DEFAULT_STORE_LIMITS) {
    if (limits.maxConversations < 1 || limits.maxActivities < 1)
      throw new Error('[LocalDirectLine] Store limits must be at least 1.');
  }

  create(userId: string): LocalConversation {
    const conversation: LocalConversation = { id: randomUUID(), userId, activities: [], firstSeq: 0 };
    this.conversations.set(conversation.id, conversation);
    // Idle before active: a burst of new conversations evicts its own unused ones first.
    for (const pass of [(c: LocalConversation) => !c.used, () => true]) {
      for (const [id, c] of this.conversations) {
        if (this.conversations.size <= this.limits.maxConversations) break;
        if (c !== conversation && pass(c)) this.conversations.delete(id);
      }
    }
    return conversation;
  }

  /** The conversation, marked as recently used; undefined when unknown or evicted. */
  get(id: string): LocalConversation | undefined {
    const conversation = this.conversations.get(id);
    if (conversation) {
      conversation.used = true;
      this.conversations.delete(id);
      this.conversations.set(id, conversation);
    }
    return conversation;
  }

  /** Like `get` but without marking it used (for the bot's own replies). */
  peek(id: string): LocalConversation | undefined {
    return this.conversations.get(id);
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Appends a copy of `activity` with a Direct Line-style id (`<conversation>|<seq>`) and returns it. */
  append(conversation: LocalConversation, activity: Partial<Activity>): Partial<Activity> & { id: string } {
    const seq = conversation.firstSeq + conversation.activities.length;
    const stored = { ...activity, id: `${conversation.id}|${String(seq).padStart(7, '0')}` };
    conversation.activities.push(stored);
    if (conversation.activities.length > this.limits.maxActivities) {
      conversation.activities.shift();
      conversation.firstSeq += 1;
    }
    for (const listener of this.listeners.get(conversation.id) ?? [])
      listener({ activities: [stored], watermark: String(seq + 1) });
    return stored;
  }

  /** Calls `listener` with each activity appended to the conversation from now on; returns the unsubscribe. */
  subscribe(conversationId: string, listener: (page: ActivityPage) => void): () => void {
    const set = this.listeners.get(conversationId) ?? new Set();
    set.add(listener);
    this.listeners.set(conversationId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  /** Activities with a sequence number at or after `watermark` (all kept ones when 0). */
  since(conversation: LocalConversation, watermark: number): ActivityPage {
    const next = conversation.firstSeq + conversation.activities.length;
    const start = Math.max(0, Math.min(watermark, next) - conversation.firstSeq);
    return { activities: conversation.activities.slice(start), watermark: String(next) };
  }
}
