import { defineConfig } from 'vitest/config';

// Three lanes (docs/decisions/0015-house-layout.md): `unit` runs pure code in-process and is the
// fast lane (`npm run test:fast`); `integration` runs real stores, loopback servers, worker threads
// and helper processes; `e2e` runs the `digestbot` CLI as a child process, as production does.
// Timeouts are failure bounds for a machine under load, not speed checks.
export default defineConfig({
  test: {
    globalSetup: ['test/helpers/global-setup.ts'],
    // Loopback servers and SQLite files are per test file; files run in parallel worker processes.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 120_000 } },
    ],
  },
});
