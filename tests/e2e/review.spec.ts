/**
 * Review and freshness, on the fixture site (tests/fixtures/site): it has an overdue page, an
 * outdated translation, a missing translation, an unverified directory fact and a draft.
 */
import { expect, test } from '@playwright/test';
import { FIXTURE_URL } from '../support/ports';

test.use({ baseURL: FIXTURE_URL });

test('the dashboard counts what needs attention', async ({ page }) => {
  await page.goto('/beoordelen/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const count = (name: string) => page.locator(`[data-count="${name}"]`);
  await expect(count('pages')).toHaveText('3');
  await expect(count('overdue')).toHaveText('1');
  await expect(count('drafts')).toHaveText('0');
  await expect(count('reviewed')).toHaveText('1');
  await expect(count('outdated')).toHaveText('1');
  await expect(count('broken-links')).toHaveText('0');
});

test('the dashboard lists overdue pages first, with their B1 score', async ({ page }) => {
  await page.goto('/beoordelen/');
  const rows = page.locator('[data-dashboard-pages] tbody tr');
  await expect(rows.first()).toHaveAttribute('data-slug', 'zorg/oud');
  await expect(rows.first()).toHaveAttribute('data-overdue', 'true');
  await expect(page.locator('[data-dashboard-pages] tr[data-slug="zorg/dokter"]')).toHaveAttribute('data-overdue', 'false');
  await expect(page.locator('[data-dashboard-pages] tr[data-slug="zorg/dokter"]')).toHaveAttribute('data-status', 'reviewed');
});

test('the translation matrix shows missing, computer and outdated translations', async ({ page }) => {
  await page.goto('/beoordelen/');
  const cell = (slug: string, locale: string) =>
    page.locator('[data-translation-matrix] tbody tr').filter({ hasText: slug }).locator(`td[data-locale="${locale}"]`);
  await expect(cell('zorg/oud', 'en')).toHaveAttribute('data-state', 'outdated');
  await expect(cell('zorg/dokter', 'en')).toHaveAttribute('data-state', 'machine');
  await expect(cell('zorg/dokter', 'ar')).toHaveAttribute('data-state', 'missing');
});

test('the dashboard lists missing and unverified directory facts, and external links with their source', async ({ page }) => {
  await page.goto('/beoordelen/');
  const vindplek = page.locator('[data-directory-gaps] li[data-organisation="vindplek"]');
  await expect(vindplek.locator('[data-unverified]')).toHaveText('website');
  await expect(vindplek.locator('[data-missing]')).toContainText('kosten');
  await expect(page.locator('[data-external-links]')).toContainText('https://vindplek.example/ (bron: Testbron B, oud, 2021, niet opnieuw gecontroleerd)');
});

test('a page past its review-by date tells readers, in their language', async ({ page }) => {
  await page.goto('/nl/zorg/oud/');
  await expect(page.locator('.freshness-notice')).toBeVisible();
  await expect(page.locator('.freshness-notice')).toContainText('21 maart 2022');
  await page.goto('/nl/zorg/dokter/');
  await expect(page.locator('.freshness-notice')).toBeHidden();
});

test('a page whose review-by date passed after the build says so too', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-06-01T12:00:00Z'));
  await page.goto('/nl/zorg/dokter/');
  await expect(page.locator('.freshness-notice')).toBeVisible();
});

test('an outdated translation says so and links to the current Dutch text', async ({ page }) => {
  await page.goto('/en/zorg/oud/');
  const notice = page.locator('[data-translation-state="outdated"]');
  await expect(notice).toContainText('The Dutch text changed after this translation');
  await expect(notice.locator('a[hreflang="nl"]')).toHaveAttribute('href', '/nl/zorg/oud/');
});

test('a machine translation says so', async ({ page }) => {
  await page.goto('/en/zorg/dokter/');
  await expect(page.locator('[data-translation-state="machine"]')).toContainText('A computer translated this page');
});

test('a page without a translation shows the Dutch text, marked as Dutch, under a notice in the reader’s language', async ({ page }) => {
  await page.goto('/ar/zorg/dokter/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-translation-state="missing"]')).toHaveAttribute('data-translation-state', 'missing');
  await expect(page.locator('[data-translation-state="missing"]')).toContainText('العربية');
  const article = page.locator('article[data-pagefind-body]');
  await expect(article).toHaveAttribute('lang', 'nl');
  await expect(article).toHaveAttribute('dir', 'ltr');
  await expect(article.locator('h1')).toHaveText('Naar de dokter');
});

test('drafts never reach the public build', async ({ page, request }) => {
  expect((await request.get('/nl/zorg/concept/')).status()).toBe(404);
  expect((await request.get('/beoordelen/nl/zorg/concept/')).status()).toBe(404);
  const manifest = await (await request.get('/offline/nl.json')).json();
  expect(JSON.stringify(manifest)).not.toContain('concept');
  await page.goto('/beoordelen/');
  await expect(page.locator('[data-dashboard-pages]')).not.toContainText('concept');
  await page.goto('/nl/zoeken/');
  await expect(page.locator('.a-to-z')).not.toContainText('Een conceptpagina');
  await page.locator('#search-input').fill('geheim');
  await expect(page.locator('[data-search-status]')).toHaveText(/Niets gevonden/);
});

test('a review sheet has the text, three questions with tick boxes, a QR code, the page id and version', async ({ page }) => {
  await page.goto('/beoordelen/nl/zorg/dokter/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('.review-sheet-id')).toContainText('zorg/dokter');
  await expect(page.locator('.review-sheet-id')).toContainText('v1');
  await expect(page.locator('.review-sheet-text > h2')).toHaveText('Naar de dokter');
  await expect(page.locator('.review-sheet-questions fieldset')).toHaveCount(3);
  await expect(page.locator('.review-sheet-questions input[type="radio"]')).toHaveCount(9);
  await expect(page.locator('.review-sheet-qr svg')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('.review-sheet-questions')).toBeVisible();
});

test('feedback opens the reader’s own mail app with page, language and version filled in', async ({ page }) => {
  await page.goto('/en/zorg/oud/');
  const href = await page.locator('.feedback a[href^="mailto:"]').getAttribute('href');
  const url = new URL(href!);
  const body = url.searchParams.get('body')!;
  expect(url.searchParams.get('subject')).toContain('zorg/oud');
  expect(body).toContain('zorg/oud');
  expect(body).toContain('English (en)');
  expect(body).toContain('translation of v1');
  expect(href).not.toContain('+');
});
