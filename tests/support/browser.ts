/**
 * Which Chromium to use. Playwright cannot download its own browser on our machines, so a system
 * Chromium is used when there is one: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium.
 * Elsewhere Playwright's own Chromium is used (after `npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumExecutable(): LaunchOptions {
  const explicit = process.env['CHROMIUM_PATH'];
  if (explicit) return { executablePath: explicit, args: CHROMIUM_ARGS };
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return system ? { executablePath: system, args: CHROMIUM_ARGS } : {};
}

/** Keep Chromium from calling home: the machines have no internet, and tests count requests. */
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
