import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI runs compiled (dist/): build it from the current sources before any test starts.
    // The run's temporary files go into one folder, removed at the end.
    globalSetup: ['tests/build-dist.ts', 'tests/temp-root.ts'],
    // A test file's processes end with it, even when a failure skipped its own clean-up.
    setupFiles: ['tests/stray-processes.ts'],
    // CLI tests start real processes and build a database; they need more than the 5 s default.
    testTimeout: 60_000,
    // Set-up hooks build databases from the examples too; a loaded machine must not fail them at 10 s.
    hookTimeout: 120_000,
  },
});
