import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  type InvokeResponse,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { describeError } from './logger.js';
import { typingIndicator } from './typingIndicator.js';

/**
 * CloudAdapter with its HTTP handling left to the server: `process()` answers every
 * rejected token with 500 and the library's message and prints a stack trace, so the
 * server authenticates first (see botAuth.ts) and hands over the result.
 */
export class BotHttpAdapter extends CloudAdapter {
  constructor(readonly auth: BotFrameworkAuthentication) {
    super(auth);
  }

  /** Authenticates with botbuilder's own rules; throws on any rejection. */
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.auth.authenticateRequest(activity, authorization);
  }

  /** Runs the turn of an activity whose request `authenticate` accepted. */
  runTurn(
    result: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(result, activity, logic);
  }
}

/**
 * The Bot Framework adapter. With an app id, every request must carry a valid Bot
 * Framework token (401 otherwise); without one, botbuilder accepts anyone, which the
 * server confines to loopback.
 */
export function createAdapter(config: Config, logger: Logger, errorMessage: string): BotHttpAdapter {
  const { appId, appPassword, appType, tenantId } = config.auth;
  const settings = {
    MicrosoftAppId: appId ?? '',
    MicrosoftAppPassword: appPassword ?? '',
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: tenantId ?? '',
    // Setting one endpoint makes botbuilder expect all of them: Azure's defaults but this one.
    ...(config.botOpenIdMetadataUrl
      ? {
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {}),
  };
  const auth = new ConfigurationBotFrameworkAuthentication(
    settings,
    new ConfigurationServiceClientCredentialFactory(settings),
  );
  const adapter = new BotHttpAdapter(auth);
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
export function createTurnErrorHandler(
  logger: Logger,
  errorMessage: string,
): (context: TurnContext, error: unknown) => Promise<void> {
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
