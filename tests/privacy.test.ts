import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createAdapter } from '../src/adapter.js';
import { runInquiriesCli } from '../src/cli/inquiriesCli.js';
import { loadConfig } from '../src/config.js';
import { createLimits } from '../src/rateLimits.js';
import { createServer } from '../src/server.js';
import { knowledge } from './helpers/botHarness.js';
import { TEST_DATA_KEY } from './helpers/dataKey.js';
import { type HttpBot, startHttpBot } from './helpers/httpBot.js';
import { makeTempDir } from './helpers/tempDir.js';

const t = knowledge.contact;
/** Made-up personal details, unusual enough that any copy of them anywhere is a leak. */
const NAME = 'Zebulon Quixotefield';
const PHONE = '713-555-0199';
const EMAIL = 'zq.sentinel@example.org';
const NOTE = 'my sentinel hernia';
const SECRETS = ['Quixotefield', 'Zebulon', '555-0199', '5550199', 'zq.sentinel', 'sentinel hernia'];

/** Everything written to stdout, stderr and console while `work` runs. */
async function captureOutput(work: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const grab = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  process.stdout.write = grab as typeof process.stdout.write;
  process.stderr.write = grab as typeof process.stderr.write;
  try {
    await work();
  } finally {
    process.stdout.write = originals.out;
    process.stderr.write = originals.err;
  }
  return chunks.join('');
}

let n = 0;
const envelope = (conversation: string) => ({
  type: 'message',
  id: `p-${++n}`,
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9',
  deliveryMode: 'expectReplies',
  from: { id: 'user-p', name: NAME },
  recipient: { id: 'bot', name: NAME },
  conversation: { id: conversation },
});

describe('personal details never reach logs or output streams', () => {
  let h: HttpBot;
  beforeAll(async () => {
    h = await startHttpBot({ LOG_LEVEL: 'trace', DATA_KEY: TEST_DATA_KEY });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('in any field, in malformed and oversized bodies, and through the whole form', async () => {
    const statuses: number[] = [];
    const output = await captureOutput(async () => {
      const post = async (body: unknown, headers: Record<string, string> = {}) => {
        const res = await h.post(body, headers);
        statuses.push(res.status);
        return res.text();
      };
      // Every free-text field of an otherwise valid activity.
      await post({
        ...envelope('p-fields'),
        text: `${NAME} ${PHONE} ${EMAIL} ${NOTE}`,
        locale: 'en-US',
        channelData: { note: NOTE, phone: PHONE },
        value: { email: EMAIL },
        name: NAME,
        entities: [{ type: 'clientInfo', text: NAME, phone: PHONE }],
        attachments: [{ contentType: 'text/plain', content: `${EMAIL} ${NOTE}`, name: NAME }],
        summary: NOTE,
      });
      // Broken activities carrying the same details.
      await post({ ...envelope('p-broken'), text: NAME, conversation: { id: '' }, entities: EMAIL });
      await post(`{"type":"message","text":"${NAME} ${PHONE}", "from": {"name": "${EMAIL}"`);
      await post(`${NOTE} ${PHONE}`, { 'content-type': 'text/plain' });
      const deep = `${'{"next":'.repeat(10_000)}{"name":"${NAME}","phone":"${PHONE}"}${'}'.repeat(10_000)}`;
      await post(
        `{"type":"message","text":"${NOTE}","channelId":"emulator","serviceUrl":"http://127.0.0.1:9","conversation":${deep}}`,
      );
      await post({ ...envelope('p-big'), text: `${NAME} `.repeat(60_000) });
      // The form, start to end.
      const c = 'p-form';
      for (const text of ['call me', NAME, PHONE, EMAIL, 'Morning', NOTE, 'Yes', 'Yes, send it']) {
        await post({ ...envelope(c), text });
      }
    });
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.slice(1, 6).every((s) => s >= 400 && s < 500)).toBe(true);
    expect(h.logs.events()).toContain('contact.saved');
    for (const secret of SECRETS) {
      expect(output).not.toContain(secret);
      expect(h.logs.text).not.toContain(secret);
    }
  });
});

describe("restify's own logger", () => {
  it('is one that writes nothing, even for an error carrying a request body', () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (l: string) => lines.push(l) });
    const config = loadConfig({ PORT: '0' });
    const server = createServer({
      config,
      adapter: createAdapter(config, logger, 'error'),
      bot: {} as never,
      logger,
      limits: createLimits(config),
      ready: async () => {},
    });
    // What restify does with its logger when a handler fails: the request goes in whole.
    (server as unknown as { log: { error(o: object, m: string): void } }).log.error(
      { req: { _body: { name: NAME, phone: PHONE } } },
      'handler failed',
    );
    expect(lines).toEqual([]);
  });
});

