import { defineConfig } from 'vitest/config';

/**
 * The PostgreSQL tests (`npm run test:pg`): they need DATABASE_URL pointing at a server
 * where they may create and drop databases; `scripts/with-postgres.sh` starts a throwaway
 * one, and `.ci/run` always runs them that way. `npm test` leaves them out and says so.
 */
export default defineConfig({
  test: {
    include: ['tests/postgres/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
