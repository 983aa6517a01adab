import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestJson } from '../helpers/http.js';
import { type TestBot, startTestBot } from '../helpers/startTestBot.js';
import { shippedKnowledge } from '../helpers/knowledgeCopy.js';

const knowledge = shippedKnowledge;
const BOT_ID = '28:00000000-0000-4000-8000-0000000000b0';

interface ReplyActivity {
  type: string;
  text?: string;
  suggestedActions?: unknown;
  attachments?: {
    contentType: string;
    content: { text?: string; buttons?: { type: string; title: string; value: string }[] };
  }[];
}

/** A message as Teams sends it: the bot @mentioned at the start, with a mention entity. */
function teamsMessage(url: string, conversation: Record<string, unknown>, id: string) {
  return {
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl: `${url}/teams-service`,
    deliveryMode: 'expectReplies',
    timestamp: new Date().toISOString(),
    from: { id: '29:user-1', name: 'Pat Example', aadObjectId: '00000000-0000-4000-8000-0000000000a1' },
    recipient: { id: BOT_ID, name: 'Bot' },
    conversation: { tenantId: 'tenant-1', ...conversation },
    channelData: { tenant: { id: 'tenant-1' } },
    text: '<at>Bot</at> will I be awake?',
    entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: 'Bot' }, text: '<at>Bot</at>' }],
  };
}

async function send(url: string, activity: unknown): Promise<ReplyActivity[]> {
  const res = await requestJson(`${url}/api/messages`, { method: 'POST', body: activity });
  expect(res.status).toBe(200);
  return (res.body.activities as ReplyActivity[]).filter((a) => a.type === 'message');
}

describe('Teams-shaped activities over /api/messages (expectReplies)', () => {
  let testBot: TestBot;

  beforeAll(async () => {
    testBot = await startTestBot();
  });
  afterAll(async () => {
    await testBot?.stop();
  });

  it('answers an @mention in personal chat, ignoring the mention text', async () => {
    const replies = await send(
      testBot.bot.url,
      teamsMessage(testBot.bot.url, { id: 'a:personal-1', conversationType: 'personal' }, 'teams-1'),
    );
    expect(replies[0]?.text).toContain('awake but sedated');
    expect(replies[0]?.suggestedActions).toBeDefined();
  });

  it('shows the choices as hero-card buttons in a group chat, where Teams has no suggested actions', async () => {
    const replies = await send(
      testBot.bot.url,
      teamsMessage(
        testBot.bot.url,
        { id: '19:group-1@thread.v2', conversationType: 'groupChat', isGroup: true },
        'teams-2',
      ),
    );
    const card = replies[0]?.attachments?.[0];
    expect(replies[0]?.suggestedActions).toBeUndefined();
    expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(card?.content.text).toContain('awake but sedated');
    const buttons = card?.content.buttons ?? [];
    expect(buttons.map((b) => b.title)).toContain(knowledge.messages.contactButton);
    expect(buttons.every((b) => b.type === 'imBack' && b.value === b.title)).toBe(true);
  });
});
