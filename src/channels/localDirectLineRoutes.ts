import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { describeError } from '../logger.js';
import { type Limits, sendTooMany } from '../rateLimits.js';
import { clientAddress, sendJson } from './http.js';
import { type LocalDirectLine, LocalDirectLineError } from './localDirectLine.js';
import { LOCAL_DIRECT_LINE_PATH } from './localDirectLinePath.js';
import { attachLocalDirectLineStream, streamUrlFor } from './localDirectLineStream.js';

export { LOCAL_DIRECT_LINE_PATH };

/**
 * The Direct Line 3.0 subset that Web Chat and `botframework-directlinejs` use: start
 * (with a `streamUrl` for the WebSocket stream), reconnect, post, get activities (polling),
 * refresh token. Every call needs the bearer token the server issued for that conversation.
 * Returns `close()`, which ends open streams.
 */
export function registerLocalDirectLineRoutes(
  server: Server,
  channel: LocalDirectLine,
  logger: Logger,
  limits: Pick<Limits, 'directLine' | 'messages'>,
): { close(): void } {
  const handle = (
    work: (req: Request) => Promise<{ status: number; body: unknown }> | { status: number; body: unknown },
  ) => {
    return async (req: Request, res: Response) => {
      const wait = await limits.directLine.take(clientAddress(req));
      if (wait !== undefined)
        return sendTooMany(res, logger, 'directLine', wait, {
          error: { code: 'TooManyRequests', message: 'Too many requests. Please wait a moment.' },
        });
      try {
        const { status, body } = await work(req);
        sendJson(res, status, body);
      } catch (err) {
        if (err instanceof TooManyMessages) {
          sendTooMany(res, logger, 'messages', err.retryAfterSeconds, {
            error: { code: 'TooManyRequests', message: 'Too many messages. Please wait a moment.' },
          });
          return;
        }
        if (err instanceof LocalDirectLineError) {
          logger.info(
            { event: 'directline.local.rejected', status: err.status, path: req.getPath() },
            'local Direct Line request rejected',
          );
          sendJson(res, err.status, { error: { code: codeFor(err.status), message: err.publicMessage } });
          return;
        }
        logger.error({ event: 'directline.local.error', ...describeError(err) }, 'local Direct Line request failed');
        sendJson(res, 500, { error: { code: 'ServiceError', message: 'Internal error' } });
      }
    };
  };

  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/conversations`,
    handle(async (req) => {
      const started = await channel.start(channel.authenticate(req.header('authorization')));
      const { created, ...body } = started;
      return {
        status: created ? 201 : 200,
        body: { ...body, streamUrl: streamUrlFor(hostOf(req), body.conversationId, body.token) },
      };
    }),
  );

  server.get(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId`,
    handle((req) => {
      const { created: _created, ...body } = channel.conversation(
        channel.authenticate(req.header('authorization')),
        conversationIdOf(req),
      );
      return {
        status: 200,
        body: { ...body, streamUrl: streamUrlFor(hostOf(req), body.conversationId, body.token, watermarkOf(req)) },
      };
    }),
  );

  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/tokens/refresh`,
    handle((req) => {
      return { status: 200, body: channel.refresh(channel.authenticate(req.header('authorization'))) };
    }),
  );

  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    handle(async (req) => {
      const token = channel.authenticate(req.header('authorization'));
      const wait = await limits.messages.take(`local/${token.conversationId ?? 'none'}`);
      if (wait !== undefined) throw new TooManyMessages(wait);
      return { status: 200, body: await channel.post(token, conversationIdOf(req), req.body) };
    }),
  );

  server.get(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    handle((req) => {
      const token = channel.authenticate(req.header('authorization'));
      return { status: 200, body: channel.activities(token, conversationIdOf(req), watermarkOf(req)) };
    }),
  );

  return attachLocalDirectLineStream(server.server, channel, logger);
}

/** The host the browser used; the stream must be opened on the same one. */
function hostOf(req: Request): string {
  const host = req.header('host') ?? '';
  if (!/^[\w.-]+(:\d{1,5})?$|^\[[\da-f:.]+\](:\d{1,5})?$/i.test(host))
    throw new LocalDirectLineError(400, 'The Host header is not valid.');
  return host;
}

/** Per-conversation message limit reached (thrown from a handler, answered with 429). */
class TooManyMessages extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('[LocalDirectLine] too many messages');
  }
}

function conversationIdOf(req: Request): string {
  const params: unknown = req.params;
  const id = params && typeof params === 'object' ? (params as Record<string, unknown>).conversationId : undefined;
  return typeof id === 'string' ? id : '';
}

/** `?watermark=N`; missing or empty means "from the start". */
function watermarkOf(req: Request): number {
  const raw = new URLSearchParams(req.getQuery()).get('watermark');
  if (raw === null || raw === '') return 0;
  if (!/^\d{1,15}$/.test(raw)) throw new LocalDirectLineError(400, 'The watermark must be a non-negative integer.');
  return Number(raw);
}

/** Direct Line-style `{ error: { code, message } }` codes. */
function codeFor(status: number): string {
  if (status === 400) return 'BadArgument';
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  return 'NotFound';
}
