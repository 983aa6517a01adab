import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import restify, { type Request, type Response } from 'restify';
import type { Config } from './config.js';
import { isLoopbackHost } from './config.js';
import { describeError } from './logger.js';

export interface ServerDeps {
  readonly config: Config;
  readonly adapter: CloudAdapter;
  readonly bot: ActivityHandlerBase;
  readonly logger: Logger;
  /** Throws when a dependency (the database) cannot serve; `GET /readyz` answers 503 then. */
  readonly ready: () => Promise<void>;
}

/**
 * The HTTP front door: `POST /api/messages` (Bot Framework protocol, including
 * `deliveryMode: "expectReplies"`), `GET /healthz` and `GET /readyz`. Bad requests get a 4xx with a
 * short reason; nothing internal ever reaches the response.
 */
export function createServer({ config, adapter, bot, logger, ready }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'vertebroplasty-bot', handleUncaughtExceptions: false });
  // restify's types omit maxBodySize here, but jsonBodyParser passes it to its body reader.
  const bodyOptions = { maxBodySize: config.maxBodyBytes, mapParams: false } as restify.plugins.JsonBodyParserOptions;
  server.use(restify.plugins.jsonBodyParser(bodyOptions));

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
    const problem = checkActivity(req.body, config);
    if (problem) {
      logger.info({ event: 'http.rejected', reason: problem.code }, 'activity rejected');
      res.send(problem.status, { error: problem.message });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      logger.error({ event: 'http.error', ...describeError(err) }, 'turn failed');
      if (!res.headersSent) res.send(500, { error: 'Internal error' });
    }
  });

  // Body parser and routing errors (bad JSON, too large, unknown route): keep restify's
  // status code but replace the message, which can quote the input.
  server.on('restifyError', (req: Request, res: Response, err: { statusCode?: number; name?: string }, callback: () => void) => {
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    logger.info({ event: 'http.error', status, errorType: err.name, path: req.path() }, 'request failed');
    (err as { toJSON?: () => unknown }).toJSON = () => ({ error: status === 500 ? 'Internal error' : publicMessage(status) });
    callback();
  });

  return server;
}

interface Problem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** A cheap shape check before botbuilder sees the body, so garbage gets a 400, not a 500. */
function checkActivity(body: unknown, config: Config): Problem | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { status: 400, code: 'body', message: 'Request body must be a JSON activity object.' };
  }
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type.trim() === '') {
    return { status: 400, code: 'type', message: 'Activity must have a "type".' };
  }
  for (const field of ['text', 'channelId', 'serviceUrl', 'id', 'deliveryMode'] as const) {
    if (activity[field] !== undefined && typeof activity[field] !== 'string') {
      return { status: 400, code: field, message: `Activity "${field}" must be a string.` };
    }
  }
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (conversation !== undefined && (typeof conversation !== 'object' || conversation === null || typeof conversation.id !== 'string')) {
    return { status: 400, code: 'conversation', message: 'Activity "conversation.id" must be a string.' };
  }
  if (config.localMode && !config.allowRemoteWithoutAuth && typeof activity.serviceUrl === 'string' && !isLoopbackUrl(activity.serviceUrl)) {
    // Without credentials anyone can call; never let them make the bot post to another host.
    return { status: 403, code: 'serviceUrl', message: 'In local mode the serviceUrl must be a loopback address.' };
  }
  return undefined;
}

function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

function publicMessage(status: number): string {
  if (status === 404 || status === 405) return 'Not found.';
  if (status === 413) return 'Request body is too large.';
  if (status === 415) return 'Content-Type must be application/json.';
  return 'Bad request.';
}
