/**
 * axe (WCAG 2.2 A and AA) over every page of the built site, in every locale, at 360 px. axe is
 * loaded into each page once, as an init script, and asked for violations only: that keeps the
 * whole site within a few minutes on two cores. The pages are split into batches so both test
 * workers share the work; a failure lists every violation with its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCHES = 16;
const AXE_SOURCE = readFileSync(path.join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`)
  .sort();

test('the sweep covers the whole site', () => {
  expect(pages.length).toBeGreaterThan(1000);
  for (const locale of ['nl', 'en', 'ar', 'ti', 'fa-af']) expect(pages).toContain(`/${locale}/zorg/huisarts/`);
});

for (let batch = 0; batch < BATCHES; batch += 1) {
  const urls = pages.filter((_, i) => i % BATCHES === batch);
  test(`axe, every page: batch ${batch + 1} of ${BATCHES} (${urls.length} pages)`, async ({ page }) => {
    test.setTimeout(900_000);
    await page.addInitScript(AXE_SOURCE);
    const violations: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      const found = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const results = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
        return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }, WCAG_22_AA);
      violations.push(...found.map((v) => `${url} ${v}`));
    }
    expect(violations).toEqual([]);
  });
}
