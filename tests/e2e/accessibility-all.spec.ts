/**
 * axe (WCAG 2.2 A and AA) over the built site at 360 px. axe is loaded into each page once, as an
 * init script, and asked for violations only. Pages are split into batches so both test workers
 * share the work; a failure lists every violation with its page.
 *
 * Which pages: every Dutch page (the source text, the dashboard and the review sheets), every
 * Arabic page (right to left), and in each other language every top-level page plus one page of
 * each folder (a different one per language, so together they cover many pages). The other
 * languages use the same templates and components with other words; html-validate already checks
 * every page of every language for empty links, headings and buttons, missing alt text and
 * duplicate ids. This keeps the sweep at a few minutes on two cores. AXE_EVERY_PAGE=1 checks all
 * pages (about nine minutes on two cores): do that before a release.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/config';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCHES = 8;
const FULLY_SWEPT = new Set(['nl', 'ar']);
const AXE_SOURCE = readFileSync(path.join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const allPages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`)
  .sort();

/** Top-level pages in full; in a folder such as /en/zorg/, the n-th page for the n-th locale. */
function sample(pages: string[]): string[] {
  const byFolder = new Map<string, string[]>();
  const chosen: string[] = [];
  for (const url of pages) {
    const segments = url.split('/').filter(Boolean);
    if (segments.length <= 2 || FULLY_SWEPT.has(segments[0]!) || !locales.some((l) => l.code === segments[0])) {
      chosen.push(url);
      continue;
    }
    const folder = segments.slice(0, -1).join('/');
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), url]);
  }
  for (const [folder, urls] of byFolder) {
    const localeIndex = locales.findIndex((l) => l.code === folder.split('/')[0]);
    chosen.push(urls[localeIndex % urls.length]!);
  }
  return chosen.sort();
}

const pages = process.env['AXE_EVERY_PAGE'] ? allPages : sample(allPages);

test('the sweep covers every Dutch and Arabic page and every template in every language', () => {
  for (const locale of locales) {
    expect(pages, locale.code).toContain(`/${locale.code}/`);
    expect(pages.some((p) => p.startsWith(`/${locale.code}/zorg/`)), locale.code).toBe(true);
    expect(pages.some((p) => p.startsWith(`/${locale.code}/organisaties/`) && p.split('/').length > 4), locale.code).toBe(true);
  }
  for (const locale of FULLY_SWEPT) {
    expect(pages.filter((p) => p.startsWith(`/${locale}/`))).toEqual(allPages.filter((p) => p.startsWith(`/${locale}/`)));
  }
  expect(pages).toContain('/beoordelen/');
});

for (let batch = 0; batch < BATCHES; batch += 1) {
  const urls = pages.filter((_, i) => i % BATCHES === batch);
  test(`axe: batch ${batch + 1} of ${BATCHES} (${urls.length} pages)`, async ({ page }) => {
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
