import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import { describeError } from '../logger.js';
import { type Limits, sendTooMany } from '../rateLimits.js';
import {
  DirectLineTokenError,
  type DirectLineSession,
  type TokenServiceOptions,
  requestDirectLineToken,
} from './directLineTokenService.js';
import { clientAddress, sendJson } from './http.js';
import type { LocalDirectLine } from './localDirectLine.js';
import { LOCAL_DIRECT_LINE_PATH } from './localDirectLineRoutes.js';

export interface TokenRouteDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly limits: Pick<Limits, 'tokens'>;
  /** Present in local mode only. */
  readonly localChannel?: LocalDirectLine;
  /** The upstream call; replaceable so a test can count or fail it. */
  readonly requestToken?: (options: TokenServiceOptions) => Promise<DirectLineSession>;
}

/**
 * `POST /api/directline/token`: the one call the chat page makes before connecting. With
 * `DIRECT_LINE_SECRET` it returns a Direct Line token from Azure; in local mode, a token
 * for the server's own Direct Line endpoint (`local: true`). The secret never leaves.
 */
export function registerTokenRoute(server: Server, deps: TokenRouteDeps): void {
  const { config, logger, localChannel } = deps;
  const requestToken = deps.requestToken ?? requestDirectLineToken;

  server.post('/api/directline/token', async (req: Request, res: Response) => {
    // Per client address: each call spends the secret upstream, or a token slot locally.
    const wait = await deps.limits.tokens.take(clientAddress(req));
    if (wait !== undefined)
      return sendTooMany(res, logger, 'tokens', wait, { error: 'Too many requests. Please try again in a moment.' });
    const secret = config.directLine.secret;
    if (secret) {
      try {
        const session = await requestToken({ tokenUrl: config.directLine.tokenUrl, secret });
        logger.info({ event: 'directline.token.issued', remote: true }, 'Direct Line token issued');
        sendJson(res, 200, session);
      } catch (err) {
        const detail =
          err instanceof DirectLineTokenError
            ? { reason: err.reason, upstreamStatus: err.upstreamStatus }
            : describeError(err);
        logger.warn({ event: 'directline.token.failed', ...detail }, 'Direct Line token request failed');
        sendJson(res, 502, { error: 'The chat service could not be reached. Please try again in a moment.' });
      }
      return;
    }
    if (localChannel) {
      const entry = localChannel.issueToken();
      logger.info({ event: 'directline.token.issued', remote: false }, 'local Direct Line token issued');
      sendJson(res, 200, {
        local: true,
        token: entry.token,
        userId: entry.userId,
        expiresIn: localChannel.tokens.lifetimeSeconds,
        directLineUrl: LOCAL_DIRECT_LINE_PATH,
      });
      return;
    }
    logger.warn({ event: 'directline.token.unconfigured' }, 'web chat requested but DIRECT_LINE_SECRET is not set');
    sendJson(res, 503, { error: 'Web chat is not set up on this server.' });
  });
}
