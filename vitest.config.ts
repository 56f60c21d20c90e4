import { defineConfig } from 'vitest/config';

/**
 * Three kinds of tests:
 * - unit: pure functions and the content itself (no build needed);
 * - builds: builds of small fixture sites, to prove that bad content fails with a clear message
 *   and that drafts appear only in the review build;
 * - site: checks over every page of the built site in dist/ (run `npm run build` first).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'builds', include: ['tests/builds/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 300_000 } },
    ],
  },
});
