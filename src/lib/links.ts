import type { LocaleConfig } from './types';
import { localePath, splitLocalePath } from './locales';

/**
 * Links in content are written without a locale (`/zorg/huisarts/`) or with any locale; both go
 * to the page in the reader's locale. External links, anchors and mail/tel links are left alone.
 */
export function localiseHref(href: string, locales: readonly LocaleConfig[], readerCode: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const [pathPart = '', hash = ''] = href.split('#');
  const parts = splitLocalePath(locales, pathPart);
  const localised = localePath(readerCode, parts ? parts.slug : pathPart);
  return hash ? `${localised}#${hash}` : localised;
}
