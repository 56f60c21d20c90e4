/**
 * The Foundation: every template in Dutch, English and Arabic renders with the right language
 * and direction, fits a 360 px screen, works without JavaScript, keeps the page when switching
 * language, and loads nothing from anywhere but this site.
 */
import { expect, test } from '@playwright/test';
import { layoutProblems } from '../support/layout';
import { templateUrls } from './templates';

const templates = templateUrls();

for (const { name, url } of templates) {
  test(`${name}: language, direction and layout (${url})`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const locale = url.split('/')[1] || 'nl';
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', locale);
    await expect(html).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    expect(await page.evaluate(layoutProblems)).toEqual([]);
  });
}

test('the quick exit, skip link and emergency line are on every page', async ({ page }) => {
  for (const { url } of templates) {
    await page.goto(url);
    await expect(page.locator('[data-quick-exit]')).toBeVisible();
    await expect(page.locator('[data-quick-exit-link]')).toHaveCount(1);
    await expect(page.locator('a[href="tel:112"]')).toBeVisible();
  }
});

test('tap targets in the page chrome are at least 44 px high', async ({ page }) => {
  for (const url of ['/nl/', '/ar/zorg/huisarts/', '/en/organisaties/hushu-house/']) {
    await page.goto(url);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('header a, header summary, footer a, .quick-exit a, .topic-tile, .breadcrumb a, .search-row button, .search-row input')]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
        .map((el) => `${el.tagName} "${el.textContent?.trim()}" ${Math.round(el.getBoundingClientRect().height)}px`),
    );
    expect(small, url).toEqual([]);
  }
});

test('the language switcher keeps the page and marks each language', async ({ page }) => {
  await page.goto('/nl/zorg/tandarts/');
  await page.locator('.language-switcher summary').click();
  const arabic = page.locator('.language-switcher a[hreflang="ar"]');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await arabic.click();
  await expect(page).toHaveURL(/\/ar\/zorg\/tandarts\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', '/en/zorg/tandarts/');
});

test('the language chooser names every language in its own script and works without choosing for you', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  for (const [lang, name] of [
    ['nl', 'Nederlands'],
    ['en', 'English'],
    ['ar', 'العربية'],
    ['ti', 'ትግርኛ'],
    ['fa-AF', 'دری'],
  ] as const) {
    const item = page.locator(`[data-language-chooser] li[lang="${lang}"]`);
    await expect(item.locator('.language-choice-name')).toHaveText(name);
  }
});

test('every request while loading pages and searching goes to this site', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:')) foreign.push(url);
  });
  for (const { url } of templates) await page.goto(url);
  await page.goto('/nl/');
  await page.locator('#search-input').fill('tandarts');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test('nothing sets a cookie', async ({ page, context }) => {
  for (const { url } of templates) await page.goto(url);
  expect(await context.cookies()).toEqual([]);
});
