/**
 * Tigrinya (Ethiopic script), Dari and Arabic render with real glyphs, not empty boxes, using the
 * phone's own fonts (no web fonts). Every character of the page's texts is drawn with the page's
 * font and compared with the drawing of a code point no font has; screenshots are attached.
 */
import { expect, test } from '@playwright/test';

for (const locale of ['ti', 'fa-af', 'ar']) {
  test(`the ${locale} home page shows real glyphs`, async ({ page }, testInfo) => {
    await page.goto(`/${locale}/`);
    await testInfo.attach(`home-${locale}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    const missing = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      const draw = (char: string, font: string) => {
        context.clearRect(0, 0, 64, 64);
        context.font = font;
        context.fillText(char, 8, 48);
        return context.getImageData(0, 0, 64, 64).data.join(',');
      };
      const problems: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('h1, .topic-tile-name, .lead')) {
        const font = getComputedStyle(element).font;
        const tofu = draw('\uE000', font);
        const letters = new Set([...(element.textContent ?? '')].filter((c) => /\p{L}/u.test(c)));
        for (const letter of letters) if (draw(letter, font) === tofu) problems.push(letter);
      }
      return problems;
    });
    expect(missing).toEqual([]);
  });
}
