import { z } from 'zod';
import { newUserId } from './localTokens.js';

/** How long the server waits for the Direct Line token service before giving up. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 5000;

export interface DirectLineSession {
  readonly token: string;
  readonly conversationId?: string;
  /** The `dl_` user id bound into the token; the browser must not pick its own. */
  readonly userId: string;
  readonly expiresIn: number;
  /** Base URL the browser's Direct Line client should talk to. */
  readonly directLineUrl: string;
}

export interface TokenServiceOptions {
  readonly tokenUrl: string;
  readonly secret: string;
  readonly timeoutMs?: number;
}

/** Why the token service could not be used; never carries the secret or the upstream body. */
export class DirectLineTokenError extends Error {
  constructor(
    readonly reason: 'status' | 'timeout' | 'network' | 'body',
    readonly upstreamStatus?: number,
  ) {
    super(
      `[DirectLineToken] Token request failed (${reason}${upstreamStatus === undefined ? '' : ` ${upstreamStatus}`}).`,
    );
    this.name = 'DirectLineTokenError';
  }
}

const tokenResponseSchema = z.object({
  token: z.string().min(1),
  conversationId: z.string().min(1).optional(),
  expires_in: z.number().int().positive().optional(),
});

/**
 * Exchanges the Direct Line secret for a short-lived token bound to a fresh `dl_` user id,
 * so the secret stays on the server and a browser cannot speak as another user.
 */
export async function requestDirectLineToken(options: TokenServiceOptions): Promise<DirectLineSession> {
  const userId = newUserId();
  let response: Response;
  try {
    response = await fetch(options.tokenUrl, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${options.secret}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    throw new DirectLineTokenError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network');
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new DirectLineTokenError('status', response.status);
  }
  let parsed: z.infer<typeof tokenResponseSchema>;
  try {
    parsed = tokenResponseSchema.parse(await response.json());
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    throw new DirectLineTokenError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'body');
  }
  return {
    token: parsed.token,
    ...(parsed.conversationId ? { conversationId: parsed.conversationId } : {}),
    userId,
    expiresIn: parsed.expires_in ?? 1800,
    directLineUrl: directLineBaseUrl(options.tokenUrl),
  };
}

/**
 * The Direct Line API base for a token URL: `https://host/v3/directline/tokens/generate`
 * becomes `https://host/v3/directline`, so regional endpoints work without another setting.
 */
export function directLineBaseUrl(tokenUrl: string): string {
  const url = new URL(tokenUrl);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/tokens\/generate\/?$/, '');
  return url.href.replace(/\/$/, '');
}
