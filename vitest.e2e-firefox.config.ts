import { defineConfig } from 'vitest/config';

/** Firefox ESR e2e (`npm run test:e2e:firefox`): the shared bodies driven by puppeteer-core. */
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
