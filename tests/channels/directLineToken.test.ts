import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DirectLineTokenError,
  directLineBaseUrl,
  requestDirectLineToken,
} from '../../src/channels/directLineTokenService.js';
import { requestJson } from '../helpers/http.js';
import { StandInTokenService } from '../helpers/standInTokenService.js';
import { type TestBot, startTestBot } from '../helpers/startTestBot.js';

const SECRET = 'stand-in-secret-7f3a9c';

describe('POST /api/directline/token with DIRECT_LINE_SECRET', () => {
  const upstream = new StandInTokenService(SECRET);
  let testBot: TestBot;

  beforeAll(async () => {
    await upstream.start();
    testBot = await startTestBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_TOKEN_URL: upstream.tokenUrl });
  });
  afterAll(async () => {
    await testBot?.stop();
    await upstream.stop();
  });

  it('exchanges the secret upstream for a token bound to a fresh dl_ user, and never returns the secret', async () => {
    upstream.expectedSecret = SECRET;
    const res = await requestJson(`${testBot.bot.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).not.toContain(SECRET);

    const sent = upstream.requests.at(-1);
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/v3/directline/tokens/generate');
    expect(sent?.authorization).toBe(`Bearer ${SECRET}`);
    expect(sent?.body.user.id).toMatch(/^dl_[\w-]{8,}$/);

    expect(res.body).toEqual({
      token: `token-for-${sent?.body.user.id}`,
      conversationId: 'upstream-conv-1',
      userId: sent?.body.user.id,
      expiresIn: 3600,
      directLineUrl: upstream.tokenUrl.replace('/tokens/generate', ''),
    });
    expect(res.body.local).toBeUndefined();

    const another = await requestJson(`${testBot.bot.url}/api/directline/token`, { method: 'POST' });
    expect(another.body.userId).not.toBe(res.body.userId);
  });

  it('turns an upstream rejection (wrong secret) into a clear 502 without the secret or upstream detail', async () => {
    upstream.expectedSecret = 'the-real-secret-is-different';
    try {
      const res = await requestJson(`${testBot.bot.url}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(502);
      expect(res.body).toEqual({ error: expect.stringMatching(/chat service could not be reached/) });
      expect(res.text).not.toContain(SECRET);
      expect(res.text).not.toContain('upstream-detail');
    } finally {
      upstream.expectedSecret = SECRET;
    }
  });

  it('lets the chat page connect to the Direct Line host (CSP connect-src)', async () => {
    const page = await fetch(`${testBot.bot.url}/`);
    const origin = new URL(upstream.tokenUrl).origin;
    expect(page.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ${origin} ws://${new URL(origin).host}`,
    );
  });
});

describe('requestDirectLineToken', () => {
  const upstream = new StandInTokenService(SECRET);

  beforeAll(() => upstream.start());
  afterAll(() => upstream.stop());

  // A hanging service would leave the request waiting until the test's own timeout: the
  // 'timeout' reason shows the client gave up by itself.
  it('gives up after its timeout when the service does not answer', async () => {
    upstream.hang = true;
    try {
      const error = await requestDirectLineToken({ tokenUrl: upstream.tokenUrl, secret: SECRET, timeoutMs: 300 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DirectLineTokenError);
      expect((error as DirectLineTokenError).reason).toBe('timeout');
      expect((error as Error).message).not.toContain(SECRET);
    } finally {
      upstream.hang = false;
    }
  });

  it('reports an unreachable service as a network error', async () => {
    const error = await requestDirectLineToken({
      tokenUrl: 'http://127.0.0.1:1/v3/directline/tokens/generate',
      secret: SECRET,
      timeoutMs: 2000,
    }).catch((e: unknown) => e);
    expect((error as DirectLineTokenError).reason).toBe('network');
  });

  it('derives the Direct Line API base from the token URL (regional endpoints included)', () => {
    expect(directLineBaseUrl('https://directline.botframework.com/v3/directline/tokens/generate')).toBe(
      'https://directline.botframework.com/v3/directline',
    );
    expect(directLineBaseUrl('https://europe.directline.botframework.com/v3/directline/tokens/generate')).toBe(
      'https://europe.directline.botframework.com/v3/directline',
    );
  });
});
