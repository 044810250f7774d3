import { defineConfig } from 'vitest/config';

// Real-browser tests: Chromium (Debian package) driven by playwright-core against
// `mega serve --demo` started once for the run.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 100 } },
    reporters: ['default'],
  },
});
