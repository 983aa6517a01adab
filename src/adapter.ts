import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { describeError } from './logger.js';
import { typingIndicator } from './typingIndicator.js';

/**
 * The Bot Framework adapter. With an app id, every request must carry a valid Bot
 * Framework token (401 otherwise); without one, botbuilder accepts anyone, which the
 * server confines to loopback.
 */
export function createAdapter(config: Config, logger: Logger, errorMessage: string): CloudAdapter {
  const { appId, appPassword, appType, tenantId } = config.auth;
  const settings = {
    MicrosoftAppId: appId ?? '',
    MicrosoftAppPassword: appPassword ?? '',
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: tenantId ?? '',
  };
  const auth = new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings));
  const adapter = new CloudAdapter(auth);
  // Shows "typing…" when a turn takes longer than half a second.
  adapter.use(typingIndicator(logger, 500, 2000));
  adapter.onTurnError = createTurnErrorHandler(logger, errorMessage);
  return adapter;
}

/**
 * What every adapter does when a turn throws: log ids and our own error text, and tell
 * the user something went wrong. Shared with the local Direct Line adapter so both
 * channels fail the same way.
 */
export function createTurnErrorHandler(logger: Logger, errorMessage: string): (context: TurnContext, error: unknown) => Promise<void> {
  return async (context: TurnContext, error: unknown) => {
    // Conversation state is kept: a form in progress survives a passing failure.
    logger.error({ event: 'turn.error', activityId: context.activity.id, ...describeError(error) }, 'turn failed');
    try {
      await context.sendActivity(errorMessage);
    } catch (sendError) {
      logger.error({ event: 'turn.error.reply', ...describeError(sendError) }, 'could not send the error message');
    }
  };
}
