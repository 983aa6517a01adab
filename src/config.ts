import { z } from 'zod';
import { checkKeyring } from './storage/fieldCipher.js';

/** `90`, `90s`, `15m`, `12h` or `1d`; a bare number is seconds. */
const DURATION = /^\s*\d{1,9}\s*[smhd]?\s*$/;

/** Empty strings count as unset, so `FOO=` in `.env` falls back to the default (t3-env style). */
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).optional());

const booleanFlag = (fallback: boolean) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : String(v).trim().toLowerCase()),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .optional()
      .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v))),
  );

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((v) => (v === '' || v === undefined ? fallback : v), schema);

const schema = z
  .object({
    PORT: withDefault(z.coerce.number().int().min(0).max(65535), 3978),
    HOST: optionalString,
    LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
    KNOWLEDGE_DIR: withDefault(z.string().min(1), 'knowledge'),
    DATA_DIR: withDefault(z.string().min(1), 'data'),
    MAX_BODY_BYTES: withDefault(z.coerce.number().int().min(1024).max(10_485_760), 262_144),
    ANSWER_CACHE_SIZE: withDefault(z.coerce.number().int().min(1).max(100_000), 2000),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: withDefault(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']), 'MultiTenant'),
    MicrosoftAppTenantId: optionalString,
    ALLOW_REMOTE_WITHOUT_AUTH: booleanFlag(false),
    DIRECT_LINE_SECRET: optionalString,
    DIRECT_LINE_TOKEN_URL: withDefault(
      z.string().url(),
      'https://directline.botframework.com/v3/directline/tokens/generate',
    ),
    WIDGET_EMBED_ORIGINS: withDefault(z.string(), ''),
    DATABASE_URL: optionalString,
    DATABASE_POOL_SIZE: withDefault(z.coerce.number().int().min(2).max(200), 10),
    INQUIRY_WEBHOOK_URL: optionalString,
    INQUIRY_WEBHOOK_SECRET: optionalString,
    BOT_OPENID_METADATA_URL: optionalString,
    ALLOWED_HOSTS: withDefault(z.string(), ''),
    DATA_KEY: optionalString,
    STATE_TTL: withDefault(
      z.string().refine((v) => DURATION.test(v), 'must be a duration such as 3600, 30m, 12h or 1d'),
      '1d',
    ),
    INQUIRY_RETENTION_DAYS: withDefault(z.coerce.number().int().min(1).max(3650), 30),
    RATE_LIMIT_TOKENS_PER_MINUTE: withDefault(z.coerce.number().int().min(1).max(100_000), 20),
    RATE_LIMIT_DIRECTLINE_PER_MINUTE: withDefault(z.coerce.number().int().min(1).max(100_000), 300),
    RATE_LIMIT_MESSAGES_PER_MINUTE: withDefault(z.coerce.number().int().min(1).max(100_000), 30),
    RATE_LIMIT_INQUIRIES_PER_DAY: withDefault(z.coerce.number().int().min(1).max(1000), 2),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required when MicrosoftAppId is set',
      });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: 'is required for a single-tenant app (MicrosoftAppType)',
      });
    }
    // The Direct Line secret is sent to this URL: only over TLS, or to this machine in tests.
    const tokenUrl = URL.canParse(env.DIRECT_LINE_TOKEN_URL) ? new URL(env.DIRECT_LINE_TOKEN_URL) : undefined;
    if (
      tokenUrl &&
      tokenUrl.protocol !== 'https:' &&
      !(tokenUrl.protocol === 'http:' && isLoopbackHost(tokenUrl.hostname))
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['DIRECT_LINE_TOKEN_URL'],
        message: 'must be an https URL (http only for a loopback address)',
      });
    }
    if (env.DATABASE_URL !== undefined) {
      const url = URL.canParse(env.DATABASE_URL) ? new URL(env.DATABASE_URL) : undefined;
      if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) {
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_URL'],
          message: 'must be a postgres:// or postgresql:// connection URL',
        });
      }
    }
    if (env.INQUIRY_WEBHOOK_URL !== undefined) {
      const url = URL.canParse(env.INQUIRY_WEBHOOK_URL) ? new URL(env.INQUIRY_WEBHOOK_URL) : undefined;
      // Inquiries carry personal details: only over TLS, or to this machine in tests.
      if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)))) {
        ctx.addIssue({
          code: 'custom',
          path: ['INQUIRY_WEBHOOK_URL'],
          message: 'must be an https URL (http only for a loopback address)',
        });
      }
      if (env.INQUIRY_WEBHOOK_SECRET === undefined || env.INQUIRY_WEBHOOK_SECRET.length < 32) {
        ctx.addIssue({
          code: 'custom',
          path: ['INQUIRY_WEBHOOK_SECRET'],
          message: 'is required with INQUIRY_WEBHOOK_URL and must be at least 32 characters',
        });
      }
    }
    if (env.BOT_OPENID_METADATA_URL !== undefined && !isSecureUrl(env.BOT_OPENID_METADATA_URL)) {
      ctx.addIssue({
        code: 'custom',
        path: ['BOT_OPENID_METADATA_URL'],
        message: 'must be an https URL (http only for a loopback address)',
      });
    }
    if (env.DATA_KEY !== undefined) {
      const problem = checkKeyring(env.DATA_KEY);
      if (problem) ctx.addIssue({ code: 'custom', path: ['DATA_KEY'], message: problem });
    } else if (env.MicrosoftAppId) {
      // Production holds real patients' details: never store them in clear.
      ctx.addIssue({
        code: 'custom',
        path: ['DATA_KEY'],
        message: 'is required when MicrosoftAppId is set (see docs/security.md for the format)',
      });
    }
    for (const origin of splitList(env.WIDGET_EMBED_ORIGINS)) {
      if (parseOrigin(origin) === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['WIDGET_EMBED_ORIGINS'],
          message: 'must be a comma-separated list of https origins such as https://www.example.org',
        });
        break;
      }
    }
  });

