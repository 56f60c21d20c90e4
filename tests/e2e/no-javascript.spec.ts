/** Every page works as plain HTML: GOV.UK's rule, and a lifeline on old phones. */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a content page reads completely without JavaScript', async ({ page }) => {
  await page.goto('/ar/zorg/huisarts/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('article .prose p').first()).toBeVisible();
  await expect(page.locator('.page-meta')).toBeVisible();
  // Glossary definitions open without JavaScript (HTML popover).
  const term = page.locator('button.term').first();
  if ((await term.count()) > 0) {
    await term.click();
    await expect(page.locator('.term-popover:popover-open')).toBeVisible();
  }
});

test('the search page lists every page from A to Z without JavaScript', async ({ page }) => {
  await page.goto('/nl/zoeken/');
  await expect(page.getByText('Zonder JavaScript kunt u niet zoeken')).toBeVisible();
  const links = page.locator('.a-to-z .page-list-title');
  expect(await links.count()).toBeGreaterThan(50);
  await expect(links.filter({ hasText: /^Naar de tandarts$/ })).toHaveCount(1);
});

test('the search box on the home page leads to the A to Z list, with no query in the address', async ({ page }) => {
  await page.goto('/nl/');
  await page.locator('#search-input').fill('zwanger');
  await page.locator('#search-input').press('Enter');
  await expect(page).toHaveURL(/\/nl\/zoeken\/\??$/);
});

test('the quick exit is a plain link to the neutral site', async ({ page }) => {
  await page.goto('/nl/');
  await expect(page.locator('[data-quick-exit]')).toHaveAttribute('href', /^https:\/\//);
});

test('the language switcher opens without JavaScript', async ({ page }) => {
  await page.goto('/nl/zorg/');
  await page.locator('.language-switcher summary').click();
  await expect(page.locator('.language-switcher a[hreflang="en"]')).toBeVisible();
});
