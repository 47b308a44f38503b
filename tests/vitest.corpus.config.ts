import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Corpus tests read ../shared (present in CI, absent from a user's clone): kept out of `npm test`.
export default defineConfig({
  root,
  test: {
    name: 'corpus',
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 900_000,
  },
});
