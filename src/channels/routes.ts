import type { ActivityHandlerBase } from 'botbuilder';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Config } from '../config.js';
import type { Knowledge } from '../domain/knowledge.js';
import type { Limits } from '../rateLimits.js';
import { headAsGet } from './http.js';
import { LocalDirectLine } from './localDirectLine.js';
import { registerLocalDirectLineRoutes } from './localDirectLineRoutes.js';
import { registerTokenRoute } from './tokenRoute.js';
import { registerWidgetRoutes } from './widget.js';

export interface ChannelDeps {
  readonly config: Config;
  readonly bot: ActivityHandlerBase;
  readonly logger: Logger;
  readonly knowledge: Knowledge;
  readonly limits: Limits;
  /** Folder with the widget's static files (`public/`). */
  readonly publicDir: string;
}

/**
 * Adds the website channel to the server: the chat page and its assets, the token call,
 * and in local mode only (no MicrosoftAppId) the in-process Direct Line endpoint, which
 * would otherwise let anyone on the network talk to the bot without Azure's checks.
 */
export function registerChannelRoutes(server: Server, deps: ChannelDeps): { close(): void } {
  const { config, bot, logger, knowledge, limits } = deps;
  server.pre(headAsGet);
  registerWidgetRoutes(server, {
    config,
    publicDir: deps.publicDir,
    organization: knowledge.organization,
    texts: knowledge.messages,
  });
  const localChannel = config.localMode
    ? new LocalDirectLine({
        bot,
        logger,
        botName: knowledge.organization.botName,
        errorMessage: knowledge.messages.error,
      })
    : undefined;
  const streams = localChannel ? registerLocalDirectLineRoutes(server, localChannel, logger, limits) : undefined;
  registerTokenRoute(server, { config, logger, limits, ...(localChannel ? { localChannel } : {}) });
  // Open WebSocket streams would keep the HTTP server from closing.
  return { close: () => streams?.close() };
}
