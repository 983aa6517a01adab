/**
 * Staff CLI entry point: `npm run inquiries -- list | export --csv` (see USAGE).
 * All logic lives in `runInquiriesCli` so it can be tested in-process.
 */
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../config.js';
import { runInquiriesCli, EXIT } from './inquiriesCli.js';

// Not `import 'dotenv/config'`: dotenv 17 prints a banner on stdout unless quiet, which
// would corrupt `list --json` and CSV output piped to a file.
loadDotenv({ quiet: true });

// `npm run inquiries -- list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

let settings: { dataDir: string; databaseUrl: string | undefined };
try {
  const config = loadConfig();
  settings = { dataDir: config.dataDir, databaseUrl: config.databaseUrl };
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(EXIT.failure);
}
process.exitCode = await runInquiriesCli(process.argv.slice(2), { ...settings, stdout: process.stdout, stderr: process.stderr });
