/** "Snel weg" replaces the page with a neutral site; Back must not return to Wegwijzer. */
import { expect, test, type Page } from '@playwright/test';

const NEUTRAL = /^https:\/\/www\.knmi\.nl\//;

async function stubNeutralSite(page: Page) {
  // The machines have no internet: answer for the neutral site ourselves.
  await page.route(NEUTRAL, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><p>Het weer</p>' }));
}

async function expectLeftWithoutTrace(page: Page) {
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  // Back goes to the page before Wegwijzer (here: the blank start page), not to Wegwijzer.
  expect(page.url()).not.toContain('127.0.0.1');
}

test('one tap on the quick exit leaves and Back does not return', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto('about:blank');
  await page.goto('/nl/zorg/abortus/');
  await page.locator('[data-quick-exit]').click();
  await expectLeftWithoutTrace(page);
});

test('pressing Shift three times leaves, and tells screen readers how many presses are left', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto('about:blank');
  await page.goto('/ar/politie/aangifte-doen/');
  const button = page.locator('[data-quick-exit]');
  const status = page.locator('[data-quick-exit-status]');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText((await button.getAttribute('data-press-two-more'))!);
  await page.keyboard.press('Shift');
  await expect(status).toHaveText((await button.getAttribute('data-press-one-more'))!);
  await page.keyboard.press('Shift');
  await expectLeftWithoutTrace(page);
});

test('typing a capital letter is not a quick exit', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto('/nl/zoeken/');
  await page.locator('#search-input').click();
  await page.keyboard.type('ABC');
  await expect(page).toHaveURL(/\/nl\/zoeken\/$/);
});
