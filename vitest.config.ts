import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests start real processes and build a database; they need more than the 5 s default.
    testTimeout: 60_000,
    // Set-up hooks build databases from the examples too; a loaded machine must not fail them at 10 s.
    hookTimeout: 120_000,
  },
});
