import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, runInquiriesCli } from '../../src/cli/inquiriesCli.js';
import { openSqliteDatabase } from '../../src/storage/database.js';
import { SqlInquiryStore, type NewInquiry } from '../../src/storage/inquiryStore.js';
import { makeTempDir } from '../helpers/tempDir.js';

const base: NewInquiry = {
  name: 'Jane Patient',
  phone: '+15551234567',
  email: 'jane@example.org',
  preferredTime: 'weekday mornings',
  message: null,
  channel: 'webchat',
  conversationId: 'conv-1',
  activityId: 'act-1',
  consentGiven: true,
  consentAt: new Date('2025-03-01T09:59:00.000Z'),
};

const SEEDED_AT = ['2025-03-01T10:00:00.000Z', '2025-03-02T10:00:00.000Z', '2025-03-03T10:00:00.000Z'] as const;

/** Seeds three inquiries on three days, the middle one full of awkward characters. */
async function seed(dataDir: string): Promise<void> {
  const db = await openSqliteDatabase(dataDir);
  let clock = new Date();
  const store = new SqlInquiryStore(db.db, { now: () => clock });
  try {
    clock = new Date(SEEDED_AT[0]);
    await store.save(base);
    clock = new Date(SEEDED_AT[1]);
    await store.save({
      ...base,
      activityId: 'act-2',
      name: '=HYPERLINK("http://evil.example","click")',
      patientName: 'Rosa Martínez',
      phone: '+447700900123',
      email: null,
      preferredTime: 'after 5pm, not Fridays',
      message: 'Line one\nsaid "hello"\u001b[31m',
      language: 'es',
    });
    clock = new Date(SEEDED_AT[2]);
    await store.save({ ...base, activityId: 'act-3', name: 'Sam Later', consentGiven: false, consentAt: null });
  } finally {
    await db.close();
  }
}

