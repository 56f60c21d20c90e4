import i18next, { type TFunction } from 'i18next';
import type { LocaleConfig } from './types';

export type UiStrings = Record<string, string>;

/**
 * One i18next instance for the whole build, holding every locale's flat JSON. Keys are flat
 * ("page.lastChecked"), so the key and namespace separators are switched off. Astro escapes
 * output itself, so i18next must not escape a second time.
 */
export function createTranslations(locales: readonly LocaleConfig[], resources: Record<string, UiStrings>) {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(locales.map((l) => [l.lang, { translation: resources[l.code] ?? {} }])),
    lng: locales[0]?.lang,
    // A missing key shows up as the key itself: visible, and the key-parity test fails too.
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return (locale: LocaleConfig): TFunction => instance.getFixedT(locale.lang);
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Compare a locale's strings with the source locale's: the keys must match, and every plural key
 * must have exactly the forms the language needs (Arabic has six, Ukrainian four, Dutch two).
 */
export function checkUiStrings(source: UiStrings, target: UiStrings, lang: string) {
  const required = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of Object.keys(source)) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) expected.add(key);
    else for (const category of required) expected.add(`${key.slice(0, -match[0].length)}_${category}`);
  }
  const actual = new Set(Object.keys(target));
  const empty = Object.entries(target).filter(([, value]) => value.trim() === '').map(([key]) => key);
  const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
  const placeholderMismatches = [...expected]
    .filter((key) => actual.has(key))
    .filter((key) => {
      const sourceKey = source[key] ?? source[key.replace(PLURAL_SUFFIX, '_other')];
      if (sourceKey === undefined) return false;
      // Plural forms may leave out {{count}} ("one appointment"), but never invent placeholders.
      const wanted = new Set(placeholders(sourceKey));
      return placeholders(target[key]!).some((name) => !wanted.has(name)) ||
        (!PLURAL_SUFFIX.test(key) && placeholders(target[key]!).join() !== [...wanted].sort().join());
    });
  return {
    missing: [...expected].filter((key) => !actual.has(key)),
    extra: [...actual].filter((key) => !expected.has(key)),
    empty,
    placeholderMismatches,
  };
}

/**
 * Plural strings for the browser, where i18next does not run: one template per plural category
 * of the language, with the number replaced by `{count}`. Each template is rendered by i18next at
 * build time for a number that falls in that category.
 */
export function pluralTemplates(lang: string, render: (count: number) => string): Record<string, string> {
  const rules = new Intl.PluralRules(lang);
  const templates: Record<string, string> = {};
  for (let n = 0; n <= 1000 && Object.keys(templates).length < rules.resolvedOptions().pluralCategories.length; n += 1) {
    const category = rules.select(n);
    templates[category] ??= render(n).replace(new RegExp(`(?<!\\d)${n}(?!\\d)`), '{count}');
  }
  return templates;
}
