import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATA_KEY } from '../helpers/dataKey.js';
import { loadConfig } from '../../src/config.js';
import { buildTeamsPackage } from '../../src/teams/packageApp.js';
import { type Json, knowledgeCopy } from '../helpers/knowledgeCopy.js';
import { makeTempDir } from '../helpers/tempDir.js';

/** The zip's files by name. */
function readZip(data: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(data)).map(([name, bytes]) => [name, Buffer.from(bytes)]));
}

/** Alpha values of an RGBA image, and how many non-transparent pixels are not white. */
function pixels(png: PNG): { alphas: number[]; coloured: number } {
  const alphas: number[] = [];
  let coloured = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    alphas.push(png.data[i + 3]!);
    const white = png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
    if (png.data[i + 3] !== 0 && !white) coloured++;
  }
  return { alphas, coloured };
}

const BOT_ID = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const env = {
  MicrosoftAppId: BOT_ID,
  TEAMS_WEBSITE_URL: 'https://www.example-hospital.org',
  TEAMS_PRIVACY_URL: 'https://www.example-hospital.org/privacy',
};
const root = path.resolve('.');

describe('npm run teams:package', () => {
  let out: { dir: string; remove: () => Promise<void> };

  beforeEach(async () => {
    out = await makeTempDir('teams-package-');
  });
  afterEach(async () => {
    await out.remove();
  });

  it('writes a zip with manifest.json and both icons at its root', () => {
    const { outFile } = buildTeamsPackage({ env, rootDir: root, outFile: path.join(out.dir, 'app.zip') });
    const files = readZip(readFileSync(outFile));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('produces a manifest Teams accepts: required fields, the configured bot id, limits, scopes', () => {
    const { outFile } = buildTeamsPackage({ env, rootDir: root, outFile: path.join(out.dir, 'app.zip') });
    const files = readZip(readFileSync(outFile));
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}');

    const schemaVersion = /\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema)?.[1];
    expect(schemaVersion).toBe(manifest.manifestVersion);
    expect(Number(schemaVersion?.split('.')[1])).toBeGreaterThanOrEqual(17);
    for (const field of [
      '$schema',
      'manifestVersion',
      'version',
      'id',
      'developer',
      'name',
      'description',
      'icons',
      'accentColor',
    ]) {
      expect(manifest[field], field).toBeDefined();
    }
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);

    // The same id the server authenticates with (MicrosoftAppId), for the app and its bot.
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.bots[0].scopes.sort()).toEqual(['groupChat', 'personal', 'team']);

    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.developer.name.length).toBeLessThanOrEqual(32);
    expect(manifest.name.short).toBe('Vertebroplasty Helper');
    expect(manifest.developer.name).toBe('Memorial Hermann');
    expect(manifest.description.full).toContain('call 911');
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    for (const url of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'])
      expect(manifest.developer[url]).toMatch(/^https:\/\//);
    expect(manifest.developer.privacyUrl).toBe('https://www.example-hospital.org/privacy');
    expect(manifest.developer.termsOfUseUrl).toBe('https://www.example-hospital.org');
    for (const list of manifest.bots[0].commandLists ?? []) {
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('ships a 192×192 opaque colour icon and a 32×32 white-on-transparent outline icon', () => {
    const { outFile, manifest } = buildTeamsPackage({ env, rootDir: root, outFile: path.join(out.dir, 'app.zip') });
    const files = readZip(readFileSync(outFile));
    const icons = manifest.icons as { color: string; outline: string };

    const color = PNG.sync.read(files.get(icons.color) as Buffer);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(pixels(color).alphas.every((a) => a === 255)).toBe(true);

    const outline = PNG.sync.read(files.get(icons.outline) as Buffer);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const { alphas, coloured } = pixels(outline);
    expect(coloured).toBe(0);
    expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(100);
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(100);
  });

  it('names MicrosoftAppId when it is missing or not a GUID, without echoing the value', () => {
    expect(() =>
      buildTeamsPackage({
        env: { TEAMS_WEBSITE_URL: env.TEAMS_WEBSITE_URL },
        rootDir: root,
        outFile: path.join(out.dir, 'a.zip'),
      }),
    ).toThrow(/MicrosoftAppId: is required/);
    let message = '';
    try {
      buildTeamsPackage({
        env: { ...env, MicrosoftAppId: 'my-bot-name-7781' },
        rootDir: root,
        outFile: path.join(out.dir, 'a.zip'),
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/MicrosoftAppId: must be the Azure Bot's Microsoft App ID/);
    expect(message).not.toContain('my-bot-name-7781');
  });

  it('refuses names longer than Teams allows', () => {
    const knowledge = knowledgeCopy({
      'organization.json': (j: Json) => (j.botName = 'The Very Helpful Vertebroplasty Question Answerer'),
    });
    try {
      expect(() =>
        buildTeamsPackage({
          env: { ...env, KNOWLEDGE_DIR: knowledge.dir },
          rootDir: root,
          outFile: path.join(out.dir, 'a.zip'),
        }),
      ).toThrow(/name\.short: is 49 characters, Teams allows 30/);
    } finally {
      knowledge.remove();
    }
  });

  it('packages for the same app id the server uses', () => {
    const config = loadConfig({
      MicrosoftAppId: BOT_ID,
      MicrosoftAppPassword: 'x',
      HOST: '127.0.0.1',
      DATA_KEY: TEST_DATA_KEY,
    });
    const { manifest } = buildTeamsPackage({ env, rootDir: root, outFile: path.join(out.dir, 'app.zip') });
    expect(manifest.id).toBe(config.auth.appId);
  });
});