describe('inquiries CLI', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;

  beforeEach(async () => {
    tmp = await makeTempDir();
    dataDir = path.join(tmp.dir, 'data');
    await seed(dataDir);
  });
  afterEach(async () => {
    await tmp.remove();
  });

  async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runInquiriesCli(argv, {
      dataDir,
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    });
    return { code, stdout, stderr };
  }

  it('list --json prints every inquiry with the fields staff need', async () => {
    const { code, stdout, stderr } = await run('list', '--json');
    expect([code, stderr]).toEqual([EXIT.ok, '']);
    const records = JSON.parse(stdout) as Record<string, unknown>[];
    expect(records.map((r) => r.name)).toEqual([
      'Jane Patient',
      '=HYPERLINK("http://evil.example","click")',
      'Sam Later',
    ]);
    expect(records[0]).toEqual({
      id: expect.stringMatching(/^inq_/),
      createdAt: '2025-03-01T10:00:00.000Z',
      name: 'Jane Patient',
      patientName: null,
      phone: '+15551234567',
      email: 'jane@example.org',
      preferredTime: 'weekday mornings',
      message: null,
      language: 'en',
      channel: 'webchat',
      consentGiven: true,
      consentAt: '2025-03-01T09:59:00.000Z',
    });
    // A request made in Spanish says so: the call back should be in Spanish. A relative's says whom it is about.
    expect(records[1]).toMatchObject({ language: 'es', patientName: 'Rosa Martínez' });
    expect(records[2]).toMatchObject({ consentGiven: false, consentAt: null });
  });

  it('list --since filters by date-time and by local date', async () => {
    const byInstant = JSON.parse((await run('list', '--json', '--since', '2025-03-02T10:00:00Z')).stdout) as {
      name: string;
    }[];
    expect(byInstant.map((r) => r.name)).toEqual(['=HYPERLINK("http://evil.example","click")', 'Sam Later']);
    // A bare date means local midnight, wherever the tests run.
    const byDate = JSON.parse((await run('list', '--json', '--since', '2025-03-03')).stdout) as { createdAt: string }[];
    const expected = SEEDED_AT.filter((t) => new Date(t) >= new Date(2025, 2, 3));
    expect(byDate.map((r) => r.createdAt)).toEqual(expected);
  });

  it('list prints a readable table with a count, one line per inquiry, without terminal escapes', async () => {
    const { code, stdout } = await run('list');
    expect(code).toBe(EXIT.ok);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Created\s+Name\s+Calling about\s+Phone\s+Preferred time\s+Language\s+Email\s+Consent\s+Message\s+ID$/,
    );
    expect(lines[1]).toMatch(/^-+(\s+-+)+$/);
    expect(lines[2]).toContain('Jane Patient');
    expect(lines[2]).toContain('+15551234567');
    expect(lines[2]).toMatch(/yes \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(lines[3]).toContain('Line one said "hello"');
    expect(lines[3]).toContain('Rosa Martínez');
    expect(lines[3]).toMatch(/\bSpanish\b/);
    expect(lines[2]).toMatch(/\bEnglish\b/);
    expect(lines[4]).toMatch(/Sam Later.*\bno\b/);
    expect(lines.at(-1)).toBe('3 inquiries');
    expect(stdout).not.toContain('\u001b');
  });

  it('list says so when nothing matches', async () => {
    expect((await run('list', '--since', '2030-01-01')).stdout).toBe(
      'No inquiries since ' + new Date(2030, 0, 1).toISOString() + '.\n',
    );
  });

  it('export --csv writes RFC 4180 CSV with formula-looking cells defused', async () => {
    const { code, stdout } = await run('export', '--csv');
    expect(code).toBe(EXIT.ok);
    expect(stdout.endsWith('\r\n')).toBe(true);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(
      'id,createdAt,name,patientName,phone,email,preferredTime,message,language,channel,consentGiven,consentAt',
    );
    expect(lines[1]).toMatch(
      /^inq_[0-9a-f-]+,2025-03-01T10:00:00\.000Z,Jane Patient,,'\+15551234567,jane@example\.org,weekday mornings,,en,webchat,true,2025-03-01T09:59:00\.000Z$/,
    );
    // The quoted multi-line message spans two physical lines, as RFC 4180 allows.
    expect(stdout).toContain(
      `,"'=HYPERLINK(""http://evil.example"",""click"")",Rosa Martínez,'+447700900123,,"after 5pm, not Fridays","Line one\nsaid ""hello""\u001b[31m",es,webchat,true,`,
    );
    expect(stdout).toMatch(/,Sam Later,,'\+15551234567,jane@example\.org,weekday mornings,,en,webchat,false,\r\n$/);
  });

  it('export --csv --excel starts with a UTF-8 byte-order mark and writes US phones as a dialer takes them', async () => {
    const { code, stdout } = await run('export', '--csv', '--excel');
    expect(code).toBe(EXIT.ok);
    expect(stdout.startsWith('\uFEFFid,createdAt,name,patientName,phone,')).toBe(true);
    const lines = stdout.slice(1).split('\r\n');
    expect(lines[1]).toContain(',Jane Patient,,(555) 123-4567,jane@example.org,');
    // Not a North American number: international, still defused (Excel reads a leading + as a formula).
    expect(stdout).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",Rosa Martínez,'+44 7700 900123,`);
    // The safe default is unchanged: no byte-order mark, E.164 behind an apostrophe.
    expect((await run('export', '--csv')).stdout.startsWith('id,')).toBe(true);
  });

  it('export --csv --excel keeps accented names and phone extensions readable', async () => {
    const db = await openSqliteDatabase(dataDir);
    try {
      await new SqlInquiryStore(db.db).save({
        ...base,
        activityId: 'act-4',
        name: 'José Núñez-Peña',
        phone: '+17135550123;ext=4',
      });
    } finally {
      await db.close();
    }
    const out = path.join(tmp.dir, 'excel.csv');
    expect((await run('export', '--csv', '--excel', '--out', out)).code).toBe(EXIT.ok);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(',José Núñez-Peña,,(713) 555-0123 ext. 4,');
  });

  it('export --csv --since --out writes only matching rows to an owner-only file', async () => {
    const out = path.join(tmp.dir, 'export.csv');
    const { code, stdout, stderr } = await run('export', '--csv', '--since', '2025-03-03T00:00:00Z', '--out', out);
    expect([code, stdout]).toEqual([EXIT.ok, '']);
    expect(stderr).toContain('wrote 1 inquiry to');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Sam Later');
    if (process.platform !== 'win32') expect(statSync(out).mode & 0o077).toBe(0);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /missing command/],
    [['list', '--since', 'yesterday'], /--since must be YYYY-MM-DD/],
    [['list', '--since', '2025-02-30'], /--since must be YYYY-MM-DD/],
    [['list', '--since'], /--since/],
    [['list', '--verbose'], /--verbose/],
    [['list', '--csv'], /use export for CSV/],
    [['list', '--excel'], /use export for CSV/],
    [['export'], /export needs a format: --csv/],
    [['list', 'extra'], /unexpected argument "extra"/],
  ])('exits 2 with usage on stderr for %j', async (argv, reason) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr).toContain('Usage: npm run inquiries -- <command> [options]');
  });

  it('--help prints usage on stdout and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('export --csv [--excel] [--out FILE] [--since DATE]');
  });

  it('exits 1 without creating a database when DATA_DIR has none', async () => {
    dataDir = path.join(tmp.dir, 'wrong-dir');
    const { code, stdout, stderr } = await run('list');
    expect([code, stdout]).toEqual([EXIT.failure, '']);
    expect(stderr).toMatch(/^\[inquiries\] no database at .*wrong-dir.*; check DATA_DIR/);
    expect(existsSync(dataDir)).toBe(false);
  });
});
