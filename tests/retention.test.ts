import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInquiriesCli } from '../src/cli/inquiriesCli.js';
import { sweepOnce } from '../src/retention.js';
import { type BotDatabase, openSqliteDatabase } from '../src/storage/database.js';
import { createFieldCipher } from '../src/storage/fieldCipher.js';
import { type NewInquiry, SqlInquiryStore } from '../src/storage/inquiryStore.js';
import { SqlStorage } from '../src/storage/stateStorage.js';
import { knowledge } from './helpers/botHarness.js';
import { TEST_DATA_KEY } from './helpers/dataKey.js';
import { startHttpBot } from './helpers/httpBot.js';
import { makeTempDir } from './helpers/tempDir.js';

const OLD_KEY = TEST_DATA_KEY;
const NEW_KEY = `k2:${Buffer.alloc(32, 9).toString('base64')}`;
/** After rotation: the new key first (encrypts), the old one kept to read older rows. */
const ROTATED = `${NEW_KEY},${OLD_KEY}`;

const inquiry = (over: Partial<NewInquiry>): NewInquiry => ({
  name: 'Ada Sentinel',
  phone: '+17135550111',
  email: null,
  preferredTime: 'Morning',
  message: null,
  channel: 'emulator',
  conversationId: 'conv-a',
  activityId: 'act-1',
  consentGiven: true,
  consentAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

async function cli(args: string[], env: { dataDir: string; dataKey?: string; retentionDays?: number }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runInquiriesCli(args, {
    ...env,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  });
  const audit = err
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, stdout: out.join(''), stderr: err.join(''), audit };
}

describe('retention and erasure over the real SQLite file', () => {
  let tmp: { dir: string; remove: () => Promise<void> };
  let db: BotDatabase;
  beforeEach(async () => {
    tmp = await makeTempDir();
    db = await openSqliteDatabase(tmp.dir);
  });
  afterEach(async () => {
    await db.close();
    await tmp.remove();
  });

  it('expires idle conversation state: it reads as gone, and the sweep deletes the rows', async () => {
    let now = new Date('2026-03-01T00:00:00Z');
    const storage = new SqlStorage(db.db, undefined, () => now, 86_400_000);
    await storage.write({
      'emulator/conversations/idle': { form: { name: 'Ada Sentinel' } },
      'emulator/conversations/active': { n: 1 },
    });
    now = new Date('2026-03-01T23:00:00Z');
    await storage.write({ 'emulator/conversations/active': { n: 2 } });
    now = new Date('2026-03-02T01:00:00Z');
    expect(Object.keys(await storage.read(['emulator/conversations/idle', 'emulator/conversations/active']))).toEqual([
      'emulator/conversations/active',
    ]);
    const swept = await sweepOnce({
      state: storage,
      inquiries: new SqlInquiryStore(db.db),
      retentionDays: 30,
      logger: pino({ level: 'silent' }),
      now: () => now,
    });
    expect(swept.states).toBe(1);
    expect((await db.db.selectFrom('bot_state').select('key').orderBy('key').execute()).map((r) => r.key)).toEqual([
      'emulator/conversations/active',
    ]);
  });

  it('purges inquiries older than the retention period, with one audit event per id', async () => {
    let now = new Date();
    const store = new SqlInquiryStore(db.db, { now: () => now, cipher: createFieldCipher(OLD_KEY) });
    now = new Date(Date.now() - 40 * 86_400_000);
    const old = await store.save(inquiry({ activityId: 'old' }));
    now = new Date();
    const recent = await store.save(inquiry({ activityId: 'recent' }));
    await db.close();
    const result = await cli(['purge'], { dataDir: tmp.dir, dataKey: OLD_KEY, retentionDays: 30 });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Deleted 1 inquiry and 0 conversation state rows.\n');
    expect(result.audit).toMatchObject([{ event: 'audit.inquiry.deleted', inquiryId: old.id, cause: 'purge' }]);
    db = await openSqliteDatabase(tmp.dir);
    expect((await new SqlInquiryStore(db.db, { cipher: createFieldCipher(OLD_KEY) }).list()).map((i) => i.id)).toEqual([
      recent.id,
    ]);
  });

  it('deletes one inquiry by id with its conversation state', async () => {
    const store = new SqlInquiryStore(db.db);
    const saved = await store.save(inquiry({}));
    await new SqlStorage(db.db).write({ 'emulator/conversations/conv-a': { welcomed: true } });
    await db.close();
    const result = await cli(['delete', saved.id], { dataDir: tmp.dir });
    expect(result.stdout).toBe('Deleted 1 inquiry and 1 conversation state row.\n');
    expect(result.audit.map((a) => a.event)).toEqual(['audit.inquiry.deleted', 'audit.state.deleted']);
    expect((await cli(['delete', saved.id], { dataDir: tmp.dir })).code).toBe(1);
    db = await openSqliteDatabase(tmp.dir);
    expect(await db.db.selectFrom('bot_state').select('key').execute()).toEqual([]);
  });

  it('erases one person by phone across key rotation, clear rows and unfinished forms, and nobody else', async () => {
    const phone = '+17135550111';
    const clear = await new SqlInquiryStore(db.db).save(inquiry({ activityId: 'clear', conversationId: 'conv-clear' }));
    const sealedOld = await new SqlInquiryStore(db.db, { cipher: createFieldCipher(OLD_KEY) }).save(
      inquiry({ activityId: 'old-key', conversationId: 'conv-old' }),
    );
    const rotated = new SqlInquiryStore(db.db, { cipher: createFieldCipher(ROTATED) });
    const sealedNew = await rotated.save(inquiry({ activityId: 'new-key', conversationId: 'conv-new' }));
    const someoneElse = await rotated.save(
      inquiry({ activityId: 'other', conversationId: 'conv-other', phone: '+17135550222', name: 'Bo Other' }),
    );
    const state = new SqlStorage(db.db);
    await state.write({
      'emulator/conversations/conv-old': { welcomed: true },
      // A form abandoned before saving: the phone sits only in conversation state.
      'emulator/conversations/conv-unfinished': { dialogState: { form: { phone } } },
      'emulator/conversations/conv-other': { welcomed: true },
    });
    // Older rows stay readable after rotation.
    expect((await rotated.list()).map((i) => i.name)).toEqual([
      'Ada Sentinel',
      'Ada Sentinel',
      'Ada Sentinel',
      'Bo Other',
    ]);
    await db.close();

    const result = await cli(['erase', '--phone', '(713) 555-0111'], { dataDir: tmp.dir, dataKey: ROTATED });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Deleted 3 inquiries and 2 conversation state rows.\n');
    expect(
      result.audit
        .filter((a) => a.event === 'audit.inquiry.deleted')
        .map((a) => a.inquiryId)
        .sort(),
    ).toEqual([clear.id, sealedOld.id, sealedNew.id].sort());
    expect(result.stderr).not.toContain('5550111');
    expect(result.stderr).not.toContain('555-0111');

    db = await openSqliteDatabase(tmp.dir);
    expect((await new SqlInquiryStore(db.db, { cipher: createFieldCipher(ROTATED) }).list()).map((i) => i.id)).toEqual([
      someoneElse.id,
    ]);
    expect((await db.db.selectFrom('bot_state').select('key').orderBy('key').execute()).map((r) => r.key)).toEqual([
      'emulator/conversations/conv-other',
    ]);
  });

  it('refuses an erase without a valid phone number, without echoing it', async () => {
    await db.close();
    const result = await cli(['erase', '--phone', 'call Ada'], { dataDir: tmp.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('call Ada');
  });
});

describe('erasure while the bot runs', () => {
  it('removes an unfinished form holding the number, so the conversation starts afresh', async () => {
    const h = await startHttpBot({});
    try {
      await h.say('erase-live', 'call me');
      await h.say('erase-live', 'Ada Erasable');
      expect((await h.say('erase-live', '713-555-0177')).map((a) => a.text)).toEqual([knowledge.contact.askEmail]);
      const result = await cli(['erase', '--phone', '713-555-0177'], { dataDir: h.dataDir });
      expect(result.stdout).toBe('Deleted 0 inquiries and 1 conversation state row.\n');
      const texts = (await h.say('erase-live', 'will I be awake')).map((a) => a.text);
      expect(texts).not.toContain(knowledge.contact.askEmail);
      await h.bot.close();
      expect(readFileSync(path.join(h.dataDir, 'bot.sqlite')).includes(Buffer.from('Erasable'))).toBe(false);
    } finally {
      await h.stop();
    }
  });
});

describe('an abandoned form over HTTP', () => {
  it('forgets the details after STATE_TTL, in the file and in behaviour', async () => {
    const h = await startHttpBot({ STATE_TTL: '1h' });
    try {
      await h.say('ttl-1', 'call me');
      expect((await h.say('ttl-1', 'Ada Sentinelle')).map((a) => a.text)).toEqual([knowledge.contact.askPhone]);
      await h.bot.close();
      // Two hours pass for the stored form without the test waiting for them: its last update moves back.
      const stored = await openSqliteDatabase(h.dataDir);
      await stored.db
        .updateTable('bot_state')
        .set({ updated_at: new Date(Date.now() - 2 * 3_600_000).toISOString() })
        .execute();
      await stored.close();
      await h.restart(); // start-up runs the retention sweep
      await h.bot.close();
      expect(readFileSync(path.join(h.dataDir, 'bot.sqlite')).includes(Buffer.from('Sentinelle'))).toBe(false);
      await h.restart();
      // The form is gone: no "what phone number?" after an answer.
      const texts = (await h.say('ttl-1', 'will I be awake')).map((a) => a.text);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts).not.toContain(knowledge.contact.askPhone);
    } finally {
      await h.stop();
    }
  });
});
