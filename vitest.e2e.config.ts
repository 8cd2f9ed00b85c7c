import { defineConfig } from 'vitest/config';

/** The browser test: run by `npm run test:e2e` and by .ci/run, which installs Debian's chromium first. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
