/**
 * Screenshots of pages at phone width, for looking at what you built:
 *   tsx scripts/screenshots.ts [--width 360] /nl/ /ar/zorg/huisarts/ ...
 * Builds nothing: serves ./dist, writes PNGs to ./screenshots/ (git-ignored).
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
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
await close();
