import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI runs compiled (dist/): build it from the current sources before any test starts.
    globalSetup: ['tests/build-dist.ts'],
    // CLI tests start real processes and build a database; they need more than the 5 s default.
    testTimeout: 60_000,
    // Set-up hooks build databases from the examples too; a loaded machine must not fail them at 10 s.
    hookTimeout: 120_000,
  },
});
