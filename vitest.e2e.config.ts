import { defineConfig } from 'vitest/config';

/** Chromium e2e (`npm run test:e2e`); Firefox has its own (vitest.e2e-firefox.config.ts). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: ['tests/e2e/firefox/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
