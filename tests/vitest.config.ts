import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        // Generous timeout: a shared 2-core machine under load makes jsdom runs slow, and speed is the benchmarks' job.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // Firefox ESR with the Firefox build (npm run build:firefox); one browser at a time, like the Chromium tests.
        test: { name: 'firefox', include: ['tests/firefox/**/*.test.ts'], environment: 'node', testTimeout: 90_000, hookTimeout: 90_000, fileParallelism: false },
      },
    ],
  },
});
