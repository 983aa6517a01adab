import { randomBytes } from 'node:crypto';

export interface LocalToken {
  readonly token: string;
  readonly userId: string;
  /** Set once a conversation was started with the token; the token then opens only that one. */
  conversationId: string | undefined;
  expiresAt: number;
}

export interface LocalTokenOptions {
  /** Seconds a token lasts unless refreshed (Direct Line's is 1800; clients refresh at half). */
  readonly lifetimeSeconds: number;
  /** Tokens kept; beyond it, expired and never-used tokens go before live visitors' (see `evict`). */
  readonly maxTokens: number;
  readonly now?: () => number;
}

export const DEFAULT_TOKEN_OPTIONS: LocalTokenOptions = { lifetimeSeconds: 1800, maxTokens: 400 };

/** Direct Line's prefix for user ids that are bound into a token and cannot be forged. */
export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

/**
 * Opaque bearer tokens for the local Direct Line channel. Each binds a user id and, after
 * the first start call, one conversation: knowing a conversation id is not enough to
 * read it or post into it. Refreshing extends the same token rather than minting a new
 * one, so a poll in flight with the old value never fails.
 */
export class LocalTokens {
  private readonly tokens = new Map<string, LocalToken>();
  private readonly now: () => number;

  constructor(private readonly options: LocalTokenOptions = DEFAULT_TOKEN_OPTIONS) {
    this.now = options.now ?? Date.now;
  }

  get lifetimeSeconds(): number {
    return this.options.lifetimeSeconds;
  }

  issue(userId: string = newUserId()): LocalToken {
    const entry: LocalToken = {
      token: randomBytes(32).toString('base64url'),
      userId,
      conversationId: undefined,
      expiresAt: this.now() + this.options.lifetimeSeconds * 1000,
    };
    this.tokens.set(entry.token, entry);
    this.evict(entry);
    return entry;
  }

  /**
   * Makes room, idle before active: first expired tokens, then tokens that never started
   * a conversation (oldest first), and only then the least recently used live ones. A
   * burst of token requests therefore evicts its own unused tokens, not a visitor's.
   */
  private evict(keep: LocalToken): void {
    const max = this.options.maxTokens;
    const now = this.now();
    const drop = (test: (e: LocalToken) => boolean): void => {
      for (const [key, e] of this.tokens) {
        if (this.tokens.size <= max) return;
        if (e !== keep && test(e)) this.tokens.delete(key);
      }
    };
    drop((e) => e.expiresAt <= now);
    drop((e) => e.conversationId === undefined);
    drop(() => true);
  }

  /** The live entry for `token`, marked as recently used; undefined when unknown or expired. */
  verify(token: string): LocalToken | undefined {
    const entry = this.tokens.get(token);
    if (!entry) return undefined;
    this.tokens.delete(token);
    if (entry.expiresAt <= this.now()) return undefined;
    this.tokens.set(token, entry);
    return entry;
  }

  refresh(entry: LocalToken): void {
    entry.expiresAt = this.now() + this.options.lifetimeSeconds * 1000;
  }
}
