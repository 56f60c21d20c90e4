import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales, sourceLocale } from '../../src/config';
import { checkUiStrings, createTranslations, pluralTemplates } from '../../src/lib/i18n';
import { getLocale } from '../../src/lib/locales';

const load = (code: string) => JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Record<string, string>;
const source = load(sourceLocale);

describe.each(locales.map((l) => [l.code, l] as const))('UI strings for %s', (code, locale) => {
  const strings = load(code);
  const result = checkUiStrings(source, strings, locale.lang);

  it('has every key of the Dutch file and no others', () => {
    expect({ missing: result.missing, extra: result.extra }).toEqual({ missing: [], extra: [] });
  });

  it('has every plural form the language needs', () => {
    const needed = new Intl.PluralRules(locale.lang).resolvedOptions().pluralCategories;
    for (const key of Object.keys(source).filter((k) => k.endsWith('_other'))) {
      const base = key.slice(0, -'_other'.length);
      for (const category of needed) expect(strings, `${code}: ${base}_${category}`).toHaveProperty(`${base}_${category}`);
    }
  });

  it('leaves no value empty and keeps the placeholders', () => {
    expect(result.empty).toEqual([]);
    expect(result.placeholderMismatches).toEqual([]);
  });

  it('says how it was made', () => {
    expect(strings['meta.translationMethod']).toEqual(code === sourceLocale ? 'source' : expect.stringMatching(/^(machine|human|checked)$/));
  });
});

describe('checking UI strings', () => {
  it('finds missing keys, missing plural forms and changed placeholders', () => {
    const base = { 'a': 'A', 'b_one': '{{count}} b', 'b_other': '{{count}} bs', 'c': 'Hi {{name}}' };
    const arabic = { 'a': 'أ', 'b_one': 'ب', 'b_other': '{{count}} ب', 'c': 'مرحبا {{naam}}' };
    const result = checkUiStrings(base, arabic, 'ar');
    expect(result.missing).toEqual(['b_zero', 'b_two', 'b_few', 'b_many']);
    expect(result.placeholderMismatches).toEqual(['c']);
  });
});

describe('i18next at build time', () => {
  it('picks the Arabic plural forms', () => {
    const t = createTranslations(locales, { ar: load('ar') })(getLocale(locales, 'ar'));
    expect(t('search.results', { count: 0 })).toBe(load('ar')['search.results_zero']);
    expect(t('search.results', { count: 2 })).toBe(load('ar')['search.results_two']);
    expect(t('search.results', { count: 5 })).toContain('5');
  });

  it('gives the browser one template per plural category', () => {
    const t = createTranslations(locales, { ar: load('ar') })(getLocale(locales, 'ar'));
    const templates = pluralTemplates('ar', (count) => t('search.results', { count }));
    expect(Object.keys(templates).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(templates['few']).toContain('{count}');
  });
});
