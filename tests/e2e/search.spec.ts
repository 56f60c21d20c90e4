/**
 * Search answers the everyday questions people type, in every language: each question must bring
 * the right page into the top three, from that language's own index. Languages without stemming
 * find a page by the start of a word; Arabic and Dari find the same page whichever keyboard's
 * letter forms, tatweel or vowel marks the reader types.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/config';

/** A toothache, pregnant, police, school, a place to sleep, food: as people would type them. */
const EVERYDAY: Record<string, [query: string, slug: string][]> = {
  nl: [['kiespijn', 'zorg/tandarts'], ['zwanger', 'zorg/zwanger'], ['politie', 'politie/aangifte-doen'], ['school', 'onderwijs/school'], ['waar kan ik slapen', 'onderdak/opvang'], ['eten', 'dagelijks-leven/eten']],
  en: [['toothache', 'zorg/tandarts'], ['pregnant', 'zorg/zwanger'], ['police', 'politie/aangifte-doen'], ['school', 'onderwijs/school'], ['place to sleep', 'onderdak/opvang'], ['food', 'dagelijks-leven/eten'], ['where can I sleep tonight', 'onderdak/opvang']],
  ar: [['وجع ضرس', 'zorg/tandarts'], ['حامل', 'zorg/zwanger'], ['شرطة', 'politie/aangifte-doen'], ['مدرسة', 'onderwijs/school'], ['مكان للنوم', 'onderdak/opvang'], ['أكل', 'dagelijks-leven/eten'], ['أين أنام الليلة', 'onderdak/opvang']],
  'pt-br': [['dor de dente', 'zorg/tandarts'], ['grávida', 'zorg/zwanger'], ['polícia', 'politie/aangifte-doen'], ['escola', 'onderwijs/school'], ['lugar para dormir', 'onderdak/opvang'], ['comida', 'dagelijks-leven/eten']],
  es: [['dolor de muela', 'zorg/tandarts'], ['embarazada', 'zorg/zwanger'], ['policía', 'politie/aangifte-doen'], ['escuela', 'onderwijs/school'], ['dónde dormir', 'onderdak/opvang'], ['comida', 'dagelijks-leven/eten']],
  fr: [['mal aux dents', 'zorg/tandarts'], ['enceinte', 'zorg/zwanger'], ['police', 'politie/aangifte-doen'], ['école', 'onderwijs/school'], ['dormir', 'onderdak/opvang'], ['manger', 'dagelijks-leven/eten']],
  ti: [['ቃንዛ ስኒ', 'zorg/tandarts'], ['ነፍሰ ጾር', 'zorg/zwanger'], ['ፖሊስ', 'politie/aangifte-doen'], ['ቤት ትምህርቲ', 'onderwijs/school'], ['ቦታ ምድቃስ', 'onderdak/opvang'], ['መግቢ', 'dagelijks-leven/eten']],
  'fa-af': [['دندان درد', 'zorg/tandarts'], ['حامله', 'zorg/zwanger'], ['پولیس', 'politie/aangifte-doen'], ['مکتب', 'onderwijs/school'], ['جای خواب', 'onderdak/opvang'], ['غذا', 'dagelijks-leven/eten']],
  tl: [['sakit ng ngipin', 'zorg/tandarts'], ['buntis', 'zorg/zwanger'], ['pulis', 'politie/aangifte-doen'], ['eskwela', 'onderwijs/school'], ['matutulugan', 'onderdak/opvang'], ['pagkain', 'dagelijks-leven/eten']],
  id: [['sakit gigi', 'zorg/tandarts'], ['hamil', 'zorg/zwanger'], ['polisi', 'politie/aangifte-doen'], ['sekolah', 'onderwijs/school'], ['tempat tidur', 'onderdak/opvang'], ['makanan', 'dagelijks-leven/eten']],
  uk: [['болить зуб', 'zorg/tandarts'], ['вагітна', 'zorg/zwanger'], ['поліція', 'politie/aangifte-doen'], ['школа', 'onderwijs/school'], ['де переночувати', 'onderdak/opvang'], ['їжа', 'dagelijks-leven/eten']],
  tr: [['diş ağrısı', 'zorg/tandarts'], ['hamile', 'zorg/zwanger'], ['polis', 'politie/aangifte-doen'], ['okul', 'onderwijs/school'], ['kalacak yer', 'onderdak/opvang'], ['yemek', 'dagelijks-leven/eten']],
};

