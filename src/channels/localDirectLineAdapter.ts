import {
  type Activity,
  ActivityTypes,
  BotAdapter,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import type { ConversationStore } from './conversationStore.js';

/** Channel id of activities that arrive through the local Direct Line endpoint. */
export const LOCAL_CHANNEL_ID = 'directline';
/** Service URL recorded on local activities; nothing is ever sent to it. */
export const LOCAL_SERVICE_URL = 'urn:local-directline';

/**
 * A botbuilder adapter whose "channel" is an in-memory transcript: the bot's replies are
 * appended to the conversation that the browser polls, instead of being POSTed to a
 * Bot Framework connector. It lets the website widget talk to the same bot without
 * Azure, credentials or a tunnel.
 */
export class LocalDirectLineAdapter extends BotAdapter {
  constructor(
    private readonly store: ConversationStore,
    /** The bot's account as shown on its replies (Web Chat reads `role`). */
    private readonly botAccount: ChannelAccount,
  ) {
    super();
  }

  /** Runs one turn for an incoming activity through the adapter's middleware. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation?.id ?? '';
    const conversation = this.store.peek(conversationId);
    if (!conversation) throw new Error('[LocalDirectLine] The conversation was forgotten before the reply was sent.');
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) =>
          setTimeout(resolve, typeof activity.value === 'number' ? Math.min(activity.value, 5000) : 1000),
        );
        responses.push({ id: '' });
        continue;
      }
      // Trace activities are for the Emulator; invoke responses have no meaning here.
      if (activity.type === ActivityTypes.Trace || activity.type === ActivityTypes.InvokeResponse) {
        responses.push({ id: '' });
        continue;
      }
      const stored = this.store.append(conversation, {
        ...activity,
        channelId: LOCAL_CHANNEL_ID,
        conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
        from: this.botAccount,
        recipient: { id: conversation.userId, name: '', role: 'user' },
        serviceUrl: undefined,
        timestamp: new Date(),
      });
      responses.push({ id: stored.id });
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('[LocalDirectLine] Updating a sent activity is not supported.');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('[LocalDirectLine] Deleting a sent activity is not supported.');
  }

  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    await this.processActivity(activity, logic);
  }
}
