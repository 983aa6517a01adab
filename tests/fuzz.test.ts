import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpBot, startHttpBot } from './helpers/httpBot.js';
import { ReplyRecorder } from './helpers/replyRecorder.js';

/** Fixed seed and size: the same 1,200 activities on every run, so a failure reproduces. */
const SEED = 20261130;
const RUNS = 1200;
const CONCURRENCY = 8;

describe('fuzzed activities over /api/messages (seeded, bounded)', () => {
  const recorder = new ReplyRecorder();
  let h: HttpBot;

  beforeAll(async () => {
    await recorder.start();
    // Limits high: this test is about shapes, not floods.
    h = await startHttpBot({ RATE_LIMIT_MESSAGES_PER_MINUTE: '100000', RATE_LIMIT_INQUIRIES_PER_DAY: '1000' });
  });
  afterAll(async () => {
    await h.stop();
    await recorder.stop();
  });

  it('never answers 5xx, never has a turn error, and stays healthy', async () => {
    const junk = fc.anything({ maxDepth: 3, maxKeys: 4 });
    const id = fc.oneof(fc.string({ maxLength: 24 }), fc.constantFrom('', ' ', 'c-1', 'c-2', 'c-3'), junk);
    const account = fc.oneof(
      fc.record(
        { id, name: fc.string({ maxLength: 20 }), role: fc.constantFrom('user', 'bot', 'x') },
        { requiredKeys: [] },
      ),
      junk,
    );
    const words = fc.constantFrom(
      'will I be awake',
      'call me',
      'Jane Doe',
      '713-555-0123',
      'skip',
      'morning',
      'yes',
      'Yes, send it',
      'cancel',
      'help',
      'change something',
      'chest pain',
      'hi',
      '',
      '  ',
      '🙏',
      '<script>',
      '1',
    );
    const shapes = {
      type: fc.oneof(
        fc.constantFrom(
          'message',
          'message',
          'message',
          'conversationUpdate',
          'typing',
          'event',
          'invoke',
          'messageReaction',
          'endOfConversation',
          'installationUpdate',
        ),
        fc.string({ maxLength: 12 }),
        junk,
      ),
      id,
      text: fc.oneof(words, words, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }), junk),
      channelId: fc.oneof(
        fc.constantFrom('emulator', 'msteams', 'directline', 'webchat'),
        fc.string({ maxLength: 10 }),
        junk,
      ),
      serviceUrl: fc.oneof(
        fc.constant(recorder.url),
        fc.constant(`${recorder.url}/`),
        fc.constantFrom('https://example.org/', 'not a url', 'http://127.0.0.1:1/x?y'),
        junk,
      ),
      deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'normal', 'notification', 'x'),
      conversation: fc.oneof(
        fc.record({ id: fc.constantFrom('fz-1', 'fz-2', 'fz-3', 'fz-4') }),
        fc.record({ id, isGroup: fc.oneof(fc.boolean(), junk) }, { requiredKeys: [] }),
        junk,
      ),
      from: account,
      recipient: account,
      locale: fc.oneof(fc.constantFrom('en-US', 'es'), junk),
      entities: fc.oneof(
        fc.array(
          fc.record(
            {
              type: fc.constantFrom('mention', 'clientInfo', 'x'),
              text: fc.string({ maxLength: 20 }),
              mentioned: account,
            },
            { requiredKeys: ['type'] },
          ),
          { maxLength: 3 },
        ),
        junk,
      ),
      attachments: fc.oneof(
        fc.array(
          fc.record(
            { contentType: fc.constantFrom('image/png', 'text/plain'), contentUrl: fc.string({ maxLength: 20 }) },
            { requiredKeys: [] },
          ),
          { maxLength: 2 },
        ),
        junk,
      ),
      membersAdded: fc.oneof(fc.array(account, { maxLength: 3 }), junk),
      value: junk,
      channelData: junk,
      name: fc.string({ maxLength: 12 }),
    };
    // Half close to real activities (so turns run), half with any field missing or wrong.
    const nearlyValid = fc.record(
      {
        ...shapes,
        id: fc.uuid(),
        locale: fc.constantFrom('en-US', 'es'),
        entities: fc.array(
          fc.record({
            type: fc.constantFrom('mention', 'clientInfo'),
            text: fc.string({ maxLength: 20 }),
            mentioned: fc.constant({ id: 'b' }),
          }),
          { maxLength: 2 },
        ),
        attachments: fc.array(fc.record({ contentType: fc.constantFrom('image/png', 'text/plain') }), { maxLength: 1 }),
        type: fc.constantFrom('message', 'message', 'conversationUpdate', 'invoke', 'event', 'typing'),
        text: words,
        channelId: fc.constant('emulator'),
        serviceUrl: fc.constant(recorder.url),
        conversation: fc.record({ id: fc.constantFrom('fz-1', 'fz-2', 'fz-3', 'fz-4') }),
        from: fc.constant({ id: 'u' }),
        recipient: fc.constant({ id: 'b' }),
        membersAdded: fc.constant([{ id: 'u' }]),
      },
      { requiredKeys: ['type', 'text', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient'] },
    );
    const body = fc.oneof(nearlyValid, fc.record(shapes, { requiredKeys: [] }), junk);
    const bodies = fc.sample(body, { seed: SEED, numRuns: RUNS });
    expect(bodies).toHaveLength(RUNS);

    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < bodies.length) {
        const b = bodies[next++];
        const res = await h.post(JSON.stringify(b) ?? 'null');
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const serverErrors = [...statuses].filter(([s]) => s >= 500);
    expect(serverErrors).toEqual([]);
    // Both sides were exercised: turns ran and broken activities were turned away.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 5);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(RUNS / 5);
    const events = h.logs.events();
    expect(events.filter((e) => e === 'turn.error' || e === 'http.error')).toEqual([]);
    const health = await fetch(`${h.bot.url}/healthz`);
    expect(health.status).toBe(200);
  }, 60_000);
});
