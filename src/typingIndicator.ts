import { ActivityTypes, DeliveryModes, type Middleware, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';

/**
 * Shows "typing…" when a turn takes longer than `delayMs`, repeated every `periodMs`.
 * Replaces botbuilder's ShowTypingMiddleware, which crashes the process when a typing
 * send fails after the turn ended (its error handler touches the revoked context), as
 * happens when a turn waits for another instance's turn. Skipped for `expectReplies`:
 * those replies come back in the HTTP response, where a typing activity means nothing.
 */
export function typingIndicator(logger: Logger, delayMs = 500, periodMs = 2000): Middleware {
  return {
    async onTurn(context, next) {
      const { activity } = context;
      if (activity.type !== ActivityTypes.Message || activity.deliveryMode === DeliveryModes.ExpectReplies)
        return next();
      const reference = TurnContext.getConversationReference(activity);
      const adapter = context.adapter;
      let finished = false;
      let timer: NodeJS.Timeout | undefined;
      const schedule = (delay: number) => {
        timer = setTimeout(() => {
          if (finished) return;
          const typing = TurnContext.applyConversationReference(
            { type: ActivityTypes.Typing, relatesTo: activity.relatesTo },
            reference,
          );
          adapter.sendActivities(context, [typing]).then(
            () => {
              if (!finished) schedule(periodMs);
            },
            () => logger.debug({ event: 'typing.failed', activityId: activity.id }, 'typing indicator not sent'),
          );
        }, delay);
      };
      schedule(delayMs);
      try {
        await next();
      } finally {
        finished = true;
        clearTimeout(timer);
      }
    },
  };
}
