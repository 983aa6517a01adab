import { ActionTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Reply } from './domain/responder.js';

/**
 * Turns framework-free replies into activities the channel can show. Teams renders
 * suggested actions only in personal chat, so group chats and channels get the same
 * choices as hero-card buttons.
 */
export function toActivity(context: TurnContext, reply: Reply): Partial<Activity> {
  const activity = choiceActivity(context, reply);
  // Channels that style safety replies (the chat page) find them by this flag.
  if (reply.urgency !== undefined)
    activity.channelData = { ...(activity.channelData as object | undefined), urgency: reply.urgency };
  return activity;
}

function choiceActivity(context: TurnContext, reply: Reply): Partial<Activity> {
  const choices = reply.choices ?? [];
  if (reply.link) {
    const actions = [
      { type: ActionTypes.OpenUrl, title: reply.link.title, value: reply.link.url },
      ...choices.map((c) => ({ type: ActionTypes.ImBack, title: c, value: c })),
    ];
    return MessageFactory.attachment(CardFactory.heroCard('', reply.text, undefined, actions));
  }
  if (choices.length === 0) return MessageFactory.text(reply.text);
  if (!supportsSuggestedActions(context)) {
    const card = CardFactory.heroCard(
      '',
      reply.text,
      undefined,
      choices.map((c) => ({ type: ActionTypes.ImBack, title: c, value: c })),
    );
    return MessageFactory.attachment(card);
  }
  return MessageFactory.suggestedActions(
    choices.map((c) => ({ type: ActionTypes.ImBack, title: c, value: c })),
    reply.text,
  );
}

export async function sendReplies(context: TurnContext, replies: readonly Reply[]): Promise<void> {
  if (replies.length === 0) return;
  await context.sendActivities(replies.map((r) => toActivity(context, r)));
}

/** Teams shows suggested actions only in personal chat; other channels show them everywhere. */
export function supportsSuggestedActions(context: TurnContext): boolean {
  const { channelId, conversation } = context.activity;
  return !(
    channelId === 'msteams' &&
    conversation?.conversationType !== undefined &&
    conversation.conversationType !== 'personal'
  );
}
