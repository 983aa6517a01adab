/**
 * `npm run teams:package`: writes dist/teams/vertebroplasty-bot.zip for Teams.
 * Needs MicrosoftAppId and TEAMS_WEBSITE_URL (environment or .env); see docs/channels.md.
 */
import { config as loadDotenv } from 'dotenv';
import path from 'node:path';
import { buildTeamsPackage } from '../teams/packageApp.js';

loadDotenv({ quiet: true });
try {
  const { outFile, manifest } = buildTeamsPackage({ env: process.env, rootDir: process.cwd() });
  process.stdout.write(
    `Teams app package written: ${path.relative(process.cwd(), outFile)} (bot id ${String(manifest.id)}, version ${String(manifest.version)})\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
