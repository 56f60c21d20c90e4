/** The build's one i18next instance, loaded with every `locales/<code>.json`. */
import type { TFunction } from 'i18next';
import { locales } from '../config';
import { createTranslations, type UiStrings } from '../lib/i18n';
import type { LocaleConfig } from '../lib/types';

const files = import.meta.glob<UiStrings>('../../locales/*.json', { eager: true, import: 'default' });

export const uiStrings: Record<string, UiStrings> = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [file.replace(/^.*\/|\.json$/g, ''), strings]),
);

const translatorFor = createTranslations(locales, uiStrings);

export function useTranslations(locale: LocaleConfig): TFunction {
  return translatorFor(locale);
}
