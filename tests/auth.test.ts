import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_DATA_KEY } from './helpers/dataKey.js';
import { type HttpBot, startHttpBot } from './helpers/httpBot.js';
import { CHANNEL_ISSUER, OpenIdStandIn } from './helpers/openIdStandIn.js';
import { ReplyRecorder } from './helpers/replyRecorder.js';

const APP_ID = '00000000-0000-4000-8000-00000000a11d';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Bot Framework authentication with tokens from a local OpenID configuration', () => {
  const idp = new OpenIdStandIn();
  const recorder = new ReplyRecorder();
  let h: HttpBot;
  let n = 0;

  const activity = (extra: object = {}) => ({
    type: 'message',
    id: `auth-${++n}`,
    text: 'will I be awake',
    channelId: 'emulator',
    serviceUrl: recorder.url,
    from: { id: 'u' },
    recipient: { id: APP_ID },
    conversation: { id: `auth-conv-${n}` },
    ...extra,
  });
  const valid = () => idp.sign({ aud: APP_ID, serviceurl: recorder.url });

  beforeAll(async () => {
    await idp.start();
    await recorder.start();
    h = await startHttpBot({
      HOST: '127.0.0.1',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-secret',
      DATA_KEY: TEST_DATA_KEY,
      BOT_OPENID_METADATA_URL: idp.metadataUrl,
    });
  });
  afterAll(async () => {
    await h.stop();
    await recorder.stop();
    await idp.stop();
  });

  it('runs the turn for a token signed by the configured key (the control case)', async () => {
    const res = await h.post(activity({ deliveryMode: 'expectReplies' }), { authorization: `Bearer ${await valid()}` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { type: string }[] };
    expect(body.activities.some((a) => a.type === 'message')).toBe(true);
  });

  it('answers 401, runs no turn, posts nothing and prints nothing for every bad token', async () => {
    const otherKeys = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    const tokens: Record<string, string | undefined> = {
      none: undefined,
      garbage: 'Bearer not-a-token',
      notBearer: `Basic ${Buffer.from('a:b').toString('base64')}`,
      algNone: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: CHANNEL_ISSUER, aud: APP_ID, exp: now + 300 })}.`,
      wrongKeyRealKid: `Bearer ${await new SignJWT({ iss: CHANNEL_ISSUER, aud: APP_ID }).setProtectedHeader({ alg: 'RS256', kid: idp.kid }).setExpirationTime('5m').sign(otherKeys.privateKey)}`,
      hs256: `Bearer ${await new SignJWT({ iss: CHANNEL_ISSUER, aud: APP_ID }).setProtectedHeader({ alg: 'HS256', kid: idp.kid }).setExpirationTime('5m').sign(new TextEncoder().encode('a-shared-secret-of-32-characters!'))}`,
      expired: `Bearer ${await idp.sign({ aud: APP_ID, exp: now - 3600, iat: now - 7200 })}`,
      wrongAudience: `Bearer ${await idp.sign({ aud: 'some-other-bot' })}`,
      wrongIssuer: `Bearer ${await idp.sign({ aud: APP_ID, iss: 'https://issuer.example.org' })}`,
      unknownKid: `Bearer ${await idp.sign({ aud: APP_ID }, { kid: 'no-such-key' })}`,
    };
    const stderr = vi.spyOn(process.stderr, 'write');
    const stdout = vi.spyOn(process.stdout, 'write');
    const consoleError = vi.spyOn(console, 'error');
    try {
      for (const [label, authorization] of Object.entries(tokens)) {
        const res = await h.post(activity(), authorization === undefined ? {} : { authorization });
        expect({ label, status: res.status }).toEqual({ label, status: 401 });
        // The same short body whatever went wrong: no library message, key or address.
        expect(await res.json()).toEqual({ error: 'Unauthorized.' });
      }
      expect(stderr).not.toHaveBeenCalled();
      expect(stdout).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
      consoleError.mockRestore();
    }
    expect(recorder.posts).toBe(0);
    const events = h.logs.events();
    expect(events.filter((e) => e === 'auth.rejected')).toHaveLength(Object.keys(tokens).length);
    expect(events).not.toContain('turn.error');
    expect(events).not.toContain('http.error');
  });
});

describe('Bot Framework authentication when the identity endpoint is unreachable', () => {
  it('answers 503 without naming the endpoint, and runs no turn', async () => {
    const idp = new OpenIdStandIn();
    await idp.start();
    const token = await idp.sign({ aud: APP_ID });
    const unreachable = idp.metadataUrl;
    await idp.stop(); // the port is now closed
    const h = await startHttpBot({
      HOST: '127.0.0.1',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'x',
      DATA_KEY: TEST_DATA_KEY,
      BOT_OPENID_METADATA_URL: unreachable,
    });
    try {
      const res = await h.post(
        {
          type: 'message',
          text: 'hi',
          channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:9',
          from: { id: 'u' },
          recipient: { id: 'b' },
          conversation: { id: 'c' },
        },
        { authorization: `Bearer ${token}` },
      );
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toMatch(/openid|http|Error/);
      expect(h.logs.events()).toContain('auth.unavailable');
      expect(h.logs.text).not.toContain(unreachable);
    } finally {
      await h.stop();
    }
  });
});
