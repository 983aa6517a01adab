import { z } from 'zod';
import type { Organization } from '../domain/knowledge.js';

/** Teams' limits (app manifest schema v1.19) that a long organization name could break. */
export const LIMITS = {
  shortName: 30,
  fullName: 100,
  shortDescription: 80,
  fullDescription: 4000,
  developerName: 32,
} as const;

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const httpsUrl = z
  .string()
  .url()
  .refine((v) => v.startsWith('https://'), 'must start with https://');

const envSchema = z.object({
  MicrosoftAppId: z.string().trim().regex(GUID, "must be the Azure Bot's Microsoft App ID (a GUID)"),
  TEAMS_WEBSITE_URL: httpsUrl,
  TEAMS_PRIVACY_URL: httpsUrl.optional(),
  TEAMS_TERMS_URL: httpsUrl.optional(),
});

/** Variables only `npm run teams:package` reads (the server's own are in src/config.ts). */
export const TEAMS_PACKAGE_VARIABLES: readonly string[] = ['TEAMS_WEBSITE_URL', 'TEAMS_PRIVACY_URL', 'TEAMS_TERMS_URL'];

export interface ManifestValues {
  readonly botId: string;
  readonly version: string;
  readonly organizationName: string;
  readonly botName: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsOfUseUrl: string;
}

export class TeamsPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`[teams:package] Cannot build the Teams app package:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}

/**
 * The values the template needs. The bot id comes from MicrosoftAppId (the same id the
 * server authenticates with, so Teams talks to this bot); names from organization.json.
 * Errors name the variable, never its value.
 */
export function manifestValues(
  env: Record<string, string | undefined>,
  organization: Organization,
  version: string,
): ManifestValues {
  const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
  const parsed = envSchema.safeParse({
    MicrosoftAppId: blank(env.MicrosoftAppId),
    TEAMS_WEBSITE_URL: blank(env.TEAMS_WEBSITE_URL),
    TEAMS_PRIVACY_URL: blank(env.TEAMS_PRIVACY_URL),
    TEAMS_TERMS_URL: blank(env.TEAMS_TERMS_URL),
  });
  if (!parsed.success) {
    throw new TeamsPackageError(
      parsed.error.issues.map(
        (i) =>
          `${i.path.join('.')}: ${i.code === 'invalid_type' ? 'is required' : i.message.replace(/^Invalid URL$/, 'must be a URL')}`,
      ),
    );
  }
  const e = parsed.data;
  return {
    botId: e.MicrosoftAppId.toLowerCase(),
    version,
    organizationName: organization.name,
    botName: organization.botName,
    websiteUrl: e.TEAMS_WEBSITE_URL,
    privacyUrl: e.TEAMS_PRIVACY_URL ?? e.TEAMS_WEBSITE_URL,
    termsOfUseUrl: e.TEAMS_TERMS_URL ?? e.TEAMS_WEBSITE_URL,
  };
}

/** Fills `{{name}}` placeholders inside the template's strings (after parsing, so values need no escaping). */
export function fillManifest(templateJson: string, values: ManifestValues): Record<string, unknown> {
  const lookup = values as unknown as Record<string, string>;
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => {
        const value = lookup[key];
        if (value === undefined)
          throw new TeamsPackageError([`manifest.template.json: unknown placeholder ${placeholder}`]);
        return value;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  return fill(JSON.parse(templateJson)) as Record<string, unknown>;
}

/** Checks Teams would reject before upload: lengths, version format, ids. */
export function checkManifest(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const length = (value: unknown, max: number, field: string) => {
    if (typeof value !== 'string' || value.length === 0) problems.push(`${field}: is required`);
    else if (value.length > max) problems.push(`${field}: is ${value.length} characters, Teams allows ${max}`);
  };
  length(at(manifest, 'name', 'short'), LIMITS.shortName, 'name.short');
  length(at(manifest, 'name', 'full'), LIMITS.fullName, 'name.full');
  length(at(manifest, 'description', 'short'), LIMITS.shortDescription, 'description.short');
  length(at(manifest, 'description', 'full'), LIMITS.fullDescription, 'description.full');
  length(at(manifest, 'developer', 'name'), LIMITS.developerName, 'developer.name');
  if (typeof manifest.version !== 'string' || !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(manifest.version)) {
    problems.push('version: must be MAJOR.MINOR.PATCH (package.json "version")');
  }
  if (typeof manifest.id !== 'string' || !GUID.test(manifest.id)) problems.push('id: must be a GUID');
  const bots: unknown[] = Array.isArray(manifest.bots) ? manifest.bots : [];
  if (bots.length !== 1 || at(bots[0], 'botId') !== manifest.id) problems.push('bots[0].botId: must equal the app id');
  return problems;
}

/** A nested field of parsed JSON, or undefined when any step is missing. */
function at(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const key of keys) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}
