import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Need a PostgreSQL server: `npm run test:pg` (vitest.pg.config.ts).
    exclude: ['tests/postgres/**', 'node_modules/**'],
    environment: 'node',
    // Conversation and HTTP tests start real servers and SQLite files; keep them in separate forks.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
