import type { LocaleConfig } from './types';

/** The locale with this URL code, or an error that lists the codes that do exist. */
export function getLocale(locales: readonly LocaleConfig[], code: string): LocaleConfig {
  const locale = locales.find((l) => l.code === code);
  if (!locale) {
    throw new Error(`Unknown locale "${code}". Known locales: ${locales.map((l) => l.code).join(', ')}.`);
  }
  return locale;
}

export function isLocaleCode(locales: readonly LocaleConfig[], code: string): boolean {
  return locales.some((l) => l.code === code);
}

/**
 * The URL of a page in a locale. Slugs are the same in every locale; the empty slug is the
 * locale's home page. Every URL ends in a slash, matching the `directory` build format.
 */
export function localePath(localeCode: string, slug = ''): string {
  const trimmed = slug.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${localeCode}/${trimmed}/` : `/${localeCode}/`;
}

/**
 * Split a site path into its locale and the rest, e.g. `/ar/zorg/huisarts/` → `ar`, `zorg/huisarts`.
 * Returns undefined for paths outside any locale, such as the language chooser at `/`.
 */
export function splitLocalePath(
  locales: readonly LocaleConfig[],
  path: string,
): { locale: string; slug: string } | undefined {
  const [first = '', ...rest] = path.replace(/^\/+/, '').split('/');
  if (!isLocaleCode(locales, first)) return undefined;
  return { locale: first, slug: rest.filter(Boolean).join('/') };
}

/** The same page in another locale: swaps the first path segment. */
export function switchLocalePath(locales: readonly LocaleConfig[], path: string, target: string): string {
  const parts = splitLocalePath(locales, path);
  return parts ? localePath(target, parts.slug) : localePath(target);
}
