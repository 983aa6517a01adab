import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Conversation and HTTP tests start real servers and SQLite files; keep them in separate forks.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
