import { defineConfig } from 'vitest/config';

// Unit tests: shared/ domain, renderer store, electron main modules, CLI — all in plain Node.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
