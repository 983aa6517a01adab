import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/storage/database.js';
import { SqlInquiryStore } from '../../src/storage/inquiryStore.js';
import { requestJson } from '../helpers/http.js';
import { type HttpBot, startHttpBot } from '../helpers/httpBot.js';
import { shippedKnowledge } from '../helpers/knowledgeCopy.js';

const knowledge = shippedKnowledge;
const t = knowledge.contact;
const BOT_ID = '28:00000000-0000-4000-8000-0000000000b0';
const GROUP = { id: '19:group-2@thread.v2', conversationType: 'groupChat', isGroup: true };
const CHANNEL = { id: '19:channel-1@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true };
const people = {
  alice: { id: '29:alice', name: 'Alice Example', aadObjectId: '00000000-0000-4000-8000-00000000a11c' },
  bob: { id: '29:bob', name: 'Bob Example', aadObjectId: '00000000-0000-4000-8000-000000000b0b' },
};

interface CardButton {
  type: string;
  title: string;
  value: string;
}
interface ReplyActivity {
  type: string;
  text?: string;
  suggestedActions?: unknown;
  attachments?: { contentType: string; content: { text?: string; buttons?: CardButton[] } }[];
}

let n = 0;
/** A Teams message from one person in a conversation, with the bot @mentioned as Teams does in groups. */
function teamsMessage(
  url: string,
  conversation: Record<string, unknown>,
  from: (typeof people)['alice'],
  text: string,
) {
  const mention =
    conversation.conversationType === 'personal'
      ? {}
      : { entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: 'Bot' }, text: '<at>Bot</at>' }] };
  return {
    type: 'message',
    id: `group-msg-${++n}`,
    channelId: 'msteams',
    serviceUrl: `${url}/teams-service`,
    deliveryMode: 'expectReplies',
    timestamp: new Date().toISOString(),
    from,
    recipient: { id: BOT_ID, name: 'Bot' },
    conversation: { tenantId: 'tenant-1', ...conversation },
    channelData: { tenant: { id: 'tenant-1' } },
    text: conversation.conversationType === 'personal' ? text : `<at>Bot</at> ${text}`,
    ...mention,
  };
}

async function send(url: string, activity: unknown): Promise<ReplyActivity[]> {
  const res = await requestJson(`${url}/api/messages`, { method: 'POST', body: activity });
  expect(res.status).toBe(200);
  return (res.body.activities as ReplyActivity[]).filter((a) => a.type === 'message');
}

/** Everything a reply shows: its text or its card's text. */
const shown = (r: ReplyActivity) => r.text ?? r.attachments?.[0]?.content.text ?? '';
const cardButtons = (r: ReplyActivity) => r.attachments?.[0]?.content.buttons ?? [];
const explain = t.privateChat.explain.replace('{contactButton}', knowledge.messages.contactButton);

describe('Teams group chats and channels: no personal details in front of others', () => {
  let testBot: HttpBot;
  let url: string;

  beforeAll(async () => {
    testBot = await startHttpBot();
    url = testBot.bot.url;
  });
  afterAll(async () => {
    await testBot?.stop();
  });

  it.each([
    ['group chat', GROUP],
    ['channel', CHANNEL],
  ])(
    'in a %s, "call me" gets a kind explanation and a button that opens a private chat with the bot',
    async (_where, conversation) => {
      const replies = await send(url, teamsMessage(url, conversation, people.alice, 'can someone call me'));
      expect(replies).toHaveLength(1);
      expect(shown(replies[0]!)).toBe(explain);
      expect(replies.map(shown)).not.toContain(t.askName);
      const [open] = cardButtons(replies[0]!);
      expect(open?.type).toBe('openUrl');
      expect(open?.title).toBe(t.privateChat.button);
      const link = new URL(open!.value);
      expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/chat/0/0');
      expect(link.searchParams.get('users')).toBe(BOT_ID);
      expect(link.searchParams.get('message')).toBe(knowledge.messages.contactButton);
    },
  );

  it("two people in one group chat: neither is asked for details, and one person's words never fill a form for the other", async () => {
    const table: Array<[keyof typeof people, string, (replies: ReplyActivity[]) => void]> = [
      ['alice', knowledge.messages.contactButton, (r) => expect(r.map(shown)).toEqual([explain])],
      ['bob', 'Bob Example', (r) => expect(r.map(shown)).not.toContain(t.askPhone)],
      ['alice', '713-555-0123', (r) => expect(r.map(shown)).not.toContain(t.askEmail)],
      ['bob', 'call me', (r) => expect(r.map(shown)).toEqual([explain])],
      ['alice', 'will I be awake?', (r) => expect(shown(r[0]!)).toContain('awake but sedated')],
    ];
    for (const [who, text, check] of table) {
      const replies = await send(url, teamsMessage(url, GROUP, people[who], text));
      check(replies);
      // Every choice in a group chat is a card button; Teams does not show suggested actions there.
      for (const r of replies) expect(r.suggestedActions).toBeUndefined();
    }
    const db = await openSqliteDatabase(testBot.dataDir);
    try {
      expect(await new SqlInquiryStore(db.db).list()).toHaveLength(0);
    } finally {
      await db.close();
    }
    expect(testBot.logs.text).not.toMatch(/Bob Example|555-0123/);
  });

  it('in the private chat the form runs for that person, with its choices shown', async () => {
    const personal = { id: 'a:alice-personal', conversationType: 'personal' };
    const table: Array<[string, string]> = [
      [knowledge.messages.contactButton, t.askName],
      ['my name is Alice Example', t.askPhone],
      ['713-555-0123', t.askEmail],
      ['skip', t.askTime],
    ];
    for (const [text, expected] of table) {
      const replies = await send(url, teamsMessage(url, personal, people.alice, text));
      expect(replies.map(shown).at(-1)).toBe(expected);
    }
  });
});
