/**
 * Safe to use and safe to host: the site is served with its production headers (the test server
 * applies dist/_headers), and no page breaks its Content-Security-Policy, sets a cookie or stores
 * anything beyond saved offline pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { templateUrls } from './templates';

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('every template is served with the security headers', async ({ request }) => {
  for (const { url } of templateUrls()) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers['content-security-policy'], url).toContain("default-src 'self'");
    expect(headers['content-security-policy'], url).not.toContain('wasm-unsafe-eval');
    expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy'], url).toBe('no-referrer');
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['permissions-policy'], url).toContain('geolocation=()');
    expect(headers['strict-transport-security'], url).toContain('max-age=');
    expect(headers['set-cookie'], url).toBeUndefined();
  }
  const worker = await request.get('/pagefind/pagefind-worker.js');
  expect(worker.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
});

test('no template breaks the Content-Security-Policy, searching included', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const { url } of templateUrls()) {
    await page.goto(url);
    if (url.endsWith('/zoeken/') || /^\/[a-z-]+\/$/.test(url)) {
      await page.locator('#search-input').fill('school');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    }
    const recorded = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect(recorded, url).toEqual([]);
  }
  expect(violations).toEqual([]);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('saving a language works under the Content-Security-Policy and stores nothing else', async ({ page, context }) => {
    const violations = await watchViolations(page);
    await page.goto('/nl/offline/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.locator('[data-save]').click();
    await expect(page.locator('[data-remove]')).toBeVisible({ timeout: 60_000 });
    await page.goto('/nl/zoeken/');
    await page.locator('#search-input').fill('tandarts');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    expect(violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).map((name) => name.replace(/-[0-9a-f]{10}$/, '')).sort(),
    }));
    expect(storage).toEqual({ local: 0, session: 0, databases: 0, caches: ['core', 'pack-nl', 'visited'] });
  });
});
