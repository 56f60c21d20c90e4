/**
 * The Foundation's page checks over the built site at 360 px: the right `lang` and `dir`, the
 * layout checks (no sideways scrolling, no text under 16 px, one h1) and axe (WCAG 2.2 A and AA,
 * violations only; axe is loaded into each page once, as an init script). Pages are split into
 * batches so both test workers share the work; a failure lists every problem with its page.
 *
 * Which pages: every Dutch page (the source text, the dashboard and the review sheets), every
 * Arabic page (right to left), and in each other language every top-level page plus one page of
 * each folder (a different one per language, so together they cover many pages). The other
 * languages use the same templates and components with other words, and html-validate already
 * checks every page of every language for empty links, headings and buttons, missing alt text and
 * duplicate ids. That keeps this sweep near three minutes on two cores; all 2,300 pages take ten.
 * CHECK_EVERY_PAGE=1 checks every page: do that before a release.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { locales, sourceLocale } from '../../src/config';
import { layoutProblems } from '../support/layout';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCHES = 8;
const FULLY_SWEPT = new Set(['nl', 'ar']);
const AXE_SOURCE = readFileSync(path.join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const allPages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`)
  .sort();

const localeOf = (url: string) => locales.find((l) => l.code === url.split('/')[1]) ?? locales.find((l) => l.code === sourceLocale)!;

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

const pages = process.env['CHECK_EVERY_PAGE'] ? allPages : sample(allPages);

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
  test(`language, layout and axe: batch ${batch + 1} of ${BATCHES} (${urls.length} pages)`, async ({ page }) => {
    test.setTimeout(1_200_000);
    await page.addInitScript(AXE_SOURCE);
    const problems: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      const { lang, dir } = localeOf(url);
      const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
      const found = [
        ...(html.lang === lang && html.dir === dir ? [] : [`<html lang="${html.lang}" dir="${html.dir}">, expected ${lang} ${dir}`]),
        ...(await page.evaluate(layoutProblems)),
        ...(await page.evaluate(async (tags) => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const results = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
          return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }, WCAG_22_AA)),
      ];
      problems.push(...found.map((p) => `${url} ${p}`));
    }
    expect(problems).toEqual([]);
  });
}
