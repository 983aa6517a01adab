import type { Activity } from 'botbuilder';

/**
 * Where personal details must not be asked for: Teams group chats and channels, and any
 * channel's group conversation, where everyone in it reads every message.
 */
export function isSharedConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || activity.conversation?.isGroup === true;
}

/** Who sent the message, stably: Entra object id in Teams, else the channel's user id. */
export function personKey(activity: Partial<Activity>): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
}

/**
 * A Teams deep link that opens a one-to-one chat with this bot with `message` typed in the
 * box ("Deep link to a chat with a bot": users=28:<app id>). It needs no network call or
 * Graph permission, unlike creating the conversation proactively; Teams adds the bot to the
 * person's personal scope when they open it.
 */
export function privateChatLink(activity: Partial<Activity>, message: string): string | undefined {
  const botId = activity.recipient?.id;
  if (activity.channelId !== 'msteams' || !botId) return undefined;
  const url = new URL('https://teams.microsoft.com/l/chat/0/0');
  url.searchParams.set('users', botId);
  url.searchParams.set('message', message);
  return url.toString();
}