/** Every variable the schema reads (documented one by one in `.env.example`). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

export interface Config {
  readonly port: number;
  /** Interface to listen on: loopback unless auth is configured or the operator opted out. */
  readonly host: string;
  readonly logLevel: string;
  readonly knowledgeDir: string;
  readonly dataDir: string;
  readonly maxBodyBytes: number;
  /** Questions answered outside the form whose triage and answer are kept in memory (Memo); 1: only the turn's own. */
  readonly answerCacheSize: number;
  /** Bot Framework credentials; `undefined` appId means local mode (Emulator, tests). */
  readonly auth: {
    readonly appId: string | undefined;
    readonly appPassword: string | undefined;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly tenantId: string | undefined;
  };
  /** True when no app id is set: anyone may call, so the server stays on loopback. */
  readonly localMode: boolean;
  /** Operator's explicit opt-out of the loopback-only guard in local mode. */
  readonly allowRemoteWithoutAuth: boolean;
  readonly directLine: { readonly secret: string | undefined; readonly tokenUrl: string };
  /** OpenID configuration for channel tokens; undefined means Azure's public cloud. */
  readonly botOpenIdMetadataUrl: string | undefined;
  /** Host names (besides loopback ones) the server answers to in local mode; guards against DNS rebinding. */
  readonly allowedHosts: readonly string[];
  /** Encryption keyring for personal fields at rest (see storage/fieldCipher.ts); undefined means none. */
  readonly dataKey: string | undefined;
  /** Idle conversation state (including an unfinished form) is deleted after this many milliseconds. */
  readonly stateTtlMs: number;
  readonly inquiryRetentionDays: number;
  readonly limits: {
    readonly tokensPerMinute: number;
    readonly directLinePerMinute: number;
    readonly messagesPerMinute: number;
    readonly inquiriesPerDay: number;
  };
  /** Origins (https://host[:port]) allowed to show the chat page in an iframe (CSP frame-ancestors). */
  readonly widget: { readonly embedOrigins: readonly string[] };
  /** PostgreSQL connection URL (shared store for several instances); undefined means SQLite in dataDir. */
  readonly databaseUrl: string | undefined;
  /** Connections per pool (each instance has one pool for turns and one for the rest). */
  readonly databasePoolSize: number;
  /** Where saved inquiries are delivered, and the HMAC key that signs them; undefined when off. */
  readonly webhook: { readonly url: string; readonly secret: string } | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`[config] Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once into a frozen, typed object. Error messages name the
 * variable and the rule, never the value (it may be a secret).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${describe(i)}`));
  }
  const e = parsed.data;
  const localMode = e.MicrosoftAppId === undefined;
  const host = e.HOST ?? (localMode && !e.ALLOW_REMOTE_WITHOUT_AUTH ? '127.0.0.1' : '0.0.0.0');
  if (localMode && !e.ALLOW_REMOTE_WITHOUT_AUTH && !isLoopbackHost(host)) {
    throw new ConfigError([
      'HOST: must be a loopback address when MicrosoftAppId is unset (local mode); set MicrosoftAppId/MicrosoftAppPassword, or ALLOW_REMOTE_WITHOUT_AUTH=true to opt out',
    ]);
  }
  return Object.freeze({
    port: e.PORT,
    host,
    logLevel: e.LOG_LEVEL,
    knowledgeDir: e.KNOWLEDGE_DIR,
    dataDir: e.DATA_DIR,
    maxBodyBytes: e.MAX_BODY_BYTES,
    answerCacheSize: e.ANSWER_CACHE_SIZE,
    auth: Object.freeze({
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    }),
    localMode,
    allowRemoteWithoutAuth: e.ALLOW_REMOTE_WITHOUT_AUTH,
    directLine: Object.freeze({ secret: e.DIRECT_LINE_SECRET, tokenUrl: e.DIRECT_LINE_TOKEN_URL }),
    botOpenIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    allowedHosts: Object.freeze(splitList(e.ALLOWED_HOSTS).map((h) => h.toLowerCase())),
    dataKey: e.DATA_KEY,
    stateTtlMs: parseDuration(e.STATE_TTL),
    inquiryRetentionDays: e.INQUIRY_RETENTION_DAYS,
    limits: Object.freeze({
      tokensPerMinute: e.RATE_LIMIT_TOKENS_PER_MINUTE,
      directLinePerMinute: e.RATE_LIMIT_DIRECTLINE_PER_MINUTE,
      messagesPerMinute: e.RATE_LIMIT_MESSAGES_PER_MINUTE,
      inquiriesPerDay: e.RATE_LIMIT_INQUIRIES_PER_DAY,
    }),
    widget: Object.freeze({
      embedOrigins: Object.freeze(splitList(e.WIDGET_EMBED_ORIGINS).map((o) => parseOrigin(o) as string)),
    }),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    webhook:
      e.INQUIRY_WEBHOOK_URL && e.INQUIRY_WEBHOOK_SECRET
        ? Object.freeze({ url: e.INQUIRY_WEBHOOK_URL, secret: e.INQUIRY_WEBHOOK_SECRET })
        : undefined,
  });
}

/** Milliseconds for a DURATION string. */
export function parseDuration(value: string): number {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/.exec(value);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[match?.[2] ?? ''] ?? 1;
  return Number(match?.[1] ?? 0) * unit * 1000;
}

function isSecureUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

function splitList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** `https://host[:port]` with no path, or undefined; http is accepted for loopback hosts only. */
function parseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
    if (
      !secure ||
      (url.pathname !== '/' && url.pathname !== '') ||
      url.search !== '' ||
      url.hash !== '' ||
      url.username !== ''
    )
      return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** zod messages can quote the received value; keep only the rule. */
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `must be a ${issue.expected}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
