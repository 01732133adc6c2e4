import { defineConfig } from 'vitest/config';

// End-to-end: playwright-core drives Debian Chromium against the built renderer (dist/renderer).
// One file at a time: the machine has two cores and each file starts its own browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
