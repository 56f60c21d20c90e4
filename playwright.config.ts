import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/support/browser';
import { FIXTURE_PORT, SITE_PORT } from './tests/support/ports';

/**
 * Browser tests on the built site (`dist/`, from `npm run build`) and on a small fixture build
 * (`dist-fixture/`, from `npm run build:fixture`) that has drafts, missing and outdated
 * translations. Both are served with their production headers by scripts/serve.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    viewport: { width: 360, height: 740 },
    launchOptions: chromiumExecutable(),
    // Most tests must not depend on what a service worker cached in an earlier test.
    serviceWorkers: 'block',
  },
  webServer: [
    { command: `tsx scripts/serve.ts dist --port ${SITE_PORT} --fast`, url: `http://127.0.0.1:${SITE_PORT}/`, reuseExistingServer: !process.env['CI'] },
    { command: `tsx scripts/serve.ts dist-fixture --port ${FIXTURE_PORT} --fast`, url: `http://127.0.0.1:${FIXTURE_PORT}/`, reuseExistingServer: !process.env['CI'] },
  ],
});
