/**
 * Screenshots of pages at phone width, for looking at what you built:
 *   tsx scripts/screenshots.ts [--width 360] [--screens] /nl/ /ar/zorg/huisarts/ ...
 * Builds nothing: serves ./dist, writes PNGs to ./screenshots/ (git-ignored). With --screens,
 * each page is cut into phone-screen-sized images (-1, -2, ...), which are easier to look at.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tests/support/browser';
import { serve } from './serve';

const args = process.argv.slice(2);
const widthAt = args.indexOf('--width');
const width = widthAt === -1 ? 360 : Number(args[widthAt + 1]);
const paths = args.filter((a, i) => a.startsWith('/') && (widthAt === -1 || i !== widthAt + 1));
const { url, close } = await serve({ root: 'dist' });
const browser = await chromium.launch(chromiumExecutable());
const page = await browser.newPage({ viewport: { width, height: 740 }, deviceScaleFactor: 1 });
mkdirSync('screenshots', { recursive: true });
for (const target of paths) {
  await page.goto(url + target);
  const file = `screenshots/${target.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${width}.png`;
  if (!args.includes('--screens')) {
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    continue;
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let top = 0, n = 1; top < height; top += 740, n += 1) {
    const part = file.replace(/\.png$/, `-${n}.png`);
    await page.screenshot({ path: part, fullPage: true, clip: { x: 0, y: top, width, height: Math.min(740, height - top) } });
    console.log(part);
  }
}
await browser.close();
await close();
