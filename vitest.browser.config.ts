import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: the widget and embed in headless Chromium (/usr/bin/chromium or
 * CHROMIUM_PATH; `apt-get install -y chromium`). One file at a time: each starts a browser.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
