import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATA_KEY } from '../helpers/dataKey.js';
import { requestJson } from '../helpers/http.js';
import { type TestBot, startTestBot } from '../helpers/startTestBot.js';

/** Token from the page's first call, then a started conversation. */
async function startConversation(
  url: string,
): Promise<{ token: string; userId: string; conversationId: string; base: string }> {
  const session = await requestJson(`${url}/api/directline/token`, { method: 'POST' });
  const started = await requestJson(`${url}/v3/directline/conversations`, {
    method: 'POST',
    token: session.body.token,
    body: {},
  });
  expect(started.status).toBe(201);
  const { conversationId } = started.body;
  return {
    token: session.body.token,
    userId: session.body.userId,
    conversationId,
    base: `${url}/v3/directline/conversations/${conversationId}`,
  };
}

describe('local Direct Line endpoint over HTTP', () => {
  let testBot: TestBot;
  let url: string;

  beforeAll(async () => {
    testBot = await startTestBot();
    url = testBot.bot.url;
  });
  afterAll(async () => {
    await testBot?.stop();
  });

  it('issues a dl_ user token, never a secret, and starts a conversation that greets the user', async () => {
    const session = await requestJson(`${url}/api/directline/token`, { method: 'POST' });
    expect(session.status).toBe(200);
    expect(session.headers.get('cache-control')).toBe('no-store');
    expect(session.body).toMatchObject({ local: true, expiresIn: 1800, directLineUrl: '/v3/directline' });
    expect(session.body.userId).toMatch(/^dl_/);

    const started = await requestJson(`${url}/v3/directline/conversations`, {
      method: 'POST',
      token: session.body.token,
      body: {},
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      token: session.body.token,
      expires_in: 1800,
      streamUrl: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/[^/]+\/stream\?t=/),
    });

    const page = await requestJson(`${url}/v3/directline/conversations/${started.body.conversationId}/activities`, {
      token: session.body.token,
    });
    expect(page.status).toBe(200);
    const texts = page.body.activities.map((a: { text?: string }) => a.text);
    expect(texts.join(' ')).toContain('Vertebroplasty Helper');
    expect(page.body.activities.at(-1).suggestedActions.actions.length).toBeGreaterThan(1);

    // Starting again with the same token resumes the conversation instead of greeting twice.
    const again = await requestJson(`${url}/v3/directline/conversations`, {
      method: 'POST',
      token: session.body.token,
      body: {},
    });
    expect(again.status).toBe(200);
    expect(again.body.conversationId).toBe(started.body.conversationId);
  });

  it('echoes the message as the token user, shows typing, then the answer; the watermark returns only newer activities', async () => {
    const c = await startConversation(url);
    const first = await requestJson(`${c.base}/activities`, { token: c.token });
    const watermark = first.body.watermark;

    const posted = await requestJson(`${c.base}/activities`, {
      method: 'POST',
      token: c.token,
      body: {
        type: 'message',
        text: 'will I be awake',
        from: { id: 'forged-user', name: 'Someone' },
        channelData: { clientActivityID: 'c-1' },
      },
    });
    expect(posted.status).toBe(200);
    expect(posted.body.id).toMatch(new RegExp(`^${c.conversationId}\\|\\d{7}$`));

    const next = await requestJson(`${c.base}/activities?watermark=${watermark}`, { token: c.token });
    const [echo, typing, answer] = next.body.activities;
    expect(echo).toMatchObject({
      id: posted.body.id,
      type: 'message',
      text: 'will I be awake',
      from: { id: c.userId, role: 'user' },
    });
    expect(echo.from.name).not.toBe('Someone');
    expect(typing).toMatchObject({ type: 'typing', from: { role: 'bot' } });
    expect(answer.text).toContain('awake but sedated');
    expect(answer.suggestedActions.actions.length).toBeGreaterThan(0);

    const none = await requestJson(`${c.base}/activities?watermark=${next.body.watermark}`, { token: c.token });
    expect(none.body.activities).toEqual([]);
  });

  it('answers an emergency with 911 first', async () => {
    const c = await startConversation(url);
    const before = (await requestJson(`${c.base}/activities`, { token: c.token })).body.watermark;
    await requestJson(`${c.base}/activities`, {
      method: 'POST',
      token: c.token,
      body: { type: 'message', text: "my dad can't breathe" },
    });
    const page = await requestJson(`${c.base}/activities?watermark=${before}`, { token: c.token });
    const botTexts = page.body.activities.filter(
      (a: { type: string; from: { role: string } }) => a.type === 'message' && a.from.role === 'bot',
    );
    expect(botTexts[0].text).toContain('call 911');
  });

  it("refuses requests without the conversation's token", async () => {
    const a = await startConversation(url);
    const b = await startConversation(url);
    expect((await requestJson(`${a.base}/activities`)).status).toBe(401);
    expect((await requestJson(`${a.base}/activities`, { token: 'made-up' })).status).toBe(403);
    expect((await requestJson(`${a.base}/activities`, { token: b.token })).status).toBe(403);
    const posted = await requestJson(`${a.base}/activities`, {
      method: 'POST',
      token: b.token,
      body: { type: 'message', text: 'hi' },
    });
    expect(posted.status).toBe(403);
    expect((await requestJson(`${url}/v3/directline/conversations`, { method: 'POST', body: {} })).status).toBe(401);
  });

  it('gives 404 for an unknown conversation and 400 for bad bodies or watermarks', async () => {
    const c = await startConversation(url);
    expect((await requestJson(`${url}/v3/directline/conversations/nope/activities`, { token: c.token })).status).toBe(
      404,
    );
    for (const body of [
      { text: 'no type' },
      { type: 'invoke', name: 'x' },
      { type: 'message', text: 42 },
      { type: 'message', text: 'x'.repeat(4001) },
      [1, 2],
    ]) {
      const res = await requestJson(`${c.base}/activities`, { method: 'POST', token: c.token, body });
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(typeof res.body.error.message).toBe('string');
    }
    const badJson = await requestJson(`${c.base}/activities`, { method: 'POST', token: c.token, body: '{not json' });
    expect(badJson.status).toBe(400);
    expect((await requestJson(`${c.base}/activities?watermark=-1`, { token: c.token })).status).toBe(400);
  });

  it('refreshes a token without changing it', async () => {
    const c = await startConversation(url);
    const refreshed = await requestJson(`${url}/v3/directline/tokens/refresh`, { method: 'POST', token: c.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ token: c.token, conversationId: c.conversationId, expires_in: 1800 });
  });
});

describe('local Direct Line when the bot has Bot Framework credentials', () => {
  let testBot: TestBot;

  beforeAll(async () => {
    testBot = await startTestBot({
      MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
      MicrosoftAppPassword: 'not-used-in-this-test',
      DATA_KEY: TEST_DATA_KEY,
      HOST: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await testBot?.stop();
  });

  it('is not there (404), and without DIRECT_LINE_SECRET the widget cannot get a token (503)', async () => {
    const started = await requestJson(`${testBot.bot.url}/v3/directline/conversations`, {
      method: 'POST',
      token: 'x',
      body: {},
    });
    expect(started.status).toBe(404);
    const token = await requestJson(`${testBot.bot.url}/api/directline/token`, { method: 'POST' });
    expect(token.status).toBe(503);
    expect(token.body.error).toMatch(/not set up/);
  });
});
