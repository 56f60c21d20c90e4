import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config';
import { getLocale, localePath, splitLocalePath, switchLocalePath } from '../../src/lib/locales';
import { localiseHref } from '../../src/lib/links';

describe('locale paths', () => {
  it('puts every page under its locale with a trailing slash', () => {
    expect(localePath('ar')).toBe('/ar/');
    expect(localePath('nl', 'zorg/huisarts')).toBe('/nl/zorg/huisarts/');
    expect(localePath('en', '/zorg/huisarts/')).toBe('/en/zorg/huisarts/');
  });

  it('keeps the slug when switching language', () => {
    expect(switchLocalePath(locales, '/nl/zorg/huisarts/', 'ar')).toBe('/ar/zorg/huisarts/');
    expect(switchLocalePath(locales, '/', 'en')).toBe('/en/');
  });

  it('recognises only configured locales', () => {
    expect(splitLocalePath(locales, '/ar/zorg/')).toEqual({ locale: 'ar', slug: 'zorg' });
    expect(splitLocalePath(locales, '/xx/zorg/')).toBeUndefined();
  });

  it('names the known locales when asked for an unknown one', () => {
    expect(() => getLocale(locales, 'xx')).toThrow(/Known locales: nl, en, ar/);
  });

  it('has one entry per code, with a direction and an own-script name', () => {
    expect(new Set(locales.map((l) => l.code)).size).toBe(locales.length);
    for (const locale of locales) {
      expect(locale.name.length).toBeGreaterThan(1);
      expect(['ltr', 'rtl']).toContain(locale.dir);
    }
    expect(getLocale(locales, 'ar').dir).toBe('rtl');
  });

  it('names the script each language is written in, which its own-script name is written in', () => {
    const wrong = locales.filter((l) => !new RegExp(`^[\\p{Script=${l.script}}\\p{M}\\s()]+$`, 'u').test(l.name));
    expect(wrong.map((l) => `${l.code}: "${l.name}" is not in ${l.script}`)).toEqual([]);
    expect(getLocale(locales, 'ti').script).toBe('Ethi');
  });
});

describe('links in content', () => {
  it('sends internal links to the reader’s locale', () => {
    expect(localiseHref('/zorg/huisarts/', locales, 'ar')).toBe('/ar/zorg/huisarts/');
    expect(localiseHref('/nl/zorg/huisarts/#kosten', locales, 'en')).toBe('/en/zorg/huisarts/#kosten');
  });

  it('leaves external, anchor and mail links alone', () => {
    expect(localiseHref('https://example.org/', locales, 'ar')).toBe('https://example.org/');
    expect(localiseHref('#top', locales, 'ar')).toBe('#top');
    expect(localiseHref('mailto:a@b.nl', locales, 'ar')).toBe('mailto:a@b.nl');
  });
});
