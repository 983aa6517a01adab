import { describe, expect, it } from 'vitest';
import { TEST_DATA_KEY } from './helpers/dataKey.js';
import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config.js';
import { TEAMS_PACKAGE_VARIABLES } from '../src/teams/manifest.js';

describe('config', () => {
  it('defaults to local mode on loopback port 3978', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      localMode: true,
      dataDir: 'data',
      knowledgeDir: 'knowledge',
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats empty strings as unset', () => {
    const c = loadConfig({ PORT: '', MicrosoftAppId: '', MicrosoftAppPassword: '', LOG_LEVEL: '' });
    expect(c.port).toBe(3978);
    expect(c.localMode).toBe(true);
  });

  it('listens on all interfaces once credentials are set', () => {
    const c = loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'pw', DATA_KEY: TEST_DATA_KEY });
    expect(c.localMode).toBe(false);
    expect(c.host).toBe('0.0.0.0');
  });

  // [environment, variable the error must name]
  const bad: Array<[Record<string, string>, string]> = [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MicrosoftAppId: 'app-id' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ ALLOW_REMOTE_WITHOUT_AUTH: 'perhaps' }, 'ALLOW_REMOTE_WITHOUT_AUTH'],
    [{ DIRECT_LINE_TOKEN_URL: 'not a url' }, 'DIRECT_LINE_TOKEN_URL'],
    [{ DATABASE_URL: 'mysql://user:hunter2secret@db/bot' }, 'DATABASE_URL'],
    [{ DATABASE_POOL_SIZE: '1' }, 'DATABASE_POOL_SIZE'],
    [
      { INQUIRY_WEBHOOK_URL: 'http://crm.example.org/hook', INQUIRY_WEBHOOK_SECRET: 'x'.repeat(40) },
      'INQUIRY_WEBHOOK_URL',
    ],
    [{ INQUIRY_WEBHOOK_URL: 'https://crm.example.org/hook' }, 'INQUIRY_WEBHOOK_SECRET'],
    [
      { INQUIRY_WEBHOOK_URL: 'https://crm.example.org/hook', INQUIRY_WEBHOOK_SECRET: 'too-short-secret' },
      'INQUIRY_WEBHOOK_SECRET',
    ],
    // Production mode holds real patients' details: no start without an encryption key.
    [{ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'pw' }, 'DATA_KEY'],
    [{ DATA_KEY: 'k1:c2hvcnQta2V5LW5vdC0zMi1ieXRlcw==' }, 'DATA_KEY'],
    [{ DATA_KEY: 'just-some-secret-text' }, 'DATA_KEY'],
    [{ STATE_TTL: 'forever' }, 'STATE_TTL'],
    [{ INQUIRY_RETENTION_DAYS: '0' }, 'INQUIRY_RETENTION_DAYS'],
    [{ BOT_OPENID_METADATA_URL: 'http://identity.example.org/openid' }, 'BOT_OPENID_METADATA_URL'],
    [{ RATE_LIMIT_MESSAGES_PER_MINUTE: 'lots' }, 'RATE_LIMIT_MESSAGES_PER_MINUTE'],
    [{ ANSWER_CACHE_SIZE: '0' }, 'ANSWER_CACHE_SIZE'],
  ];

  it('reads PostgreSQL and webhook settings; without them SQLite and no hand-off', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: undefined, databasePoolSize: 10, webhook: undefined });
    const c = loadConfig({
      DATABASE_URL: 'postgres://bot:pw@db.internal:5432/bot',
      INQUIRY_WEBHOOK_URL: 'https://crm.example.org/hook',
      INQUIRY_WEBHOOK_SECRET: 's'.repeat(32),
    });
    expect(c.databaseUrl).toBe('postgres://bot:pw@db.internal:5432/bot');
    expect(c.webhook).toEqual({ url: 'https://crm.example.org/hook', secret: 's'.repeat(32) });
  });
  it.each(bad)('rejects %j naming %s, never the value', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(variable);
    for (const value of Object.values(env)) if (value.length > 4) expect(message).not.toContain(value);
  });

  it('reads durations and keeps the documented defaults', () => {
    const c = loadConfig({});
    expect(c.stateTtlMs).toBe(86_400_000);
    expect(c.inquiryRetentionDays).toBe(30);
    expect(c.answerCacheSize).toBe(2000);
    expect(c.dataKey).toBeUndefined();
    expect(loadConfig({ STATE_TTL: '90' }).stateTtlMs).toBe(90_000);
    expect(loadConfig({ STATE_TTL: '12h' }).stateTtlMs).toBe(43_200_000);
  });

  it('lets an operator opt out of loopback-only local mode explicitly', () => {
    const c = loadConfig({ HOST: '0.0.0.0', ALLOW_REMOTE_WITHOUT_AUTH: 'true' });
    expect(c.host).toBe('0.0.0.0');
    expect(c.allowRemoteWithoutAuth).toBe(true);
  });

  it('documents every variable in .env.example, and nothing else', () => {
    const documented = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((l) => /^[A-Za-z_]+=/.test(l))
      .map((l) => l.split('=')[0]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES, ...TEAMS_PACKAGE_VARIABLES].sort());
  });

  it('accepts the example file as it is', () => {
    const env: Record<string, string> = Object.fromEntries(
      readFileSync('.env.example', 'utf8')
        .split('\n')
        .filter((l) => /^[A-Za-z_]+=/.test(l))
        .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    expect(loadConfig(env).localMode).toBe(true);
  });
});
