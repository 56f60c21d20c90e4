import type { LocaleConfig } from '../lib/types';

/**
 * MDX content is compiled once per file, but a Dutch page is also shown in other locales (as the
 * fallback). Components inside the content ask for the reader's locale at render time.
 */
export function setReaderLocale(locals: App.Locals, locale: LocaleConfig): void {
  locals.readerLocale = locale;
}

export function readerLocale(locals: App.Locals): LocaleConfig {
  if (!locals.readerLocale) throw new Error('Rendering content without a reader locale. Call setReaderLocale() in the page first.');
  return locals.readerLocale;
}
