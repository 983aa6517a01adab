// `npm run test:pg`: the PostgreSQL tests (vitest.pg.config.ts). They need DATABASE_URL;
// `scripts/with-postgres.sh npm run test:pg` provides a throwaway server.
// With --if-configured (the end of `npm test`), a missing DATABASE_URL is not an error:
// the script says the PostgreSQL tests were not run and exits 0.
import { spawnSync } from 'node:child_process';

const optional = process.argv.includes('--if-configured');
if (!process.env.DATABASE_URL) {
  const message =
    'PostgreSQL tests NOT run: DATABASE_URL is not set. Run them with `scripts/with-postgres.sh npm run test:pg` (.ci/run always does).';
  process.stderr.write(`\n${message}\n`);
  process.exit(optional ? 0 : 1);
}
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.pg.config.ts'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
