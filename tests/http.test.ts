import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATA_KEY } from './helpers/dataKey.js';
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { promisify } from 'node:util';
import { knowledge } from './helpers/botHarness.js';
import { startHttpBot, type HttpBot } from './helpers/httpBot.js';
import { waitFor } from './helpers/startTestBot.js';
import { WebhookReceiver } from './helpers/webhookReceiver.js';
import { EMERGENCY_SENTENCE } from './helpers/knowledgeCopy.js';

const t = knowledge.contact;
const EMERGENCY = EMERGENCY_SENTENCE;
const texts = (a: { text?: string }[]) => a.map((x) => x.text);
let conv = 0;
const newConversation = () => `http-conv-${++conv}`;

/** What the staff CLI (the built `npm run inquiries` entry point, as its own process) prints for `list --json`. */
async function listInquiries(dataDir: string): Promise<Array<Record<string, unknown>>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/src/cli/inquiries.js', 'list', '--json'], {
    env: { ...process.env, DATA_DIR: dataDir },
  });
  return JSON.parse(stdout) as Array<Record<string, unknown>>;
}

describe('HTTP server in local mode', () => {
  let h: HttpBot;
  beforeAll(async () => {
    h = await startHttpBot();
  });
  afterAll(async () => h.stop());

  it('listens on loopback and answers /healthz', async () => {
    expect(new URL(h.bot.url).hostname).toBe('127.0.0.1');
    const res = await fetch(`${h.bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers a question in the response body with deliveryMode expectReplies', async () => {
    const replies = await h.say(newConversation(), 'will i be awake');
    expect(texts(replies)).toEqual([knowledge.faq.find((e) => e.id === 'sedation')!.answer]);
    expect(replies[0]!.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  it('puts the 911 sentence first', async () => {
    expect(texts(await h.say(newConversation(), 'my mom is having chest pains'))[0]).toBe(
      knowledge.messages.emergencyFollowUp,
    );
  });

  it('over HTTP: an overdose gets 911, call 911 now, then 988; Spanish gets Spanish (English too when mixed), urgent gets the care team, a mention gets its answer', async () => {
    const m = knowledge.messages;
    const ms = knowledge.spanish.messages;
    const crisis = await h.say(newConversation(), 'I took all my oxycodone on purpose');
    expect(texts(crisis)).toEqual([m.emergencyFollowUp, EMERGENCY, m.crisis]);
    expect(crisis[0]!.channelData).toMatchObject({ urgency: 'crisis' });
    // All in Spanish: Spanish only. Mixed with English words: the page's English sentence after it.
    expect(texts(await h.say(newConversation(), 'mi esposo tiene dolor de pecho'))).toEqual([
      ms.emergencyFollowUp,
      ms.emergency,
    ]);
    expect(texts(await h.say(newConversation(), 'my esposo tiene dolor de pecho'))).toEqual([
      ms.emergencyFollowUp,
      ms.emergency,
      EMERGENCY,
    ]);
    expect(texts(await h.say(newConversation(), 'headache every time I stand up'))).toEqual([m.urgent]);
    expect(texts(await h.say(newConversation(), 'no fever, no redness, when can I go back to normal?'))).toEqual([
      knowledge.faq.find((e) => e.id === 'normal-activities')!.answer,
    ]);
  });

  it('over HTTP: "what do I do?" right after 911 gets "call 911 now" again, on SQLite state', async () => {
    const conversation = newConversation();
    await h.say(conversation, 'my husband collapsed and is not breathing');
    expect(texts(await h.say(conversation, 'what do i do'))).toEqual([knowledge.messages.emergencyFollowUp]);
  });

  it('over HTTP: "should we wait?" right after 911 is told not to wait, and "ok" after that gets one reminder', async () => {
    const conversation = newConversation();
    await h.say(conversation, 'my dad cant feel his legs and they gave out');
    expect(texts(await h.say(conversation, "he says he's fine now, should we wait?"))).toEqual([
      knowledge.messages.emergencyDontWait,
    ]);
    expect(texts(await h.say(conversation, 'ok'))).toEqual([knowledge.messages.emergencyCheckIn]);
    expect(texts(await h.say(conversation, 'ok'))).toEqual([knowledge.messages.yesAlone]);
  });

  it('welcomes on conversationUpdate', async () => {
    const res = await h.post({
      type: 'conversationUpdate',
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
      membersAdded: [{ id: 'user-1' }],
      from: { id: 'user-1' },
      recipient: { id: 'bot-1' },
      conversation: { id: newConversation() },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text: string }> };
    expect(body.activities[0]!.text).toBe(knowledge.messages.welcome);
  });

  // [what is sent, expected status]
  const bad: Array<[string, string, number]> = [
    ['malformed JSON', '{"type": "message", ', 400],
    ['a JSON array', '[1,2,3]', 400],
    ['a JSON string', '"hello"', 400],
    ['an activity without a type', JSON.stringify({ text: 'hello', conversation: { id: 'x' } }), 400],
    ['a text that is not a string', JSON.stringify({ type: 'message', text: 42, conversation: { id: 'x' } }), 400],
    ['a conversation without id', JSON.stringify({ type: 'message', text: 'hi', conversation: {} }), 400],
    ['a body over the size limit', JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }), 413],
  ];
  it.each(bad)('rejects %s with a 4xx and no internal detail', async (_name, body, status) => {
    const res = await h.post(body);
    expect(res.status).toBe(status);
    const text = await res.text();
    expect(text).not.toMatch(/at \w+ \(|node_modules|Error:|Unexpected token|SyntaxError/);
  });

  it('refuses to reply to a non-loopback serviceUrl without credentials', async () => {
    const res = await h.post({
      type: 'message',
      text: 'hi',
      channelId: 'emulator',
      serviceUrl: 'https://attacker.example.com/',
      conversation: { id: 'c' },
      from: { id: 'u' },
      recipient: { id: 'b' },
    });
    expect(res.status).toBe(403);
  });

  it('copes with empty text, emoji, 10,000 characters, a bare attachment and unknown activity types', async () => {
    const c = newConversation();
    expect(texts(await h.say(c, ''))).toEqual([knowledge.messages.empty]);
    expect((await h.say(c, '🙏🙏🙏')).length).toBeGreaterThan(0);
    expect((await h.say(c, 'where is '.repeat(1200))).length).toBeGreaterThan(0);
    expect(
      texts(await h.say(c, '', { attachments: [{ contentType: 'image/jpeg', contentUrl: 'http://127.0.0.1/x.jpg' }] })),
    ).toEqual([knowledge.messages.nonText]);
    const res = await h.post({
      type: 'somethingNew',
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
      from: { id: 'u' },
      recipient: { id: 'b' },
      conversation: { id: c },
    });
    expect(res.status).toBeLessThan(300);
  });

  it('reports ready while its database answers', async () => {
    const res = await fetch(`${h.bot.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers a retried activity id once', async () => {
    const c = newConversation();
    const first = await h.say(c, 'how long is bed rest', { id: 'retry-1' });
    const again = await h.say(c, 'how long is bed rest', { id: 'retry-1' });
    expect(first).toHaveLength(1);
    expect(again).toHaveLength(0);
  });

  it('keeps every update when turns of one conversation arrive at once', async () => {
    const c = newConversation();
    const ids = Array.from({ length: 12 }, (_, i) => `burst-${i}`);
    await Promise.all(ids.map((id) => h.say(c, 'will i be awake', { id })));
    // Each turn recorded its id once it completed; a lost update would forget some.
    const replays = await Promise.all(ids.map((id) => h.say(c, 'will i be awake', { id })));
    expect(replays.every((r) => r.length === 0)).toBe(true);
  });
});

describe('contact form over HTTP', () => {
  it('hands the saved inquiry to the hospital webhook, signed', async () => {
    const receiver = await new WebhookReceiver().start();
    const secret = 'http-test-webhook-secret-0123456789abcdef';
    const h = await startHttpBot({ INQUIRY_WEBHOOK_URL: receiver.url, INQUIRY_WEBHOOK_SECRET: secret });
    try {
      const c = newConversation();
      for (const text of ['call me', 'Sentinel Webhook Person', '713 555 0177', 'skip', 'Evening', 'skip', 'Yes'])
        await h.say(c, text);
      expect(texts(await h.say(c, 'Yes, send it'))).toEqual([t.thankYou, t.immediateHelp]);
      const [delivery] = await waitFor(
        () => (receiver.received.length > 0 ? receiver.received : undefined),
        'the webhook delivery',
      );
      const body = JSON.parse(delivery!.body) as { inquiry: Record<string, unknown> };
      expect(body.inquiry).toMatchObject({
        name: 'Sentinel Webhook Person',
        phone: '+17135550177',
        preferredTime: 'Evening',
        channel: 'emulator',
      });
      const signed = `sha256=${createHmac('sha256', secret)
        .update(`${String(delivery!.headers['x-signature-timestamp'])}.${delivery!.body}`)
        .digest('hex')}`;
      expect(delivery!.headers['x-signature']).toBe(signed);
      expect(h.logs.text).not.toContain('Sentinel');
    } finally {
      await h.stop();
      await receiver.stop();
    }
  });

  it('drops a retried form answer even after a restart cleared the memory of recent ids', async () => {
    const h = await startHttpBot();
    try {
      const c = newConversation();
      await h.say(c, 'can someone call me back');
      expect(texts(await h.say(c, 'Sentinel Retry Person', { id: 'name-answer' }))).toEqual([t.askPhone]);
      await h.restart();
      expect(await h.say(c, 'Sentinel Retry Person', { id: 'name-answer' })).toEqual([]);
      expect(texts(await h.say(c, '713 555 0188'))).toEqual([t.askEmail]);
    } finally {
      await h.stop();
    }
  });

  it('completes the form, survives a restart in the middle, saves once, and staff read it with the CLI', async () => {
    const h = await startHttpBot();
    try {
      const c = newConversation();
      expect(texts(await h.say(c, 'can someone call me back'))).toEqual([t.intro, t.askName]);
      expect(texts(await h.say(c, 'Sentinel Zebediah Quux'))).toEqual([t.askPhone]);
      expect(texts(await h.say(c, '713 555 0188'))).toEqual([t.askEmail]);

      await h.restart();

      expect(texts(await h.say(c, 'zebediah.sentinel@example.org'))).toEqual([t.askTime]);
      expect(texts(await h.say(c, 'Morning'))).toEqual([t.askMessage]);
      // A topic about a relative with no name asks whom the call is about (form review 64 saved no patient).
      expect(texts(await h.say(c, 'Sentinel message about my aunt'))).toEqual([t.askPatientName]);
      expect(texts(await h.say(c, 'Sentinel Auntie Quux'))).toEqual([t.askConsent]);
      const summary = await h.say(c, 'Yes');
      expect(summary[0]!.text).toContain('Sentinel Zebediah Quux');
      expect(texts(await h.say(c, 'Yes, send it', { id: 'confirm-1' }))).toEqual([t.thankYou, t.immediateHelp]);
      expect(await h.say(c, 'Yes, send it', { id: 'confirm-1' })).toEqual([]);

      const inquiries = await listInquiries(h.dataDir);
      expect(inquiries).toHaveLength(1);
      expect(inquiries[0]).toMatchObject({
        name: 'Sentinel Zebediah Quux',
        phone: '+17135550188',
        email: 'zebediah.sentinel@example.org',
        preferredTime: 'Morning',
        message: 'Sentinel message about my aunt',
        patientName: 'Sentinel Auntie Quux',
        channel: 'emulator',
        consentGiven: true,
      });

      // Nothing personal reached the logs: ids and event names only.
      for (const secret of ['Zebediah', 'Quux', 'Auntie', '555 0188', '5550188', 'example.org', 'my aunt'])
        expect(h.logs.text).not.toContain(secret);
      expect(h.logs.events()).toContain('contact.saved');
    } finally {
      await h.stop();
    }
  });
});

describe('an emergency in the message that asks for a call, over HTTP (form review 59)', () => {
  it('gets the 911 reply alone, then the request kept on hold is completed, saved once and free of details in the logs', async () => {
    const h = await startHttpBot();
    try {
      const c = newConversation();
      const m = knowledge.messages;
      const first = texts(await h.say(c, 'can someone call me? since this morning my legs are numb and weak'));
      expect(first).toEqual([m.emergencyFollowUp, m.emergency, m.formOnHold]);
      const resumed = texts(await h.say(c, 'ok my son is driving me to the ER'));
      expect(resumed.at(-1)).toBe(t.askName);
      for (const answer of ['Sentinel Ophelia Quux', '713 555 0177', 'skip', 'Evening', 'skip', 'Yes'])
        await h.say(c, answer);
      expect(texts(await h.say(c, 'Yes, send it'))).toEqual([t.thankYou, t.immediateHelp]);
      const inquiries = await listInquiries(h.dataDir);
      expect(inquiries).toHaveLength(1);
      expect(inquiries[0]).toMatchObject({ name: 'Sentinel Ophelia Quux', phone: '+17135550177' });
      for (const secret of ['Ophelia', 'Quux', '555 0177', 'legs are numb']) expect(h.logs.text).not.toContain(secret);
      expect(h.logs.events()).toContain('form.startedOnHold');
    } finally {
      await h.stop();
    }
  });
});

describe('an answer typed before a worry in the form, over HTTP (form reviews 61 and 62)', () => {
  it('keeps the time typed before the worry, and the fallback number, and saves them without details in the logs', async () => {
    const h = await startHttpBot();
    try {
      const c = newConversation();
      const m = knowledge.messages;
      for (const answer of [
        'please call me',
        'Sentinel Ophelia Quux',
        "My cell is 713 555 0177 but if I don't answer try my home 713 555 0166",
        'skip',
      ])
        await h.say(c, answer);
      const worried = texts(await h.say(c, 'Evening. Actually my back pain is much worse since this morning'));
      expect(worried[0]).toBe(m.urgent);
      expect(worried.at(-1)).toBe(t.askMessage);
      for (const answer of ['Follow-up after my procedure', 'Yes']) await h.say(c, answer);
      expect(texts(await h.say(c, 'Yes, send it'))).toEqual([t.thankYou, t.immediateHelp]);
      const inquiries = await listInquiries(h.dataDir);
      expect(inquiries).toHaveLength(1);
      expect(inquiries[0]).toMatchObject({ phone: '+17135550177', preferredTime: 'Evening' });
      expect(inquiries[0]!.message).toContain('(713) 555-0166');
      for (const secret of ['Ophelia', 'Quux', '555 0177', '0166', 'much worse'])
        expect(h.logs.text).not.toContain(secret);
      expect(h.logs.events()).toContain('form.answerKeptBesideWorry');
    } finally {
      await h.stop();
    }
  });
});

describe('HTTP server with Bot Framework credentials', () => {
  it('rejects requests without a valid token with 401', async () => {
    const h = await startHttpBot({
      HOST: '127.0.0.1',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      DATA_KEY: TEST_DATA_KEY,
    });
    try {
      const res = await h.post({
        type: 'message',
        text: 'hi',
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9',
        from: { id: 'u' },
        recipient: { id: 'b' },
        conversation: { id: 'c' },
      });
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('not-a-real-secret');
    } finally {
      await h.stop();
    }
  });
});
