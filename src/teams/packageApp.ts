import { zipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadOrganization } from '../domain/knowledge.js';
import { TeamsPackageError, checkManifest, fillManifest, manifestValues } from './manifest.js';

/** Teams' required icon sizes. */
export const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 } as const;

export interface PackageOptions {
  readonly env: Record<string, string | undefined>;
  /** Project folder holding package.json, appPackage/ and the knowledge folder. */
  readonly rootDir: string;
  /** Defaults to dist/teams/vertebroplasty-bot.zip under rootDir. */
  readonly outFile?: string;
}

export interface PackageResult {
  readonly outFile: string;
  readonly manifest: Record<string, unknown>;
}

/**
 * Builds the Teams app package (manifest.json + two icons at the zip's root) that an
 * admin uploads in Teams or the Developer Portal. Everything is checked before the file
 * is written, so a bad package never reaches Teams' less helpful validator.
 */
export function buildTeamsPackage(options: PackageOptions): PackageResult {
  const { env, rootDir } = options;
  const appDir = path.join(rootDir, 'appPackage');
  const version = (JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8')) as { version: string }).version;
  const organization = loadOrganization(path.resolve(rootDir, env.KNOWLEDGE_DIR?.trim() || 'knowledge'));
  const values = manifestValues(env, organization, version);
  const manifest = fillManifest(readFileSync(path.join(appDir, 'manifest.template.json'), 'utf8'), values);

  const problems = checkManifest(manifest);
  const icons = Object.entries(ICON_SIZES).map(([name, size]) => {
    const data = readFileSync(path.join(appDir, name));
    const actual = pngSize(data);
    if (!actual) problems.push(`appPackage/${name}: is not a PNG file`);
    else if (actual.width !== size || actual.height !== size)
      problems.push(`appPackage/${name}: is ${actual.width}x${actual.height}, Teams needs ${size}x${size}`);
    return { name, data };
  });
  if (problems.length > 0) throw new TeamsPackageError(problems);

  const outFile = options.outFile ?? path.join(rootDir, 'dist', 'teams', 'vertebroplasty-bot.zip');
  mkdirSync(path.dirname(outFile), { recursive: true });
  const files: Record<string, Uint8Array> = { 'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
  for (const { name, data } of icons) files[name] = data;
  writeFileSync(outFile, zipSync(files, { level: 9 }));
  return { outFile, manifest };
}

/** Width and height from a PNG's IHDR chunk, or undefined when it is not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (
    data.length < 24 ||
    data.subarray(0, 8).toString('hex') !== signature ||
    data.subarray(12, 16).toString('ascii') !== 'IHDR'
  )
    return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
