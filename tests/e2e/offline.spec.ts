/**
 * Offline first: a visited page opens without a connection, a saved language opens and searches
 * offline, an unsaved page shows the "no internet" page in the reader's language, and an update
 * is offered (never forced) and fetches only what changed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve';
import { locales } from '../../src/config';
import { buildOfflineFiles } from '../../src/integrations/service-worker';

test.use({ serviceWorkers: 'allow' });

/** Load a page and wait until the service worker controls it. */
async function controlled(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

async function saveLanguage(page: Page, locale: string) {
  await page.goto(`/${locale}/offline/`);
  const button = page.locator('[data-save]');
  await expect(button).toBeVisible();
  await expect(button).toContainText(/MB|kB/);
  await button.click();
  await expect(page.locator('[data-remove]')).toBeVisible({ timeout: 60_000 });
}

test('a visited page opens offline and says it is a saved copy', async ({ page, context }) => {
  await controlled(page, '/nl/zorg/tandarts/');
  await expect(page.locator('.saved-copy-notice')).toBeHidden();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Naar de tandarts');
  await expect(page.locator('.saved-copy-notice')).toBeVisible();
  await expect(page.locator('[data-saved-on]')).toContainText('2');
  await expect(page.locator('.saved-copy-notice')).toContainText('Laatst gecontroleerd');
});

test('an unsaved page offline shows the no-internet page in the reader’s language', async ({ page, context }) => {
  await controlled(page, '/ar/');
  await context.setOffline(true);
  await page.goto('/ar/onderwijs/mbo/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('h1')).toHaveText('لا يوجد إنترنت');
});

test('a saved language opens unvisited pages and searches offline', async ({ page, context }) => {
  await controlled(page, '/nl/');
  await saveLanguage(page, 'nl');
  await expect(page.locator('[data-save-status]')).toContainText('opgeslagen');
  await context.setOffline(true);
  await page.goto('/nl/onderwijs/mbo/');
  await expect(page.locator('h1')).toContainText('mbo');
  await page.goto('/nl/zoeken/');
  await page.locator('#search-input').fill('tandarts');
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  const top = await page.locator('[data-search-results] li a').evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
  expect(top).toContain('/nl/zorg/tandarts/');
});

test('a saved language can be removed again', async ({ page }) => {
  await controlled(page, '/en/');
  await saveLanguage(page, 'en');
  await page.locator('[data-remove]').click();
  await expect(page.locator('[data-remove]')).toBeHidden();
  const packs = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('pack-en-')));
  expect(packs).toEqual([]);
});

test('the web app manifest makes the site installable in the reader’s language', async ({ page, request }) => {
  await page.goto('/ar/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl', start_url: '/ar/', display: 'standalone' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

test('an update is offered, not forced, and fetches only the files that changed', async ({ browser }) => {
  // A private copy of the small fixture build that this test can change.
  const root = mkdtempSync(path.join(tmpdir(), 'wegwijzer-update-'));
  cpSync('dist-fixture', root, { recursive: true });
  const server = await serve({ root });
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    await controlled(page, '/nl/zorg/dokter/');
    await saveLanguage(page, 'nl');

    // Version B: one page changes.
    const changed = path.join(root, 'nl/zorg/dokter/index.html');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Naar de dokter</h1>', 'Naar de dokter (nieuw)</h1>'));
    await buildOfflineFiles(root, locales);

    const fetchedByWorker: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) fetchedByWorker.push(new URL(request.url()).pathname);
    });
    await page.goto('/nl/zorg/dokter/');
    // Online, pages come from the network first: the changed text shows at once.
    await expect(page.locator('h1')).toHaveText('Naar de dokter (nieuw)');
    const banner = page.locator('[data-update-banner]');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    // Offered, not forced: the new version waits until the reader accepts the reload.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    const packFiles = JSON.parse(readFileSync(path.join(root, 'offline/nl.json'), 'utf8')).files.map((f: { url: string }) => f.url);
    // The worker fetched the page once for the reader (network first) and once for the saved
    // language; it fetched no other file of the saved language.
    expect([...new Set(fetchedByWorker.filter((url) => packFiles.includes(url)))]).toEqual(['/nl/zorg/dokter/']);

    await banner.locator('button').click();
    await page.waitForEvent('load');
    // The new version took over: only its caches are left, the saved language included.
    const build = JSON.parse(readFileSync(path.join(root, 'offline/nl.json'), 'utf8')).build;
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('core-') || k.startsWith('pack-')).sort()))
      .toEqual([`core-${build}`, `pack-nl-${build}`]);
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
