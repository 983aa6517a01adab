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

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(EXIT.failure);
}
process.exitCode = await runInquiriesCli(process.argv.slice(2), {
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  dataKey: config.dataKey,
  retentionDays: config.inquiryRetentionDays,
  stdout: process.stdout,
  stderr: process.stderr,
});
