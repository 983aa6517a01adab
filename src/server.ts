import type { Activity, ActivityHandlerBase } from 'botbuilder';
import type { Logger } from 'pino';
import restify, { type Request, type Response } from 'restify';
import { parseActivity } from './activitySchema.js';
import type { BotHttpAdapter } from './adapter.js';
import { TokenGate } from './botAuth.js';
import type { Config } from './config.js';
import { hostGuard, isListening, isLocalServiceUrl } from './localMode.js';
import { describeError } from './logger.js';
import { type Limits, sendTooMany } from './rateLimits.js';

export interface ServerDeps {
  readonly config: Config;
  readonly adapter: BotHttpAdapter;
  readonly bot: ActivityHandlerBase;
  readonly logger: Logger;
  readonly limits: Limits;
  /** Throws when a dependency (the database) cannot serve; `GET /readyz` answers 503 then. */
  readonly ready: () => Promise<void>;
}

/**
 * The HTTP front door: `POST /api/messages` (Bot Framework protocol, including
 * `deliveryMode: "expectReplies"`), `GET /healthz` and `GET /readyz`. Bad requests get a 4xx with a
 * short reason; nothing internal ever reaches the response or the logs.
 */
export function createServer({ config, adapter, bot, logger, limits, ready }: ServerDeps): restify.Server {
  // restify's own logger would write request bodies; give it one that writes nothing.
  const quiet = logger.child({ component: 'restify' }, { level: 'silent' });
  const server = restify.createServer({
    name: 'vertebroplasty-bot',
    handleUncaughtExceptions: false,
    log: quiet as never,
  });
  if (config.localMode) server.pre(hostGuard(config, logger));
  // restify's types omit maxBodySize here, but jsonBodyParser passes it to its body reader.
  const bodyOptions = { maxBodySize: config.maxBodyBytes, mapParams: false } as restify.plugins.JsonBodyParserOptions;
  server.use(restify.plugins.jsonBodyParser(bodyOptions));
  const gate = config.auth.appId
    ? new TokenGate({
        appId: config.auth.appId,
        ...(config.botOpenIdMetadataUrl ? { channelMetadataUrl: config.botOpenIdMetadataUrl } : {}),
      })
    : undefined;

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  // Liveness (above) says the process runs; readiness says it can take turns: a load
  // balancer sends traffic only to instances whose database answers.
  server.get('/readyz', async (_req: Request, res: Response) => {
    try {
      await ready();
      res.send(200, { status: 'ready' });
    } catch (err) {
      logger.warn({ event: 'readyz.failed', ...describeError(err) }, 'not ready');
      res.send(503, { status: 'unavailable' });
    }
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = parseActivity(req.body);
    if ('reason' in parsed) return reject(res, 400, 'activity', parsed.reason);
    const activity = parsed.activity as unknown as Activity;
    // No feature of this bot uses invokes (card actions, message extensions); botbuilder would answer 501.
    if (activity.type === 'invoke') return reject(res, 400, 'invoke', 'This bot does not handle invoke activities.');
    if (
      config.localMode &&
      !config.allowRemoteWithoutAuth &&
      !isLocalServiceUrl(activity.serviceUrl, activity.deliveryMode === 'expectReplies')
    ) {
      // Without credentials anyone can call; never let them make the bot post elsewhere.
      return reject(
        res,
        403,
        'serviceUrl',
        'In local mode the serviceUrl must be a loopback address (without a path unless deliveryMode is expectReplies).',
      );
    }
    if (config.localMode && activity.deliveryMode !== 'expectReplies' && !(await isListening(activity.serviceUrl))) {
      // botbuilder retries a refused connection for seconds; a closed port is the caller's mistake.
      return reject(res, 400, 'serviceUrl', 'The serviceUrl does not accept connections.');
    }
    const authorization = req.header('authorization') ?? '';
    if (gate) {
      const verdict = await gate.check(authorization);
      if (!verdict.ok) return rejectAuth(res, verdict.status, verdict.reason);
    }
    let authenticated;
    try {
      authenticated = await adapter.authenticate(activity, authorization);
    } catch (err) {
      const unavailable = (err as { statusCode?: number }).statusCode === 500;
      return rejectAuth(res, unavailable ? 503 : 401, unavailable ? 'keys-unavailable' : 'botbuilder');
    }
    if (activity.type === 'message') {
      const wait = await limits.messages.take(`${activity.channelId}/${activity.conversation.id}`);
      if (wait !== undefined)
        return sendTooMany(res, logger, 'messages', wait, { error: 'Too many messages. Please wait a moment.' });
    }
    try {
      const response = await adapter.runTurn(authenticated, activity, (context) => bot.run(context));
      res.status(response?.status ?? 200);
      if (response?.body !== undefined) res.send(response.body);
      else res.end();
    } catch (err) {
      logger.error({ event: 'http.error', activityId: activity.id, ...describeError(err) }, 'turn failed');
      if (!res.headersSent) res.send(500, { error: 'Internal error' });
    }
  });

  // Body parser and routing errors (bad JSON, too large, unknown route): keep restify's
  // status code but replace the message, which can quote the input.
  server.on(
    'restifyError',
    (req: Request, res: Response, err: { statusCode?: number; name?: string }, callback: () => void) => {
      const status =
        typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
      logger.info({ event: 'http.error', status, errorType: err.name, path: req.path() }, 'request failed');
      (err as { toJSON?: () => unknown }).toJSON = () => ({
        error: status === 500 ? 'Internal error' : publicMessage(status),
      });
      callback();
    },
  );

  function reject(res: Response, status: number, code: string, message: string): void {
    logger.info({ event: 'http.rejected', reason: code, status }, 'activity rejected');
    res.send(status, { error: message });
  }

  /** One line per rejected token, with a reason code; the response says no more than the status. */
  function rejectAuth(res: Response, status: 401 | 503, reason: string): void {
    logger.warn({ event: status === 401 ? 'auth.rejected' : 'auth.unavailable', reason }, 'request not authenticated');
    if (status === 401) res.header('WWW-Authenticate', 'Bearer');
    res.send(status, {
      error: status === 401 ? 'Unauthorized.' : 'Authentication is temporarily unavailable. Please try again.',
    });
  }

  return server;
}

function publicMessage(status: number): string {
  if (status === 404 || status === 405) return 'Not found.';
  if (status === 413) return 'Request body is too large.';
  if (status === 415) return 'Content-Type must be application/json.';
  return 'Bad request.';
}
