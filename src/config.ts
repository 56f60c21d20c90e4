/**
 * The one place for site-wide settings. Pure functions in `src/lib/` never import this file:
 * pages and build steps pass the values they need as arguments.
 */
import type { LocaleConfig, TopicConfig } from './lib/types';

/**
 * Every language of the site. Adding a language is: one entry here, one `locales/<code>.json`
 * and one `content/<code>/` folder. `code` is the URL segment and folder name; `lang` is the
 * BCP-47 tag used in `<html lang>`, for Pagefind's index and for the phone's speech voices.
 */
export const locales: readonly LocaleConfig[] = [
  { code: 'nl', lang: 'nl', dir: 'ltr', script: 'Latn', name: 'Nederlands', englishName: 'Dutch' },
  { code: 'en', lang: 'en', dir: 'ltr', script: 'Latn', name: 'English', englishName: 'English' },
  { code: 'ar', lang: 'ar', dir: 'rtl', script: 'Arab', name: 'العربية', englishName: 'Arabic' },
  { code: 'pt-br', lang: 'pt-BR', dir: 'ltr', script: 'Latn', name: 'Português (Brasil)', englishName: 'Portuguese (Brazil)' },
  { code: 'es', lang: 'es', dir: 'ltr', script: 'Latn', name: 'Español', englishName: 'Spanish' },
  { code: 'fr', lang: 'fr', dir: 'ltr', script: 'Latn', name: 'Français', englishName: 'French' },
  { code: 'ti', lang: 'ti', dir: 'ltr', script: 'Ethi', name: 'ትግርኛ', englishName: 'Tigrinya' },
  { code: 'fa-af', lang: 'fa-AF', dir: 'rtl', script: 'Arab', name: 'دری', englishName: 'Dari' },
  { code: 'tl', lang: 'tl', dir: 'ltr', script: 'Latn', name: 'Tagalog', englishName: 'Tagalog' },
  { code: 'id', lang: 'id', dir: 'ltr', script: 'Latn', name: 'Bahasa Indonesia', englishName: 'Indonesian' },
  { code: 'uk', lang: 'uk', dir: 'ltr', script: 'Cyrl', name: 'Українська', englishName: 'Ukrainian' },
  { code: 'tr', lang: 'tr', dir: 'ltr', script: 'Latn', name: 'Türkçe', englishName: 'Turkish' },
];

/** Dutch is the source: every other language translates it. */
export const sourceLocale = 'nl';

/**
 * Topics in the order of the home page. `tile: false` topics group pages but get no home tile.
 * Names and descriptions live in `locales/<code>.json` as `topic.<id>.name` / `.description`.
 */
export const topics: readonly TopicConfig[] = [
  { id: 'zorg', icon: 'health', tile: true },
  { id: 'politie', icon: 'shield', tile: true },
  { id: 'onderdak', icon: 'home', tile: true },
  { id: 'recht', icon: 'scale', tile: true },
  { id: 'onderwijs', icon: 'book', tile: true },
  { id: 'dagelijks-leven', icon: 'basket', tile: true },
  { id: 'ontmoeten', icon: 'people', tile: true },
  { id: 'site', icon: 'info', tile: false },
];

export const site = {
  /** Absolute origin for QR codes and canonical links. Set SITE_URL when you deploy. */
  url: process.env.SITE_URL ?? 'http://localhost:4321',
  /**
   * Where the quick exit sends people: a neutral, non-personalised page (a weather site, as on
   * GOV.UK). A design choice, not a fact about an organisation; confirm it with the Klankbordgroep.
   */
  quickExitUrl: 'https://www.knmi.nl/',
  /** The emergency number shown on every page. */
  emergencyNumber: '112',
  /** A page past this many months after its last check gets a "may be out of date" notice. */
  reviewIntervalMonths: 6,
  /**
   * Where to ask the way when an organisation has no sourced contact details: the municipality's
   * letter of December 2025 names both as places for basic questions.
   */
  fallbackContacts: ['wereldhuis', 'hushu-house'],
  /**
   * Where "Is something wrong or unclear?" e-mails go. This is the address of the municipality's
   * department that runs the programme, as given in its letter of 17 December 2025 (source
   * rib-2025). Replace it with a dedicated address before launch; nothing else needs to change.
   */
  feedbackEmail: 'bestuurszaken.wpi@amsterdam.nl',
} as const;
