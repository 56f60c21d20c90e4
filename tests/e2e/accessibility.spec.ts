/** axe-core, WCAG 2.2 A and AA, on every template in Dutch, English and Arabic. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { templateUrls } from './templates';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const { name, url } of templateUrls()) {
  test(`axe: ${name} (${url})`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
