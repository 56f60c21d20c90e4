/**
 * `npm run bench`: builds the site and prints figures next to the budgets. It prints; it does not
 * fail on timing (timings vary between machines). Use `-- --no-build` to measure the current dist/.
 *
 * Measured on an emulated slow phone: every response is delayed by 400 ms (one round trip) and
 * shares 400 kbit/s, applied by the server so that Pagefind's web worker is slowed too; the CPU is
 * slowed four times. Sizes are the bytes on the wire (brotli, as the server sends them).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { locales } from '../src/config';
import type { PackManifest } from '../src/lib/offline';
import { chromiumExecutable } from '../tests/support/browser';
import { serve } from './serve';

const ROUND_TRIP_MS = 400;
const BYTES_PER_SECOND = 400_000 / 8;
const CPU_SLOWDOWN = 4;
const BUDGET = { firstView: 14_000, pageJs: 2_000, packAt200Pages: 1_500_000 };
const SAMPLE_PAGES = ['', 'zorg/huisarts', 'organisaties/hushu-house', 'zoeken'];
/** An everyday word per language that a search should find (the search test uses more). */
const QUERIES: Record<string, [string, string]> = {
  nl: ['tandarts', 'zwanger'],
  en: ['dentist', 'pregnant'],
  ar: ['أسنان', 'حامل'],
};

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  console.log();
};

// 1. Build, and time it.
let buildSeconds: number | undefined;
if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
  buildSeconds = (performance.now() - started) / 1000;
}
const pageCount = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

// 2. A throttled server and a slowed browser.
const server = await serve({ root: 'dist', latency: ROUND_TRIP_MS, bandwidth: BYTES_PER_SECOND });
const browser = await chromium.launch(chromiumExecutable());

async function slowPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

/** Bytes by kind for everything the context loads while `action` runs. */
async function measure(context: BrowserContext, action: () => Promise<void>) {
  const bytes = { html: 0, css: 0, js: 0, search: 0, other: 0 };
  const pending: Promise<void>[] = [];
  const listener = (request: import('@playwright/test').Request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes().catch(() => undefined);
        const body = sizes?.responseBodySize ?? 0;
        const url = new URL(request.url()).pathname;
        const kind = url.startsWith('/pagefind/') ? 'search' : request.resourceType() === 'document' ? 'html' : request.resourceType() === 'stylesheet' ? 'css' : request.resourceType() === 'script' ? 'js' : 'other';
        bytes[kind] += body;
      })(),
    );
  };
  context.on('requestfinished', listener);
  const started = performance.now();
  await action();
  const ms = performance.now() - started;
  await Promise.all(pending);
  context.off('requestfinished', listener);
  return { bytes, ms };
}

// 3. First view of sample pages in every language.
const firstViews: string[][] = [['page', 'HTML', 'CSS', 'JS', 'first view', 'load', 'render-blocking JS']];
let worstFirstView = 0;
let worstJs = 0;
for (const locale of locales) {
  for (const slug of SAMPLE_PAGES) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    const page = await slowPage(context);
    const url = `/${locale.code}/${slug ? `${slug}/` : ''}`;
    const { bytes, ms } = await measure(context, async () => {
      await page.goto(server.url + url, { waitUntil: 'load' });
    });
    const blocking = await page.evaluate(() => document.querySelectorAll('head script:not([type="module"]):not([defer]):not([async])').length);
    const first = bytes.html + bytes.css + bytes.js;
    worstFirstView = Math.max(worstFirstView, first);
    worstJs = Math.max(worstJs, bytes.js);
    firstViews.push([url, kb(bytes.html), kb(bytes.css), kb(bytes.js), kb(first), `${(ms / 1000).toFixed(2)} s`, String(blocking)]);
    await context.close();
  }
}

// 4. Search: a first search (nothing cached) and a second one (runtime and index chunks cached).
const searches: string[][] = [['language', 'first search', 'bytes', 'second search', 'bytes', '']];
for (const [code, [first, second]] of Object.entries(QUERIES)) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  const page = await slowPage(context);
  await page.goto(`${server.url}/${code}/zoeken/`);
  const loading = (await page.locator('[data-search]').getAttribute('data-loading')) ?? '';
  // Done when the live region says something other than "searching": a count, or nothing found.
  const run = (query: string) =>
    measure(context, async () => {
      await page.locator('#search-input').fill(query);
      await page.waitForFunction((text) => {
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        return status !== '' && status !== text;
      }, loading, { timeout: 120_000 });
    });
  const cold = await run(first);
  await page.locator('#search-input').fill('');
  const warm = await run(second);
  const found = await page.locator('[data-search-results] li').count();
  searches.push([code, `${(cold.ms / 1000).toFixed(2)} s`, kb(cold.bytes.search + cold.bytes.js), `${(warm.ms / 1000).toFixed(2)} s`, kb(warm.bytes.search), found ? '' : 'nothing found']);
  await context.close();
}
await browser.close();
await server.close();

// 5. Offline packs.
const packs: string[][] = [['language', 'files', 'pages', 'pack', 'per page', 'at 200 pages']];
let worstPackAt200 = 0;
for (const locale of locales) {
  const pack = JSON.parse(readFileSync(path.join('dist', 'offline', `${locale.code}.json`), 'utf8')) as PackManifest;
  const pages = pack.files.filter((f) => !f.url.startsWith('/pagefind/')).length;
  const at200 = (pack.bytes / pages) * 200;
  worstPackAt200 = Math.max(worstPackAt200, at200);
  packs.push([locale.code, String(pack.files.length), String(pages), kb(pack.bytes), kb(pack.bytes / pages), kb(at200)]);
}

console.log(`\nWegwijzer benchmark: ${ROUND_TRIP_MS} ms round trip, ${(BYTES_PER_SECOND * 8) / 1000} kbit/s, CPU ${CPU_SLOWDOWN}x slower.\n`);
console.log('First view (service worker off, nothing cached):');
table(firstViews);
console.log('Search (Pagefind, nothing cached, then a second word):');
table(searches);
console.log('Offline packs ("save my language"):');
table(packs);
console.log(`Build: ${pageCount} pages${buildSeconds ? ` in ${buildSeconds.toFixed(1)} s, ${((buildSeconds * 1000) / pageCount).toFixed(1)} ms per page` : ' (not rebuilt)'}.\n`);
table([
  ['budget', 'limit', 'measured (worst)', ''],
  ['first view of any page', kb(BUDGET.firstView), kb(worstFirstView), worstFirstView <= BUDGET.firstView ? 'within' : 'OVER'],
  ['page JavaScript', kb(BUDGET.pageJs), kb(worstJs), worstJs <= BUDGET.pageJs ? 'within' : 'OVER'],
  ['render-blocking JavaScript', '0', String(Math.max(...firstViews.slice(1).map((r) => Number(r[6])))), ''],
  ['offline pack at 200 pages', kb(BUDGET.packAt200Pages), kb(worstPackAt200), worstPackAt200 <= BUDGET.packAt200Pages ? 'within' : 'OVER'],
]);
