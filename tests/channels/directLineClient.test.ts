import { ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import XMLHttpRequestPolyfill from 'xhr2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestJson } from '../helpers/http.js';
import { type TestBot, startTestBot, waitFor } from '../helpers/startTestBot.js';

// botframework-directlinejs polls through RxJS 5's ajax, which needs a browser XMLHttpRequest.
(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= XMLHttpRequestPolyfill;

class NoWebSocket {
  constructor() {
    throw new Error('the local Direct Line endpoint is polled, never opened as a WebSocket');
  }
}

interface ReceivedActivity {
  type: string;
  id?: string;
  text?: string;
  from: { id: string; role?: string };
  suggestedActions?: { actions: { title: string }[] };
  channelData?: { clientActivityID?: string };
}

describe('local Direct Line through botframework-directlinejs', () => {
  let testBot: TestBot;

  beforeAll(async () => {
    testBot = await startTestBot();
  });
  afterAll(async () => {
    await testBot?.stop();
  });

  it('starts a conversation, gets the welcome, posts a question and polls the answer', async () => {
    const session = await requestJson(`${testBot.bot.url}/api/directline/token`, { method: 'POST' });
    expect(session.status).toBe(200);
    expect(session.body.local).toBe(true);

    const directLine = new DirectLine({
      token: session.body.token,
      domain: new URL(session.body.directLineUrl, testBot.bot.url).href,
      webSocket: false,
      pollingInterval: 200,
      // Node 20 has no global WebSocket and the client reads it even when polling.
      WebSocket: NoWebSocket as unknown as typeof WebSocket,
    });
    const received: ReceivedActivity[] = [];
    const subscription = directLine.activity$.subscribe((a) => received.push(a as unknown as ReceivedActivity));
    try {
      const topics = await waitFor(() => received.find((a) => a.suggestedActions), 'the welcome topic buttons');
      expect(topics.suggestedActions?.actions.map((a) => a.title)).toContain('Will I be awake?');
      expect(directLine.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);

      const id = await new Promise<string>((resolve, reject) => {
        directLine
          .postActivity({
            type: 'message',
            from: { id: 'somebody-else' },
            text: 'will I be awake',
            channelData: { clientActivityID: 'client-1' },
          } as never)
          .subscribe(resolve, reject);
      });
      expect(id).toMatch(/\|\d+$/);

      const answer = await waitFor(
        () => received.find((a) => a.from.role === 'bot' && a.text?.includes('awake but sedated')),
        'the sedation answer',
      );
      expect(answer.type).toBe('message');
      // The echo of the user's message carries the token's user id, not the one the client claimed.
      const echo = received.find((a) => a.id === id);
      expect(echo?.from.id).toBe(session.body.userId);
      expect(echo?.channelData?.clientActivityID).toBe('client-1');
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  });
});