/** The start of a word, in the languages Pagefind does not stem. */
const WORD_STARTS: Record<string, [query: string, slug: string][]> = {
  uk: [['вагітн', 'zorg/zwanger'], ['стоматол', 'zorg/tandarts']],
  ti: [['መዕቆ', 'onderdak/opvang'], ['ቤት ትምህ', 'onderwijs/school']],
  'fa-af': [['حامل', 'zorg/zwanger'], ['گرسن', 'dagelijks-leven/eten']],
  tl: [['nagugut', 'dagelijks-leven/eten'], ['bunti', 'zorg/zwanger']],
};

/** Other letter forms for the same word: tatweel, vowel marks, the other keyboard's yeh and kaf, heh for teh marbuta. */
const LETTER_VARIANTS: Record<string, [query: string, slug: string][]> = {
  ar: [['طبيـــب أسنان', 'zorg/tandarts'], ['طبیب أسنان', 'zorg/tandarts'], ['حَامِل', 'zorg/zwanger'], ['شرطه', 'politie/aangifte-doen'], ['مدرسه', 'onderwijs/school'], ['مستشفي', 'zorg/ziekenhuis']],
  'fa-af': [['مكتب', 'onderwijs/school'], ['پوليس', 'politie/aangifte-doen'], ['دندان درد', 'zorg/tandarts'], ['حاملـه', 'zorg/zwanger']],
};

/** Ask each question on the search page; returns the ones whose page is not in the top three. */
async function misses(page: Page, locale: string, questions: [string, string][]): Promise<string[]> {
  await page.goto(`/${locale}/zoeken/`);
  const input = page.locator('#search-input');
  const status = page.locator('[data-search-status]');
  const loading = (await page.locator('[data-search]').getAttribute('data-loading'))!;
  const found: string[] = [];
  for (const [query, slug] of questions) {
    await input.fill('');
    await expect(status).toHaveText('');
    await input.fill(query);
    // The status line says "searching", then how many pages it found, once they are on the page.
    await expect(status).not.toHaveText(loading);
    await expect(status).not.toHaveText('');
    const paths = await page.locator('[data-search-results] li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const others = paths.filter((p) => !p.startsWith(`/${locale}/`));
    if (others.length) found.push(`"${query}" found pages of another language: ${others.join(', ')}`);
    if (!paths.slice(0, 3).includes(`/${locale}/${slug}/`)) found.push(`"${query}" → ${paths.slice(0, 3).join(', ') || 'nothing'}, not /${locale}/${slug}/`);
  }
  return found;
}

test('every language has everyday questions', () => {
  expect(Object.keys(EVERYDAY).sort()).toEqual(locales.map((l) => l.code).sort());
});

for (const locale of locales) {
  test(`${locale.code}: everyday questions find the right page in the top three`, async ({ page }) => {
    expect(await misses(page, locale.code, EVERYDAY[locale.code] ?? [])).toEqual([]);
  });
}

for (const [locale, questions] of Object.entries(WORD_STARTS)) {
  test(`${locale}: the start of a word finds the page (no stemming)`, async ({ page }) => {
    expect(await misses(page, locale, questions)).toEqual([]);
  });
}

for (const [locale, questions] of Object.entries(LETTER_VARIANTS)) {
  test(`${locale}: other letter forms find the same page`, async ({ page }) => {
    expect(await misses(page, locale, questions)).toEqual([]);
  });
}

test('the search page says to type the start of a word where there is no stemming', async ({ page }) => {
  const hint = (code: string) => (JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Record<string, string>)['search.prefixHint']!;
  await page.goto('/uk/zoeken/');
  await expect(page.locator('#search-hint')).toContainText(hint('uk'));
  await page.goto('/en/zoeken/');
  await expect(page.locator('#search-hint')).not.toContainText(hint('en'));
});

test('the search box keeps the query out of the address bar', async ({ page }) => {
  await page.goto('/nl/');
  await page.locator('#search-input').fill('tandarts');
  await page.locator('#search-input').press('Enter');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(page.url()).not.toContain('tandarts');
});
