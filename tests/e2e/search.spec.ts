/** Search finds the right page for the everyday words people type, in every locale. */
import { expect, test } from '@playwright/test';

const QUESTIONS: Record<string, [query: string, expectedPath: string][]> = {
  nl: [
    ['kiespijn', '/nl/zorg/tandarts/'],
    ['zwanger', '/nl/zorg/zwanger/'],
    ['politie', '/nl/politie/aangifte-doen/'],
    ['school', '/nl/onderwijs/school/'],
    ['slapen', '/nl/onderdak/opvang/'],
    ['eten', '/nl/dagelijks-leven/eten/'],
  ],
};

for (const [locale, questions] of Object.entries(QUESTIONS)) {
  for (const [query, expected] of questions) {
    test(`${locale}: "${query}" finds ${expected} in the top three`, async ({ page }) => {
      await page.goto(`/${locale}/zoeken/`);
      await page.locator('#search-input').fill(query);
      const results = page.locator('[data-search-results] li a');
      await expect(results.first()).toBeVisible();
      const top = (await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
      expect(top).toContain(expected);
      // The live region tells screen readers how many pages were found.
      await expect(page.locator('[data-search-status]')).toHaveText(/\d/);
    });
  }
}

test('the search box keeps the query out of the address bar', async ({ page }) => {
  await page.goto('/nl/');
  await page.locator('#search-input').fill('tandarts');
  await page.locator('#search-input').press('Enter');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(page.url()).not.toContain('tandarts');
});
