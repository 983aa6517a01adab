import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * `npm test`: everything that needs only Node. The browser tests (tests/browser, a real
 * Chromium) run under `npm run test:browser` with vitest.browser.config.ts.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Need a browser (`npm run test:browser`) or a PostgreSQL server (`npm run test:pg`).
    exclude: ['tests/browser/**', 'tests/postgres/**', '**/node_modules/**'],
    environment: 'node',
    // Conversation and HTTP tests start real servers and SQLite files; keep them in separate forks.
    pool: 'forks',
    // Each fork imports botbuilder and the bot once for all its test files instead of once per file (about 3x
    // less import time). Tests share no module state: every test builds its own bot, storage and server.
    isolate: false,
    // Vitest's default leaves a core free: on a 2-core machine that is one fork, about twice as slow.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    // Vitest keeps each transformed module on disk (node_modules/.experimental-vitest-cache), keyed by its content:
    // a rerun skips the TypeScript transform and much of the import time (about 40 s to 32 s for the suite).
    experimental: { fsModuleCache: true },
    hookTimeout: 60_000,
  },
});
