import { DirectLine } from 'botframework-directlinejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import XMLHttpRequestPolyfill from 'xhr2';
import { requestJson } from '../helpers/http.js';
import { type TestBot, startTestBot, waitFor } from '../helpers/startTestBot.js';

// botframework-directlinejs posts through RxJS 5's ajax, which needs a browser XMLHttpRequest.
(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= XMLHttpRequestPolyfill;

interface Received {
  type: string;
  id?: string;
  text?: string;
  from: { role?: string };
  suggestedActions?: unknown;
}

/** A token and a started conversation, as the chat page gets them. */
async function startConversation(url: string) {
  const session = await requestJson(`${url}/api/directline/token`, { method: 'POST' });
  const started = await requestJson(`${url}/v3/directline/conversations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.body.token}` },
  });
  return {
    token: session.body.token as string,
    conversationId: started.body.conversationId as string,
    streamUrl: started.body.streamUrl as string,
  };
}

/** Opens a stream and collects its activity sets until closed. */
function openStream(streamUrl: string): Promise<{ ws: WebSocket; received: Received[] }> {
  const ws = new WebSocket(streamUrl);
  const received: Received[] = [];
  ws.on('message', (data) => {
    const text = data.toString();
    if (text !== '') received.push(...(JSON.parse(text) as { activities: Received[] }).activities);
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, received }));
    ws.once('error', reject);
  });
}

describe('local Direct Line over a WebSocket (streamUrl)', () => {
  let testBot: TestBot;

  beforeAll(async () => {
    testBot = await startTestBot();
  });
  afterAll(async () => {
    await testBot?.stop();
  });

  it('botframework-directlinejs with webSocket: true gets the welcome and the answer through the stream', async () => {
    const session = await requestJson(`${testBot.bot.url}/api/directline/token`, { method: 'POST' });
    const directLine = new DirectLine({
      token: session.body.token,
      domain: new URL(session.body.directLineUrl, testBot.bot.url).href,
      webSocket: true,
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    });
    const received: Received[] = [];
    const subscription = directLine.activity$.subscribe((a) => received.push(a as unknown as Received));
    try {
      await waitFor(() => received.find((a) => a.suggestedActions), 'the welcome topic buttons');
      directLine.postActivity({ type: 'message', from: { id: 'x' }, text: 'will I be awake' } as never).subscribe();
      const answer = await waitFor(
        () => received.find((a) => a.from.role === 'bot' && a.text?.includes('awake but sedated')),
        'the answer',
      );
      expect(answer.type).toBe('message');
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  });

  it('streams what was said before the socket opened, then each new reply as the bot sends it', async () => {
    const { token, conversationId, streamUrl } = await startConversation(testBot.bot.url);
    expect(streamUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/[^/]+\/stream\?t=/);
    const { ws, received } = await openStream(streamUrl);
    try {
      await waitFor(() => received.find((a) => a.suggestedActions), 'the welcome from the backlog');
      const posted = await requestJson(`${testBot.bot.url}/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: { type: 'message', text: 'how long is bed rest?' },
      });
      expect(posted.status).toBe(200);
      await waitFor(
        () => received.find((a) => a.from.role === 'bot' && /bed rest/i.test(a.text ?? '')),
        'the answer on the stream',
      );
      expect(received.some((a) => a.id === posted.body.id)).toBe(true); // the user's own message, echoed
    } finally {
      ws.close();
    }
  });

  it('a reconnecting client gets a fresh streamUrl that starts after its watermark', async () => {
    const { token, conversationId } = await startConversation(testBot.bot.url);
    const all = await requestJson(`${testBot.bot.url}/v3/directline/conversations/${conversationId}/activities`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const watermark = Number(all.body.watermark);
    const again = await requestJson(
      `${testBot.bot.url}/v3/directline/conversations/${conversationId}?watermark=${watermark}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(again.status).toBe(200);
    expect(again.body.streamUrl).toContain(`watermark=${watermark}`);
    const { ws, received } = await openStream(again.body.streamUrl);
    try {
      await requestJson(`${testBot.bot.url}/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: { type: 'message', text: 'will I be awake?' },
      });
      await waitFor(
        () => received.find((a) => a.from.role === 'bot' && a.text?.includes('awake but sedated')),
        'the answer',
      );
      expect(received.some((a) => a.suggestedActions && a.text?.startsWith('Tap a question'))).toBe(false); // no replay of the welcome
    } finally {
      ws.close();
    }
  });

  it('keeps at most four streams per conversation open, closing the oldest', async () => {
    const { streamUrl } = await startConversation(testBot.bot.url);
    const sockets: WebSocket[] = [];
    for (let i = 0; i < 5; i++) sockets.push((await openStream(streamUrl)).ws);
    try {
      await waitFor(
        () => (sockets[0]!.readyState === WebSocket.CLOSED ? true : undefined),
        'the oldest stream to close',
      );
      expect(sockets.slice(1).every((ws) => ws.readyState === WebSocket.OPEN)).toBe(true);
    } finally {
      for (const ws of sockets) ws.terminate();
    }
  });

  it.each([
    ['an unknown path', (s: string) => s.replace(/\/stream\?/, '/streams?'), 404],
    ['an unknown token', (s: string) => s.replace(/t=[^&]+/, 't=not-a-token'), 403],
    ['no token', (s: string) => s.replace(/\?t=[^&]+/, ''), 401],
    ['another conversation', (s: string) => s.replace(/conversations\/[^/]+\//, 'conversations/someone-else/'), 404],
  ])('refuses a stream with %s before opening it', async (_case, tamper, status) => {
    const { streamUrl } = await startConversation(testBot.bot.url);
    const ws = new WebSocket(tamper(streamUrl));
    const refused = await new Promise<number>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(refused).toBe(status);
    ws.terminate();
  });
});
