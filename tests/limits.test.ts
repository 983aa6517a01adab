import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../src/storage/database.js';
import { SqlInquiryStore } from '../src/storage/inquiryStore.js';
import { knowledge } from './helpers/botHarness.js';
import { requestJson } from './helpers/http.js';
import { type HttpBot, startHttpBot } from './helpers/httpBot.js';
import { StandInTokenService } from './helpers/standInTokenService.js';

const t = knowledge.contact;
const texts = (activities: { text?: string }[]) => activities.map((a) => a.text);

describe('rate limits (429 with Retry-After, logged as an event)', () => {
  const upstream = new StandInTokenService('limit-secret');
  let h: HttpBot;

  beforeAll(async () => {
    await upstream.start();
    h = await startHttpBot({
      RATE_LIMIT_TOKENS_PER_MINUTE: '3',
      RATE_LIMIT_MESSAGES_PER_MINUTE: '5',
      DIRECT_LINE_SECRET: 'limit-secret',
      DIRECT_LINE_TOKEN_URL: upstream.tokenUrl,
    });
  });
  afterAll(async () => {
    await h.stop();
    await upstream.stop();
  });

  it('lets a client address spend the Direct Line secret only a few times a minute', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const res = await requestJson(`${h.bot.url}/api/directline/token`, { method: 'POST' });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(upstream.requests).toHaveLength(3);
    expect(h.logs.events()).toContain('ratelimit.exceeded');
  });

  it('limits messages per conversation, while another visitor keeps talking', async () => {
    const flood: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const res = await h.post({
        type: 'message',
        id: `f-${i}`,
        text: 'hi',
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        from: { id: 'flooder' },
        recipient: { id: 'b' },
        conversation: { id: 'flood' },
      });
      flood.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(flood).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(texts(await h.say('visitor', 'will I be awake'))).toHaveLength(1);
  });
});

describe('local Direct Line under a flood', () => {
  let h: HttpBot;
  beforeAll(async () => {
    // Limits high on purpose: this is about the caps, which must evict idle before active.
    h = await startHttpBot({ RATE_LIMIT_TOKENS_PER_MINUTE: '10000', RATE_LIMIT_DIRECTLINE_PER_MINUTE: '10000' });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('keeps a live visitor when 450 tokens and 220 conversations are opened after them', async () => {
    const url = h.bot.url;
    const session = await requestJson(`${url}/api/directline/token`, { method: 'POST' });
    const started = await requestJson(`${url}/v3/directline/conversations`, {
      method: 'POST',
      token: session.body.token,
      body: {},
    });
    const base = `${url}/v3/directline/conversations/${started.body.conversationId}/activities`;
    expect((await requestJson(base, { token: session.body.token })).status).toBe(200);

    for (let i = 0; i < 450; i += 1) await requestJson(`${url}/api/directline/token`, { method: 'POST' });
    for (let i = 0; i < 220; i += 1) {
      const s = await requestJson(`${url}/api/directline/token`, { method: 'POST' });
      await requestJson(`${url}/v3/directline/conversations`, { method: 'POST', token: s.body.token, body: {} });
    }

    const posted = await requestJson(base, {
      method: 'POST',
      token: session.body.token,
      body: { type: 'message', text: 'will I be awake' },
    });
    expect(posted.status).toBe(200);
    const page = await requestJson(base, { token: session.body.token });
    expect(page.status).toBe(200);
    expect(page.body.activities.some((a: { text?: string }) => a.text === 'will I be awake')).toBe(true);
  }, 60_000);
});

describe('local Direct Line calls per client address', () => {
  it("answers 429 with Retry-After in Direct Line's error shape once the address is over its limit", async () => {
    const h = await startHttpBot({ RATE_LIMIT_DIRECTLINE_PER_MINUTE: '4' });
    try {
      const session = await requestJson(`${h.bot.url}/api/directline/token`, { method: 'POST' });
      const started = await requestJson(`${h.bot.url}/v3/directline/conversations`, {
        method: 'POST',
        token: session.body.token,
        body: {},
      });
      expect(started.status).toBe(201);
      const base = `${h.bot.url}/v3/directline/conversations/${started.body.conversationId}/activities`;
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const page = await requestJson(base, { token: session.body.token });
        statuses.push(page.status);
        if (page.status === 429) {
          expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
          expect(page.body.error.code).toBe('TooManyRequests');
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await h.stop();
    }
  });
});

describe('call-back requests per conversation and per phone', () => {
  it('says "we already have your request" instead of saving again', async () => {
    const h = await startHttpBot({ RATE_LIMIT_INQUIRIES_PER_DAY: '1' });
    const form = async (c: string) => {
      for (const text of ['call me', 'Ada Limit', '713-555-0142', 'skip', 'Morning', 'skip', 'Yes'])
        await h.say(c, text);
      return texts(await h.say(c, 'Yes, send it'));
    };
    try {
      expect(await form('one')).toEqual([t.thankYou, t.immediateHelp]);
      expect(await form('one')).toEqual([t.alreadyReceived]);
      expect(await form('two')).toEqual([t.alreadyReceived]);
      await h.bot.close();
      const db = await openSqliteDatabase(h.dataDir);
      try {
        expect(await new SqlInquiryStore(db.db).list()).toHaveLength(1);
      } finally {
        await db.close();
      }
      expect(h.logs.events()).toContain('ratelimit.exceeded');
    } finally {
      await h.stop();
    }
  });
});

/** GET /healthz with a chosen Host header (fetch does not let a test set it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/healthz`, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Host header in local mode (DNS rebinding)', () => {
  it('answers loopback names and ALLOWED_HOSTS only', async () => {
    const h = await startHttpBot({ ALLOWED_HOSTS: 'bot.test' });
    try {
      const port = new URL(h.bot.url).port;
      expect(await getWithHost(h.bot.url, `localhost:${port}`)).toBe(200);
      expect(await getWithHost(h.bot.url, `127.0.0.1:${port}`)).toBe(200);
      expect(await getWithHost(h.bot.url, `[::1]:${port}`)).toBe(200);
      expect(await getWithHost(h.bot.url, `bot.test:${port}`)).toBe(200);
      expect(await getWithHost(h.bot.url, `attacker.example:${port}`)).toBe(421);
      expect(await getWithHost(h.bot.url, 'localhost.attacker.example')).toBe(421);
    } finally {
      await h.stop();
    }
  });
});
