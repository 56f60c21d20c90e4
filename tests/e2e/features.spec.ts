/** Features for readers and professionals, tested in the real site. */
import { expect, test } from '@playwright/test';

test.describe('Dutch next to the reader’s language', () => {
  test('each half has its own language and direction, one after the other on an upright phone', async ({ page }) => {
    await page.goto('/ar/tweetalig/zorg/huisarts/');
    const halves = page.locator('.bilingual-half');
    await expect(halves).toHaveCount(2);
    await expect(halves.nth(0)).toHaveAttribute('lang', 'ar');
    await expect(halves.nth(0)).toHaveAttribute('dir', 'rtl');
    await expect(halves.nth(1)).toHaveAttribute('lang', 'nl');
    await expect(halves.nth(1)).toHaveAttribute('dir', 'ltr');
    const [a, b] = [await halves.nth(0).boundingBox(), await halves.nth(1).boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
  });

  test('side by side on a phone held sideways and on paper', async ({ page }) => {
    await page.setViewportSize({ width: 740, height: 360 });
    await page.goto('/ar/tweetalig/zorg/huisarts/');
    const halves = page.locator('.bilingual-half');
    const [a, b] = [await halves.nth(0).boundingBox(), await halves.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ media: 'print' });
    const [c, d] = [await halves.nth(0).boundingBox(), await halves.nth(1).boundingBox()];
    expect(Math.abs(c!.y - d!.y)).toBeLessThan(2);
  });

  test('every translated page links to it, and the Dutch page offers the translated languages', async ({ page }) => {
    await page.goto('/en/zorg/tandarts/');
    await page.locator('.page-tools a[href="/en/tweetalig/zorg/tandarts/"]').click();
    await expect(page.locator('h1')).toContainText('English');
    await page.goto('/nl/zorg/tandarts/');
    await page.locator('.page-tools-bilingual summary').click();
    await expect(page.locator('.page-tools-bilingual a[hreflang="ti"]')).toHaveAttribute('href', '/ti/tweetalig/zorg/tandarts/');
  });
});

test.describe('read aloud', () => {
  test('is hidden when the phone has no voice for the language', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
    });
    await page.goto('/ti/zorg/huisarts/');
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
  });

  test('appears when the phone has its own voice for the language, and never uses a network voice', async ({ page }) => {
    await page.addInitScript(() => {
      const voices = [
        { lang: 'ar-SA', localService: false, name: 'Network Arabic', voiceURI: 'n', default: false },
        { lang: 'nl-NL', localService: true, name: 'Dutch', voiceURI: 'd', default: true },
      ];
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => voices });
    });
    await page.goto('/ar/zorg/huisarts/');
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
    await page.goto('/nl/zorg/huisarts/');
    await expect(page.locator('[data-read-aloud]')).toBeVisible();
  });
});

test.describe('organisations', () => {
  test('open now follows Amsterdam time and always says to check first', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z')); // Monday 11:00 in Amsterdam
    await page.goto('/nl/organisaties/hushu-house/');
    await expect(page.locator('.open-now')).toHaveText('Nu open, volgens de bron.');
    await expect(page.locator('.opening-hours + .open-now + .notice')).toContainText('Controleer de tijden voordat u gaat');
    await page.clock.setFixedTime(new Date('2026-11-22T10:00:00Z')); // Sunday
    await page.reload();
    await expect(page.locator('.open-now')).toHaveText('Nu gesloten, volgens de bron.');
  });

  test('facts the sources do not give are shown as not known', async ({ page }) => {
    await page.goto('/en/organisaties/kruispost/');
    await expect(page.locator('.facts')).toContainText('Not known from our sources');
    await expect(page.locator('.facts a[href^="https://oudezijds100.nl"]')).toBeVisible();
  });

  test('an organisation without contact details points to places that can help', async ({ page }) => {
    await page.goto('/nl/organisaties/aco/');
    await expect(page.locator('#org-no-contact')).toBeVisible();
    await expect(page.locator('#org-no-contact + .org-list a[href="/nl/organisaties/wereldhuis/"]')).toBeVisible();
  });

  test('a stopped organisation says so', async ({ page }) => {
    await page.goto('/nl/organisaties/goedwerk-foundation/');
    await expect(page.getByText('Deze organisatie is gestopt (april 2025).')).toBeVisible();
  });
});

test('a glossary word opens its definition on tap', async ({ page }) => {
  await page.goto('/nl/zorg/ziekenhuis/');
  const term = page.locator('button.term').first();
  await term.click();
  const popover = page.locator('.term-popover:popover-open');
  await expect(popover).toBeVisible();
  await expect(popover.locator('a')).toHaveAttribute('href', /\/nl\/woordenlijst\/#/);
  await popover.locator('button').click();
  await expect(page.locator('.term-popover:popover-open')).toHaveCount(0);
});

test('a referral route is for professionals and prints with a QR code to the page', async ({ page }) => {
  await page.goto('/ar/verwijzen/huisarts/');
  await expect(page.locator('.badge')).toBeVisible();
  await expect(page.locator('.steps .step').first()).toBeVisible();
  await expect(page.locator('.qr')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.qr svg')).toBeVisible();
  await expect(page.locator('.qr figcaption')).toContainText('/ar/verwijzen/huisarts/');
  await expect(page.locator('.quick-exit')).toBeHidden();
});

test('a counter card shows the Dutch text next to the reader’s language, in large type', async ({ page }) => {
  await page.goto('/ar/kaarten/ziekenhuis/');
  await expect(page.locator('.card-instruction')).toBeVisible();
  await expect(page.locator('.bilingual-half[lang="nl"]')).toContainText('CAK');
  for (const text of ['.lead', '.prose p']) {
    const size = await page.locator(`.bilingual-half[lang="nl"] ${text}`).first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size, text).toBeGreaterThanOrEqual(22);
  }
});

test.describe('the phone’s language is suggested, never forced', () => {
  test.use({ locale: 'ar-SY' });
  test('Arabic is marked and listed first, and the chooser stays', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    const first = page.locator('[data-language-chooser] li').first();
    await expect(first).toHaveAttribute('lang', 'ar');
    await expect(first.locator('.language-choice-suggested')).toBeVisible();
  });
});

test('the language chooser shows how complete each language is', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('li[lang="ti"] .language-choice-note')).toContainText(/\d+/);
});

test('Dutch words inside Arabic, Tigrinya and Ukrainian text are marked as Dutch', async ({ page }) => {
  await page.goto('/ar/zorg/ziekenhuis/');
  const cak = page.locator('main p span[lang="nl"]', { hasText: /^CAK$/ }).first();
  await expect(cak).toHaveAttribute('dir', 'ltr');
  await page.goto('/uk/');
  await expect(page.locator('h1 span[lang="nl"]')).toHaveText('Wegwijzer Amsterdam');
  // Latin-script languages have no marks: there the words cannot be told apart by their letters.
  await page.goto('/en/zorg/ziekenhuis/');
  await expect(page.locator('article span[lang="nl"]')).toHaveCount(0);
});