describe('personal details at rest', () => {
  it('are sealed with DATA_KEY in owner-only files, and the CLI opens them for staff', async () => {
    const h = await startHttpBot({ DATA_KEY: TEST_DATA_KEY });
    const c = 'rest-1';
    const say = (text: string) => h.say(c, text);
    try {
      for (const text of ['call me', NAME, PHONE, EMAIL, 'Morning', NOTE, 'Yes']) await say(text);
      expect((await say('Yes, send it')).map((a) => a.text)).toEqual([t.thankYou, t.immediateHelp]);
    } finally {
      await h.bot.close();
    }
    try {
      expect(statSync(h.dataDir).mode & 0o777).toBe(0o700);
      const files = readdirSync(h.dataDir);
      expect(files).toContain('bot.sqlite');
      for (const f of files) {
        expect({ f, mode: statSync(path.join(h.dataDir, f)).mode & 0o777 }).toEqual({ f, mode: 0o600 });
        // What `strings` would show: no sentinel in any file, in UTF-8 or UTF-16.
        const bytes = readFileSync(path.join(h.dataDir, f));
        for (const secret of [...SECRETS, '+17135550199']) {
          expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
          expect(bytes.includes(Buffer.from(secret, 'utf16le'))).toBe(false);
        }
      }
      const out: string[] = [];
      const code = await runInquiriesCli(['list', '--json'], {
        dataDir: h.dataDir,
        dataKey: TEST_DATA_KEY,
        stdout: { write: (s: string) => out.push(s) },
        stderr: { write: () => undefined },
      });
      expect(code).toBe(0);
      expect(JSON.parse(out.join(''))).toMatchObject([
        { name: NAME, phone: '+17135550199', email: EMAIL, message: NOTE },
      ]);
      const err: string[] = [];
      const withoutKey = await runInquiriesCli(['list'], {
        dataDir: h.dataDir,
        stdout: { write: () => undefined },
        stderr: { write: (s: string) => err.push(s) },
      });
      expect(withoutKey).toBe(1);
      expect(err.join('')).toContain('set DATA_KEY');
    } finally {
      await h.stop();
    }
  });
});

describe('the data folder', () => {
  it('refuses a folder other users can read, naming it', async () => {
    const tmp = await makeTempDir();
    try {
      chmodSync(tmp.dir, 0o755);
      await expect(startHttpBot({}, tmp.dir)).rejects.toThrow(/DATA_DIR .* is accessible to other users .*chmod 700/);
    } finally {
      await tmp.remove();
    }
  });

  it('tightens an existing folder and files to owner-only, and warns once when there is no DATA_KEY', async () => {
    const tmp = await makeTempDir();
    const dir = path.join(tmp.dir, 'data');
    mkdirSync(dir, { mode: 0o750 });
    chmodSync(dir, 0o750);
    writeFileSync(path.join(dir, 'bot.sqlite'), '', { mode: 0o640 });
    chmodSync(path.join(dir, 'bot.sqlite'), 0o640);
    const h = await startHttpBot({}, dir);
    try {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const f of readdirSync(dir))
        expect({ f, mode: statSync(path.join(dir, f)).mode & 0o777 }).toEqual({ f, mode: 0o600 });
      expect(h.logs.events().filter((e) => e === 'storage.unencrypted')).toHaveLength(1);
    } finally {
      await h.stop();
      await tmp.remove();
    }
  });
});
