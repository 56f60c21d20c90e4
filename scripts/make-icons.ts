/**
 * Renders the PNG app icons from public/icons/icon.svg with Chromium. Run it after changing the
 * SVG: `tsx scripts/make-icons.ts`. The PNGs are committed, so builds do not need a browser.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tests/support/browser';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch(chromiumExecutable());
for (const { size, file, padding } of [
  { size: 192, file: 'icon-192.png', padding: 0 },
  { size: 512, file: 'icon-512.png', padding: 0 },
  // Maskable icons are cropped to a circle or squircle: keep the sign inside the middle 80%.
  { size: 512, file: 'icon-maskable-512.png', padding: 0.1 },
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size * (1 - 2 * padding);
  await page.setContent(
    `<body style="margin:0;background:#0b4f9c;display:grid;place-items:center;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body>`,
  );
  await page.screenshot({ path: `public/icons/${file}` });
  await page.close();
}
await browser.close();
